import * as vscode from 'vscode';
import type { SeveritySetting } from '../core/lint/types';
import { messages, uiLocale as chooseLocale, type Locale, type Text } from '../core/i18n';
import { DEFAULT_REVIEW_PATH } from '../core/scaffold/reviewPath';

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
    newReviewPath: c.get('newReviewPath', DEFAULT_REVIEW_PATH) || DEFAULT_REVIEW_PATH,
  };
}

/** The message language: the `mdreview.locale` setting, else the config file's, else VS Code's display language. */
export function uiLocale(configLocale?: Locale, scope?: vscode.ConfigurationScope): Locale {
  return chooseLocale(readSettings(scope).locale, configLocale, vscode.env.language);
}

/** A lookup over a message table whose locale defaults to the UI language: `l(key, params?, locale?)`. */
export function uiMessages<K extends string>(table: Record<K, Text>) {
  const t = messages(table);
  return (key: K, params: Record<string, unknown> = {}, locale: Locale = uiLocale()): string => t(locale, key, params);
}
