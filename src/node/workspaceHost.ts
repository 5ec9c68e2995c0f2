// The workspace model's host for Node (the CLI): files through `node:fs`, Markdown found by glob with
// `.gitignore`, `node_modules` and `.git` left out, and the repository root as the end of the config search.
import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import { UnreadableFile, type WorkspaceHost } from '../core/workspace/host';
import { Workspace } from '../core/workspace/workspace';
import { GitIgnore } from './gitignore';
import { readText } from './readText';
import { MARKDOWN_GLOB, walk } from './walk';

/** A native path as the workspace model writes paths: `/`-separated. */
export function toModelPath(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/');
}

/**
 * Outside a repository the history scan has no natural end (run from the home folder or /tmp it would read every
 * Markdown file below), so it stops after this many files and folders listed.
 */
export const HISTORY_SCAN_LIMIT = 10_000;

export class NodeWorkspaceHost implements WorkspaceHost {
  /** Scanned folders outside a repository where `HISTORY_SCAN_LIMIT` stopped the listing. */
  readonly truncatedScans: string[] = [];

  /** `scanRoots`: the folders whose Markdown files `markdownFiles()` lists (asked when first needed). */
  constructor(
    private readonly gitignore: GitIgnore,
    private readonly scanRoots: () => string[],
    private readonly followSymlinks = false,
  ) {}

  async readText(path: string): Promise<string | undefined> {
    const file = await readText(path);
    if (file.ok) return file.text;
    if (file.kind === 'unreadable' && !existsSync(path)) return undefined;
    throw new UnreadableFile(file.message);
  }

  async listFiles(folder: string): Promise<string[]> {
    const entries = await readdir(folder, { withFileTypes: true }).catch(() => []);
    return entries.filter((e) => !e.isDirectory()).map((e) => e.name);
  }

  /** The repository holding `path`; outside a repository there is no root (the search goes to the top). */
  rootOf(path: string): string | undefined {
    return this.repositoryOf(dirname(path));
  }

  async markdownFiles(): Promise<string[]> {
    const found = await Promise.all(
      this.scanRoots().map(async (root) => {
        const maxEntries = this.repositoryOf(root) === undefined ? HISTORY_SCAN_LIMIT : undefined;
        const { files, truncated } = await walk([MARKDOWN_GLOB], root, { followSymlinks: this.followSymlinks, maxEntries });
        if (truncated) this.truncatedScans.push(root);
        const ignored = await Promise.all(files.map((p) => this.gitignore.isIgnored(p, root)));
        return files.filter((_, i) => !ignored[i]).map(toModelPath);
      }),
    );
    return [...new Set(found.flat())].sort();
  }

  private repositoryOf(folder: string): string | undefined {
    const root = this.gitignore.repositoryRoot(folder);
    return existsSync(join(root, '.git')) ? toModelPath(root) : undefined;
  }
}

/**
 * The workspace model of a CLI run in `cwd`: configs found up to each file's repository root, earlier reviews
 * looked up under `scanRoots()`, or one `explicitConfig` (`--config`) for every file.
 */
export function nodeWorkspace(cwd: string, scanRoots: (host: NodeWorkspaceHost) => string[], explicitConfig?: string, followSymlinks = false) {
  const gitignore = new GitIgnore();
  const host: NodeWorkspaceHost = new NodeWorkspaceHost(gitignore, () => scanRoots(host), followSymlinks);
  const workspace = new Workspace(host, { fallbackRoot: toModelPath(cwd), explicitConfig: explicitConfig && toModelPath(resolve(cwd, explicitConfig)) });
  return { gitignore, host, workspace };
}
