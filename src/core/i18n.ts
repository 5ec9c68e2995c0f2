// The two message languages and the one way to write a translated string: a table of `{ en, zh }`
// entries with `{name}` slots, read through `messages(table)`. Every user-facing string of core, the
// CLI, the extension and the webview comes from such a table.

export type Locale = 'en' | 'zh';

/** A localized string: English and Simplified Chinese. */
export interface Text {
  en: string;
  zh: string;
}

/** Fills `{name}` slots of a message. */
export function format(template: string, params: Record<string, unknown> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in params ? String(params[key]) : whole));
}

/** Both languages of a message, with the same parameters. */
export function text(en: string, zh: string, params: Record<string, unknown> = {}): Text {
  return { en: format(en, params), zh: format(zh, params) };
}

/** A message we cannot translate (an operating-system or library error), the same in both languages. */
export function sameInBoth(message: string): Text {
  return { en: message, zh: message };
}

/** A lookup over a message table: `t(locale, key, params)` is entry `key` in `locale` with its slots filled. */
export function messages<K extends string>(table: Record<K, Text>) {
  return (locale: Locale, key: K, params: Record<string, unknown> = {}): string => format(table[key][locale], params);
}

/** A display-language tag (`zh-CN`, `en-US`, `vscode.env.language`, `navigator.language`) → its locale. */
export function localeOf(language: string | undefined): Locale {
  return language?.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

/**
 * The language of the UI, decided the same way everywhere: an explicit choice (the `mdreview.locale`
 * setting or `--locale`), else the config file's `locale`, else the display language of the host.
 */
export function uiLocale(explicit: Locale | 'auto' | undefined, configLocale: Locale | undefined, displayLanguage: string | undefined): Locale {
  return reviewLocale(explicit, configLocale, localeOf(displayLanguage));
}

/**
 * The language of messages about one review (findings, hovers, fix titles, lenses, comparisons): an explicit
 * choice, else the config file's `locale`, else the language the review is written in (`ParsedReview.language`),
 * so a Chinese review gets Chinese findings on an English CI runner and in an English VS Code.
 */
export function reviewLocale(explicit: Locale | 'auto' | undefined, configLocale: Locale | undefined, reviewLanguage: Locale): Locale {
  if (explicit === 'en' || explicit === 'zh') return explicit;
  return configLocale ?? reviewLanguage;
}

/** The BCP 47 tag of a locale, for `<html lang>`. */
export function languageTag(locale: Locale): string {
  return locale === 'zh' ? 'zh-CN' : 'en';
}
