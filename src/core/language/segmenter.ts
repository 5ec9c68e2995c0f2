// Chinese word boundaries through the platform's ICU word segmenter. Segmenting is slow (milliseconds per
// kilobyte), so callers find candidates with a regex first and ask only about a small window around each.

let segmenter: Intl.Segmenter | undefined;

// Context on each side of a candidate: enough for the segmenter to see the neighbouring words.
const MARGIN = 12;

/**
 * True when text[start, end) begins and ends on word boundaries, i.e. it is one or more whole words:
 * `还行` in `表现还行` is, in `还行动` it is not (还/行动); `好` in `好奇` is not either.
 */
export function isWholeWords(text: string, start: number, end: number): boolean {
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  const from = Math.max(0, start - MARGIN);
  const window = text.slice(from, Math.min(text.length, end + MARGIN));
  let startOk = start === from;
  let endOk = false;
  for (const { index } of segmenter.segment(window)) {
    const at = from + index;
    if (at === start) startOk = true;
    if (at === end) endOk = true;
    if (at >= end) break;
  }
  return startOk && (endOk || end === from + window.length);
}
