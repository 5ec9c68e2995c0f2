import * as vscode from 'vscode';
import type { Locale, SeveritySetting } from '../core/lint/types';

export type RunMode = 'onType' | 'onSave';

export interface Settings {
  enable: boolean;
  run: RunMode;
  throttleMs: number;
  rules: Record<string, SeveritySetting>;
  defaultTemplate: string;
  files: string;
  locale: 'auto' | Locale;
  newReviewPath: string;
}

/** The `mdreview.*` settings that apply to a resource (folder settings override user settings). */
export function readSettings(scope?: vscode.ConfigurationScope): Settings {
  const c = vscode.workspace.getConfiguration('mdreview', scope);
  return {
    enable: c.get('enable', true),
    run: c.get<RunMode>('run', 'onType') === 'onSave' ? 'onSave' : 'onType',
    throttleMs: Math.max(0, Math.min(10_000, c.get('throttleMs', 300))),
    rules: c.get<Record<string, SeveritySetting>>('rules', {}) ?? {},
    defaultTemplate: c.get('defaultTemplate', ''),
    files: c.get('files', ''),
    locale: (['en', 'zh'] as const).find((l) => l === c.get('locale')) ?? 'auto',
    newReviewPath: c.get('newReviewPath', 'reviews/{cycle}/{employee}.md') || 'reviews/{cycle}/{employee}.md',
  };
}

/** The message language: the setting, else the config file's, else VS Code's display language. */
export function resolveLocale(setting: Settings['locale'], configLocale: Locale | undefined): Locale {
  if (setting !== 'auto') return setting;
  return configLocale ?? (vscode.env.language.toLowerCase().startsWith('zh') ? 'zh' : 'en');
}
