// The browser has no git to run. Features that need it are hidden there (`!isWeb` in package.json); one reached
// anyway (a command run by id, a `mdreview-git:` link) gets this message instead of a failure to load Node code.
// esbuild.mjs picks this file over cliGit.ts for the web build.
import type { Text } from '../../core/i18n';

export type CliGit = typeof import('../../node/git');

const NO_GIT_IN_BROWSER: Text = {
  en: 'git history is not available in VS Code for the Web (vscode.dev, github.dev); use desktop VS Code or `mdreview diff`',
  zh: '网页版 VS Code（vscode.dev、github.dev）中无法读取 git 历史；请使用桌面版 VS Code 或 `mdreview diff`',
};

export function loadGit(): Promise<CliGit> {
  return Promise.reject(Object.assign(new Error(NO_GIT_IN_BROWSER.en), { text: NO_GIT_IN_BROWSER }));
}
