import * as vscode from 'vscode';
import { compileGlobs } from '../../core/workspace/glob';
import { looksLikeReview } from '../../core/workspace/sniff';

/** True when `uri` matches the `mdreview.files` glob, relative to its workspace folder. */
export function matchesFilesGlob(uri: vscode.Uri, glob: string): boolean {
  if (!glob.trim()) return false;
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  const path = folder ? uri.path.slice(folder.uri.path.replace(/\/$/, '').length + 1) : uri.path;
  // The setting may come from the workspace's own .vscode/settings.json: the same linear matcher as config globs.
  return compileGlobs([glob]).match(path);
}

export function isReview(uri: vscode.Uri, text: string, filesGlob: string): boolean {
  return looksLikeReview(text) || matchesFilesGlob(uri, filesGlob);
}
