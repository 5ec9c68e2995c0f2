import type * as vscode from 'vscode';

// Local files, unsaved editors and virtual workspaces (e.g. a repository opened without cloning).
export const REVIEW_SELECTOR: vscode.DocumentFilter[] = ['file', 'untitled', 'vscode-vfs', 'vscode-remote'].map((scheme) => ({ language: 'markdown', scheme }));
