import picomatch from 'picomatch';
import * as vscode from 'vscode';

// A review's frontmatter names the person and the cycle, or a template. Checked on the raw text so that
// ordinary Markdown (a README) never loads the engine.
const FRONTMATTER = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;
const hasKey = (yaml: string, key: string) => new RegExp(`^["']?${key}["']?[ \\t]*:`, 'm').test(yaml);

export function looksLikeReview(text: string): boolean {
  const yaml = FRONTMATTER.exec(text.slice(0, 64 * 1024))?.[1];
  if (yaml === undefined) return false;
  return (hasKey(yaml, 'employee') && hasKey(yaml, 'cycle')) || hasKey(yaml, 'template');
}

/** True when `uri` matches the `mdreview.files` glob, relative to its workspace folder. */
export function matchesFilesGlob(uri: vscode.Uri, glob: string): boolean {
  if (!glob.trim()) return false;
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  const path = folder ? uri.path.slice(folder.uri.path.replace(/\/$/, '').length + 1) : uri.path;
  return picomatch(glob, { dot: true })(path);
}

export function isReview(uri: vscode.Uri, text: string, filesGlob: string): boolean {
  return looksLikeReview(text) || matchesFilesGlob(uri, filesGlob);
}
