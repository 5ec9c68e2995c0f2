// Finding Markdown files under a folder, safely: each file once (by real path, so a symlink loop cannot list a
// file three times), symlinks that lead out of the folder reported and only followed when asked, and folders
// that cannot be listed reported instead of skipped in silence.
import * as fs from 'node:fs';
import { lstat, realpath } from 'node:fs/promises';
import { basename, dirname, join, relative, sep } from 'node:path';
import pLimit from 'p-limit';
import { isInside } from '../core/workspace/host';

// `require`, not `import`: see src/cli/lint/discover.ts (tinyglobby's ESM build does not survive our CommonJS bundle).
const { glob } = require('tinyglobby') as typeof import('tinyglobby');

export const MARKDOWN_GLOB = '**/*.{md,markdown,MD,Markdown}';
export const ALWAYS_SKIPPED = ['**/node_modules/**', '**/.git/**'];
const MARKDOWN_NAME = /\.(?:md|markdown)$/i;

export interface WalkOptions {
  /** Follow symlinks that lead out of the folder (`--follow-symlinks`); links inside it are always followed. */
  followSymlinks: boolean;
  /** Overrides of `node:fs` for the walk (tests simulate unlistable folders with it). */
  fs?: Partial<typeof fs>;
  /** Stop listing after this many directory entries (files and folders); `truncated` then says so. */
  maxEntries?: number;
}

export interface WalkResult {
  /** Absolute paths as found (through links), sorted, one per real file. */
  files: string[];
  /** Symlinks under the folder whose target is outside it, with that target; not followed unless asked. */
  outside: { link: string; target: string }[];
  /** Folders the walk could not list, with the error code (EACCES…). */
  unlistable: { folder: string; code: string }[];
  /** Devices, FIFOs and sockets with a Markdown name: never opened. */
  special: string[];
  /** True when `maxEntries` stopped the walk before every folder was listed. */
  truncated: boolean;
}

const posix = (path: string) => path.split(sep).join('/');

/** Real paths are resolved a few at a time: each costs a handful of system calls, and a walk can list 20,000 files. */
const resolveSlots = pLimit(16);

export async function walk(patterns: string[], root: string, options: WalkOptions, seen = new Set<string>()): Promise<WalkResult> {
  const unlistable: WalkResult['unlistable'] = [];
  const special: string[] = [];
  const links = new Set<string>();
  const fsLike = { ...fs, ...options.fs };
  const stop = new AbortController();
  let entriesSeen = 0;
  // The glob passes over errors and entries that are neither files nor folders in silence; this records both.
  const readdir = ((path: string, opts: object, callback: (error: NodeJS.ErrnoException | null, entries?: fs.Dirent[]) => void) =>
    fsLike.readdir(path, opts as { withFileTypes: true }, (error, entries) => {
      const folder = path.replace(/[\\/]$/, '');
      if (error) unlistable.push({ folder, code: error.code ?? 'EIO' });
      for (const e of entries ?? []) {
        if (e.isSymbolicLink()) links.add(posix(join(folder, e.name)));
        else if (!e.isFile() && !e.isDirectory() && MARKDOWN_NAME.test(e.name)) special.push(join(folder, e.name));
      }
      entriesSeen += entries?.length ?? 0;
      if (options.maxEntries !== undefined && entriesSeen > options.maxEntries) stop.abort();
      callback(error, entries);
    })) as unknown as typeof fs.readdir;
  const found = await glob(patterns, { cwd: root, ignore: ALWAYS_SKIPPED, absolute: true, dot: false, onlyFiles: true, expandDirectories: false, fs: { ...fsLike, readdir }, signal: stop.signal });
  const realRoot = await realpath(root).catch(() => root);
  // A file that is no link is where its folder really is: one realpath per folder, not per file. The glob lists a
  // folder reached through a link at its real path, but names its files through the link: a link is known by either.
  const realFolders = new Map<string, Promise<string>>();
  const realPathOf = async (path: string): Promise<string> => {
    const folder = dirname(path);
    let real = realFolders.get(folder);
    if (!real) realFolders.set(folder, (real = resolveSlots(() => realpath(folder).catch(() => folder))));
    const inRealFolder = join(await real, basename(path));
    if (links.has(posix(path)) || links.has(posix(inRealFolder))) return resolveSlots(() => realpath(path).catch(() => path));
    return inRealFolder;
  };
  const resolved = await Promise.all(found.map(async (path) => ({ path, real: await realPathOf(path) })));
  // Of the paths to one file, the one without links is kept (then the shortest): a loop must not rename files.
  resolved.sort((a, b) => Number(a.path !== a.real) - Number(b.path !== b.real) || a.path.length - b.path.length || (a.path < b.path ? -1 : 1));

  const files: string[] = [];
  const outside = new Map<string, string>();
  for (const { path, real } of resolved) {
    if (!options.followSymlinks && !isInside(posix(real), posix(realRoot))) {
      const exit = await linkLeaving(path, root, realRoot);
      if (exit) {
        outside.set(exit.link, exit.target);
        continue;
      }
    }
    if (seen.has(real)) continue;
    seen.add(real);
    files.push(path);
  }
  const leaving = new Set(await onePerEntry([...outside.keys()]));
  const kept = new Set(await onePerEntry(unlistable.map((u) => u.folder)));
  return {
    files: files.sort(),
    outside: [...outside].filter(([link]) => leaving.has(link)).map(([link, target]) => ({ link, target })),
    unlistable: unlistable.filter((u) => kept.has(u.folder)),
    special: await onePerEntry(special),
    truncated: stop.signal.aborted,
  };
}

/**
 * The paths that name distinct directory entries (by the real path of their folder), shortest first: a walk
 * through a symlink loop meets the same link, FIFO or locked folder once per turn of the loop.
 */
async function onePerEntry(paths: string[]): Promise<string[]> {
  const seen = new Set<string>();
  const kept: string[] = [];
  for (const path of [...paths].sort((a, b) => a.length - b.length || (a < b ? -1 : 1))) {
    const key = join(await realpath(dirname(path)).catch(() => dirname(path)), basename(path));
    if (!seen.has(key)) kept.push(path);
    seen.add(key);
  }
  return kept.sort();
}

/** The first symlink on the way from `root` down to `path` whose target is outside `realRoot`, with that target. */
async function linkLeaving(path: string, root: string, realRoot: string): Promise<{ link: string; target: string } | undefined> {
  const steps: string[] = [];
  for (let p = path; relative(root, p) !== '' && dirname(p) !== p; p = dirname(p)) steps.unshift(p);
  for (const step of steps) {
    if (!(await lstat(step).catch(() => undefined))?.isSymbolicLink()) continue;
    const target = await realpath(step).catch(() => undefined);
    if (target !== undefined && !isInside(posix(target), posix(realRoot))) return { link: step, target };
  }
  return undefined;
}
