import { stat } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { text, type Text } from '../../core/i18n';
import { ALWAYS_SKIPPED, MARKDOWN_GLOB } from '../../node/workspaceHost';

// `require`, not `import`: the ESM build of tinyglobby's fdir calls createRequire(import.meta.url), which is
// undefined in our CommonJS bundle; require() makes esbuild pick the CommonJS builds.
const { glob, isDynamicPattern } = require('tinyglobby') as typeof import('tinyglobby');

/** A file to consider. `explicit` files were named on the command line and are linted whether reviews or not. */
export interface Candidate {
  path: string;
  /** The path as given, or relative to the cwd. */
  display: string;
  explicit: boolean;
  /** Files found by walking a folder or a glob skip `.gitignore`d and config-ignored paths. */
  searchRoot?: string;
  /** Only reviews are linted from folder walks; a glob's matches are all linted. */
  reviewsOnly: boolean;
}

function displayPath(cwd: string, path: string): string {
  const rel = relative(cwd, path);
  return (rel === '' || rel.startsWith('..') || isAbsolute(rel) ? path : rel).split(sep).join('/');
}

/**
 * Expands the command-line operands into candidate files, in order, without duplicates.
 * `onlyReviews` treats named files like a walk's: a git hook passes every staged Markdown file, and a README is no review.
 */
export async function discover(operands: string[], cwd: string, onlyReviews = false): Promise<{ candidates: Candidate[]; missing: { display: string; message: Text }[] }> {
  const candidates: Candidate[] = [];
  const missing: { display: string; message: Text }[] = [];
  const seen = new Set<string>();
  const add = (c: Candidate) => {
    if (seen.has(c.path)) return;
    seen.add(c.path);
    candidates.push(c);
  };
  const walk = async (patterns: string[], root: string, reviewsOnly: boolean) => {
    const found = await glob(patterns, { cwd: root, ignore: ALWAYS_SKIPPED, absolute: true, dot: false, onlyFiles: true, expandDirectories: false });
    for (const path of found.sort()) add({ path, display: displayPath(cwd, path), explicit: false, searchRoot: root, reviewsOnly });
  };

  for (const operand of operands.length ? operands : ['.']) {
    if (isDynamicPattern(operand)) {
      const before = candidates.length;
      await walk([operand], cwd, false);
      if (candidates.length === before) missing.push({ display: operand, message: text('no files match this pattern', '没有文件匹配该模式') });
      continue;
    }
    const path = resolve(cwd, operand);
    const info = await stat(path).catch(() => undefined);
    if (info?.isDirectory()) await walk([MARKDOWN_GLOB], path, true);
    else if (info) add({ path, display: operand, explicit: true, reviewsOnly: onlyReviews });
    else missing.push({ display: operand, message: text('no such file or folder', '文件或目录不存在') });
  }
  return { candidates, missing };
}
