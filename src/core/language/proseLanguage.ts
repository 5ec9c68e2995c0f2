import type { Locale } from '../i18n';

// Enough text to tell the language of a review; a huge file is not scanned to its end for this.
const SAMPLE_CHARS = 20_000;

/**
 * The language most of a review's prose is written in, from `start` (the end of the frontmatter, whose keys
 * are English in every review). A Han character counts as a word: a Chinese review that names its KPIs
 * in English (GMV, UV) is still Chinese, an English one that names 李娜 is still English. Undefined when there
 * is no prose to tell by (a frontmatter-only review).
 */
export function proseLanguage(text: string, start = 0): Locale | undefined {
  const sample = text.slice(start, start + SAMPLE_CHARS);
  const han = sample.match(/\p{Script=Han}/gu)?.length ?? 0;
  const words = sample.match(/[A-Za-z]{2,}/g)?.length ?? 0;
  if (han + words === 0) return undefined;
  return han > words ? 'zh' : 'en';
}
