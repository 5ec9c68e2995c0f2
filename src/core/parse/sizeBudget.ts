/**
 * How much of a review is analysed, by its size. The Markdown parse and the language layer (owners, dates,
 * SMART, vague words, KPI claims) cost time and memory in proportion to the text: a review of several megabytes
 * would hold the editor for seconds and take gigabytes, so large reviews are analysed less, never frozen on.
 *  - `prose`: everything;
 *  - `structure`: sections, lists, tables, placeholders and frontmatter, without the language layer;
 *  - `frontmatter`: the frontmatter only (the Markdown body is not parsed).
 */
export type AnalysisDepth = 'frontmatter' | 'structure' | 'prose';

const ORDER: readonly AnalysisDepth[] = ['frontmatter', 'structure', 'prose'];

/** Above this many bytes of UTF-8 the language layer is skipped. Reviews are a few KB; the corpus stays far below. */
export const PROSE_BUDGET_BYTES = 256 * 1024;
/** Above this many bytes of UTF-8 the Markdown body is not parsed. */
export const BODY_BUDGET_BYTES = 2 * 1024 * 1024;

/** Whether a review analysed to `depth` gives what a rule needing `needed` reads. */
export function covers(depth: AnalysisDepth, needed: AnalysisDepth): boolean {
  return ORDER.indexOf(depth) >= ORDER.indexOf(needed);
}

/** Whether `text` encoded as UTF-8 is longer than `limit` bytes, without encoding it. */
function utf8Exceeds(text: string, limit: number): boolean {
  // A UTF-16 unit is 1 to 3 bytes of UTF-8 (a surrogate pair 4 for two units): most texts are decided by length.
  if (text.length > limit) return true;
  if (text.length * 3 <= limit) return false;
  let bytes = 0;
  for (let i = 0; i < text.length && bytes <= limit; i++) {
    const c = text.charCodeAt(i);
    bytes += c < 0x80 ? 1 : c < 0x800 || (c >= 0xd800 && c < 0xe000) ? 2 : 3;
  }
  return bytes > limit;
}

export function analysisDepth(text: string): AnalysisDepth {
  if (utf8Exceeds(text, BODY_BUDGET_BYTES)) return 'frontmatter';
  if (utf8Exceeds(text, PROSE_BUDGET_BYTES)) return 'structure';
  return 'prose';
}
