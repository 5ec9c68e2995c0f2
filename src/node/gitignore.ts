import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';

const posix = (path: string) => path.split(sep).join('/');

/**
 * Answers "would git ignore this file?" from the `.gitignore` files between the repository root (the folder
 * holding `.git`, or the searched folder outside a repository) and the file's own folder.
 */
export class GitIgnore {
  private readonly rules = new Map<string, Ignore | null>();
  private readonly roots = new Map<string, string>();

  isIgnored(file: string, searchRoot: string): boolean {
    const top = this.repositoryRoot(searchRoot);
    const dirs: string[] = [];
    for (let dir = dirname(file); ; dir = dirname(dir)) {
      dirs.unshift(dir);
      if (dir === top || dirname(dir) === dir) break;
    }
    return dirs.some((dir) => {
      const rules = this.rulesOf(dir);
      if (rules === null) return false;
      // A folder named on the command line is linted even when a .gitignore above it ignores the whole folder.
      if (dir !== searchRoot && searchRoot.startsWith(dir) && rules.ignores(`${posix(relative(dir, searchRoot))}/`)) return false;
      return rules.ignores(posix(relative(dir, file)));
    });
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

  private rulesOf(dir: string): Ignore | null {
    let rules = this.rules.get(dir);
    if (rules === undefined) {
      let source: string | undefined;
      try {
        source = readFileSync(join(dir, '.gitignore'), 'utf8');
      } catch {
        source = undefined;
      }
      rules = source === undefined ? null : ignore().add(source);
      this.rules.set(dir, rules);
    }
    return rules;
  }
}
