import type { Locale } from '../core/i18n';

/** The message language from the environment, POSIX precedence: LC_ALL, then LC_MESSAGES, then LANG. */
export function localeFromEnv(env: NodeJS.ProcessEnv): Locale {
  const value = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^zh/i.test(value) ? 'zh' : 'en';
}

/** Reads a `--locale` value; undefined for anything but en/zh (callers report it as a usage error). */
export function parseLocale(value: string | undefined): Locale | undefined {
  if (value === undefined) return undefined;
  const v = value.toLowerCase();
  return v.startsWith('zh') ? 'zh' : v.startsWith('en') ? 'en' : undefined;
}
