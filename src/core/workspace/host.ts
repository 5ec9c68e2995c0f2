// What the workspace model needs from where it runs: `node:fs` in the CLI, `workspace.fs` in the editor
// (the pattern of vscode-markdown-languageservice's IWorkspace). Paths are absolute and `/`-separated;
// each host maps them to its own files.

import { text, type Text } from '../i18n';

/** A file that exists but cannot be read; `reason` says why in both languages (hosts throw it from `readText`). */
export class UnreadableFile extends Error {
  constructor(readonly reason: Text) {
    super(reason.en);
  }
}

export const NOT_A_REGULAR_FILE = text('not a regular file (a device, FIFO or socket); not read', '不是普通文件（设备、FIFO 或套接字），未读取');

/** Reviews are a few KB; a file past this is not read, so a stray dump cannot hang a run or the editor. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

export interface WorkspaceHost {
  /** The text of a file (the editor's copy when it is open); undefined when there is no such file. Throws when it exists but cannot be read. */
  readText(path: string): Promise<string | undefined>;
  /** Names of the files (not folders) in `folder`; empty when there is no such folder. */
  listFiles(folder: string): Promise<string[]>;
  /** Where the upward search for a config stops: the workspace folder or repository root holding `path`. */
  rootOf(path: string): string | undefined;
  /** Every Markdown file that may hold a review, with ignored files (`.gitignore`, `files.exclude`) left out. */
  markdownFiles(): Promise<string[]>;
}

/** The folder holding `path`; undefined at the top. */
export function parentOf(path: string): string | undefined {
  const trimmed = path.replace(/\/+$/, '');
  const i = trimmed.lastIndexOf('/');
  if (i < 0) return undefined;
  return i === 0 ? (trimmed === '' ? undefined : '/') : trimmed.slice(0, i);
}

export function joinPath(folder: string, ...names: string[]): string {
  return [folder.replace(/\/+$/, ''), ...names].join('/');
}

/** True when `path` is `folder` or inside it. */
export function isInside(path: string, folder: string): boolean {
  const base = folder.replace(/\/+$/, '');
  return path === base || path.startsWith(`${base}/`);
}
