// Leading numbering such as `一、` `第二部分：` `（三）` `(4)` `3.` `3.1` `Part 2:` `Section 2 -` `IV.`
const NUMBERING =
  /^(?:第?[一二三四五六七八九十百零〇\d]+(?:部分|节|章)?[、.．:：)）\s]|[（(][一二三四五六七八九十\d]+[)）]|\d{1,2}(?:\.\d+)*[.、:：)]?\s|(?:part|section)\s+(?:\d+|[ivx]+)\s*[:：.\-–—]?\s|[ivx]+[.)]\s)\s*/iu;

/**
 * Folds a heading for matching: full-width to half-width (NFKC), case, numbering, emphasis marks,
 * trailing colons and inner spaces. `（二）数据分析：` and `2. Data Analysis` both become comparable keys.
 */
export function normalizeHeading(heading: string): string {
  let h = heading.normalize('NFKC').toLowerCase().replace(/[*_`~]/g, '').trim();
  for (let i = 0; i < 3; i++) {
    const next = h.replace(NUMBERING, '');
    if (next === h) break;
    h = next;
  }
  return h.replace(/[:：。.\s]+$/u, '').replace(/\s+/g, ' ').trim();
}
