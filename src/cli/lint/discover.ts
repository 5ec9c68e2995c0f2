import { realpath, stat } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { text, type Text } from '../../core/i18n';
import { NOT_A_REGULAR_FILE } from '../../core/workspace/host';
import { MARKDOWN_GLOB, walk, type WalkOptions } from '../../node/walk';

// `require`, not `import`: the ESM build of tinyglobby's fdir calls createRequire(import.meta.url), which is
// undefined in our CommonJS bundle; require() makes esbuild pick the CommonJS builds.
const { isDynamicPattern } = require('tinyglobby') as typeof import('tinyglobby');

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
  /** The folder named on the command line whose walk found it. */
  operand?: string;
}

/** Something about an operand or a walk the report must say: a missing file (error), a link not followed (warning)… */
export interface DiscoveryProblem {
  display: string;
  message: Text;
  severity: 'error' | 'warning';
}

/** A path as the CLI prints it: relative to the current folder when inside it (as ESLint does), else absolute. */
export function displayPath(cwd: string, path: string): string {
  const rel = relative(cwd, path);
  if (rel === '') return '.';
  return (rel.startsWith('..') || isAbsolute(rel) ? path : rel).split(sep).join('/');
}

/**
 * Expands the command-line operands into candidate files, in order, each real file once.
 * `onlyReviews` treats named files like a walk's: a git hook passes every staged Markdown file, and a README is no review.
 */
export async function discover(
  operands: string[],
  cwd: string,
  options: { onlyReviews?: boolean; allowUnmatched?: boolean } & WalkOptions,
): Promise<{ candidates: Candidate[]; problems: DiscoveryProblem[]; /** Folders named on the command line. */ folders: string[] }> {
  const candidates: Candidate[] = [];
  const problems: DiscoveryProblem[] = [];
  const folders: string[] = [];
  const seen = new Set<string>();
  const walkInto = async (patterns: string[], root: string, reviewsOnly: boolean, operand?: string) => {
    const found = await walk(patterns, root, options, seen);
    for (const path of found.files) candidates.push({ path, display: displayPath(cwd, path), explicit: false, searchRoot: root, reviewsOnly, operand });
    for (const { link, target } of found.outside) {
      problems.push({ display: displayPath(cwd, link), severity: 'warning', message: text('symbolic link to {target}, outside the folder; not followed (--follow-symlinks follows it)', '符号链接指向目录外的 {target}，未跟随（加 --follow-symlinks 可跟随）', { target }) });
    }
    for (const path of found.special) problems.push({ display: displayPath(cwd, path), severity: 'warning', message: NOT_A_REGULAR_FILE });
    for (const { folder, code } of found.unlistable) {
      problems.push({ display: displayPath(cwd, folder), severity: 'warning', message: text('folder cannot be listed ({code}); its files were not linted', '无法列出目录内容（{code}），其中的文件未检查', { code }) });
    }
    return found.files.length;
  };

  for (const operand of operands.length ? operands : ['.']) {
    if (isDynamicPattern(operand)) {
      if ((await walkInto([operand], cwd, false)) === 0 && !options.allowUnmatched) problems.push({ display: operand, severity: 'error', message: text('no files match this pattern', '没有文件匹配该模式') });
      continue;
    }
    const path = resolve(cwd, operand);
    const info = await stat(path).catch(() => undefined);
    if (info?.isDirectory()) {
      if (operands.length) folders.push(operand);
      await walkInto([MARKDOWN_GLOB], path, true, operands.length ? operand : undefined);
    }
    else if (info) {
      const real = await realpath(path).catch(() => path);
      if (seen.has(real)) continue;
      seen.add(real);
      candidates.push({ path, display: operand, explicit: true, reviewsOnly: options.onlyReviews ?? false });
    } else problems.push({ display: operand, severity: 'error', message: text('no such file or folder', '文件或目录不存在') });
  }
  return { candidates, problems, folders };
}
