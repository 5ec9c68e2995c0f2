import { htmlComments } from './htmlComments';

// Leading numbering such as `一、` `第二部分：` `（三）` `(4)` `3.` `3.1` `Part 2:` `Section 2 -` `IV.`
const NUMBERING =
  /^(?:第?[一二三四五六七八九十百零〇\d]+(?:部分|节|章)?[、.．:：)）\s]|[（(][一二三四五六七八九十\d]+[)）]|\d{1,2}(?:\.\d+)*[.、:：)]?\s|(?:part|section)\s+(?:\d+|[ivx]+)\s*[:：.\-–—]?\s|[ivx]+[.)]\s)\s*/iu;

/**
 * Folds a heading for matching: full-width to half-width (NFKC), case, numbering, emphasis marks,
 * trailing colons and inner spaces. `（二）数据分析：` and `2. Data Analysis` both become comparable keys.
 */
export function normalizeHeading(heading: string): string {
  const h = withoutNumbering(heading.normalize('NFKC').toLowerCase().replace(/[*_`~]/g, '').trim());
  return trimEndWhile(h, (c) => ':：。.'.includes(c) || /\s/.test(c))
    .replace(/\s+/g, ' ')
    .trim();
}

/** `heading` without its leading numbering (`二、`, `（三）`, `Part 2:`), as written otherwise. */
export function withoutNumbering(heading: string): string {
  let h = heading.trim();
  for (let i = 0; i < 3; i++) {
    const next = h.replace(NUMBERING, '');
    if (next === h) break;
    h = next;
  }
  return h;
}

/** `s` without the trailing characters `drop` accepts. A loop, not a `[…]+$` regex, which is quadratic on long runs. */
function trimEndWhile(s: string, drop: (c: string) => boolean): string {
  let end = s.length;
  while (end > 0 && drop(s[end - 1])) end--;
  return s.slice(0, end);
}

/** `s` without its HTML comments; an unclosed `<!--` and what follows stay. */
function withoutComments(s: string): string {
  let out = '';
  let at = 0;
  for (const [start, end] of htmlComments(s)) {
    out += s.slice(at, start);
    at = end;
  }
  return out + s.slice(at);
}

/** The text of an ATX heading's source (`## 二、数据分析 ##`): no comments, no opening or closing `#` sequence. */
export function headingText(source: string): string {
  const h = withoutComments(source).trim().replace(/^#{1,6}\s*/, '');
  const body = trimEndWhile(h, (c) => c === '#');
  return (body.length < h.length && /\s$/.test(body) ? body : h).trim();
}
