import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import { text, type Text } from '../../core/i18n';
import type { ReportFinding } from './types';

/** `--cache` without `--cache-location`: this file in the current folder (ESLint's `.eslintcache`, for reviews). */
export const DEFAULT_CACHE_FILE = '.mdreviewcache';
/** Bumped when the file's layout changes; any other value is a cache from another layout and starts afresh. */
const FORMAT = 1;

interface CacheFile {
  format: number;
  tool: string;
  files: Record<string, { key: string; findings: ReportFinding[] }>;
}

/** The cache file for `--cache-location` (a file, or a folder to hold `.mdreviewcache`), relative to `cwd`. */
export async function cacheFilePath(cwd: string, location: string | undefined): Promise<string> {
  if (location === undefined) return join(cwd, DEFAULT_CACHE_FILE);
  const path = resolve(cwd, location);
  if (location.endsWith('/') || location.endsWith(sep)) return join(path, DEFAULT_CACHE_FILE);
  const info = await stat(path).catch(() => undefined);
  return info?.isDirectory() ? join(path, DEFAULT_CACHE_FILE) : path;
}

/**
 * Who computed the results: the version and a digest of the running bundle, so a rebuilt or upgraded mdreview
 * never serves results of another build.
 */
export async function toolIdentity(version: string, bundle: string): Promise<string> {
  const code = await readFile(bundle).catch(() => Buffer.alloc(0));
  return `${version}+${createHash('sha1').update(code).digest('base64url')}`;
}

/**
 * Lint results from earlier runs, by absolute path, each valid for one key (see cacheKeys). Entries of files this
 * run did not lint are kept while the file exists, so linting one folder does not forget the others.
 */
export class LintCache {
  private readonly used = new Set<string>();

  /** `changed`: the file on disk is not `data` (new, foreign or damaged), so `save` must write it even if nothing is set. */
  private constructor(
    private readonly path: string,
    private readonly data: CacheFile,
    private changed: boolean,
  ) {}

  /** Reads the cache file; a missing, unreadable or foreign one gives an empty cache (with a note when it was bad). */
  static async open(path: string, tool: string): Promise<{ cache: LintCache; note?: Text }> {
    const empty = (): CacheFile => ({ format: FORMAT, tool, files: {} });
    let raw: string;
    try {
      raw = await readFile(path, 'utf8');
    } catch {
      return { cache: new LintCache(path, empty(), true) };
    }
    try {
      const data = JSON.parse(raw) as CacheFile;
      if (typeof data !== 'object' || data === null || typeof data.files !== 'object' || data.files === null) throw new Error('not a cache file');
      const current = data.format === FORMAT && data.tool === tool;
      return { cache: new LintCache(path, current ? data : empty(), !current) };
    } catch {
      return { cache: new LintCache(path, empty(), true), note: text('cache file {path} is damaged; starting a new one', '缓存文件 {path} 已损坏，重新建立', { path }) };
    }
  }

  /** The findings stored for `file` under `key`; undefined when there are none or the key differs. */
  get(file: string, key: string): ReportFinding[] | undefined {
    const entry = Object.hasOwn(this.data.files, file) ? this.data.files[file] : undefined;
    if (entry?.key !== key || !Array.isArray(entry.findings)) return undefined;
    this.used.add(file);
    return entry.findings;
  }

  set(file: string, key: string, findings: ReportFinding[]): void {
    this.data.files[file] = { key, findings };
    this.used.add(file);
    this.changed = true;
  }

  /**
   * Writes the cache (its folder made if need be; via a temporary file, so a crash leaves the old one); a note when it
   * cannot be written. A run that changed nothing (every result from the cache, no entry dropped) leaves the file as it is.
   */
  async save(): Promise<Text | undefined> {
    const files: CacheFile['files'] = {};
    await Promise.all(
      Object.entries(this.data.files).map(async ([file, entry]) => {
        if (this.used.has(file) || (await stat(file).then((s) => s.isFile(), () => false))) files[file] = entry;
      }),
    );
    if (!this.changed && Object.keys(files).length === Object.keys(this.data.files).length) return undefined;
    const temporary = `${this.path}.${process.pid}.tmp`;
    try {
      await mkdir(dirname(this.path), { recursive: true });
      await writeFile(temporary, JSON.stringify({ format: FORMAT, tool: this.data.tool, files }));
      await rename(temporary, this.path);
      return undefined;
    } catch (e) {
      return text('cannot write the cache file {path}: {m}', '无法写入缓存文件 {path}：{m}', { path: this.path, m: (e as Error).message });
    }
  }
}
