import { existsSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import type { Text } from '../core/i18n';
import { readText } from './readText';

const posix = (path: string) => path.split(sep).join('/');

/**
 * Answers "would git ignore this file?" from the `.gitignore` files between the repository root (the folder
 * holding `.git`, or the searched folder outside a repository) and the file's own folder.
 */
export class GitIgnore {
  private readonly rules = new Map<string, Promise<Ignore | null>>();
  private readonly roots = new Map<string, string>();
  /** `.gitignore` files that exist but could not be read (a device, a FIFO, no permission…): their rules are not applied. */
  readonly problems: { path: string; message: Text }[] = [];

  async isIgnored(file: string, searchRoot: string): Promise<boolean> {
    const top = this.repositoryRoot(searchRoot);
    const dirs: string[] = [];
    for (let dir = dirname(file); ; dir = dirname(dir)) {
      dirs.unshift(dir);
      if (dir === top || dirname(dir) === dir) break;
    }
    for (const dir of dirs) {
      const rules = await this.rulesOf(dir);
      if (rules === null) continue;
      // A folder named on the command line is linted even when a .gitignore above it ignores the whole folder.
      if (dir !== searchRoot && searchRoot.startsWith(dir) && rules.ignores(`${posix(relative(dir, searchRoot))}/`)) continue;
      if (rules.ignores(posix(relative(dir, file)))) return true;
    }
    return false;
  }

  /** The folder holding `.git` at or above `dir`; `dir` itself outside a repository. */
  repositoryRoot(dir: string): string {
    let root = this.roots.get(dir);
    if (root === undefined) {
      root = dir;
      for (let d = dir; ; d = dirname(d)) {
        if (existsSync(join(d, '.git'))) {
          root = d;
          break;
        }
        if (dirname(d) === d) break;
      }
      this.roots.set(dir, root);
    }
    return root;
  }

  private rulesOf(dir: string): Promise<Ignore | null> {
    let rules = this.rules.get(dir);
    if (rules === undefined) {
      const path = join(dir, '.gitignore');
      rules = readText(path).then((file) => {
        if (file.ok) return ignore().add(file.text);
        if (existsSync(path)) this.problems.push({ path, message: file.message });
        return null;
      });
      this.rules.set(dir, rules);
    }
    return rules;
  }
}
