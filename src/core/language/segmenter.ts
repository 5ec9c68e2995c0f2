// Chinese word boundaries through the platform's ICU word segmenter. Segmenting is slow (milliseconds per
// kilobyte), so callers find candidates with a regex first and ask only about a small window around each.

const segmenters = new Map<string, Intl.Segmenter>();

/** The shared word segmenter of a language (built once: constructing one costs more than most segmentations). */
export function wordSegmenter(language: 'zh' | 'en'): Intl.Segmenter {
  let segmenter = segmenters.get(language);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(language, { granularity: 'word' });
    segmenters.set(language, segmenter);
  }
  return segmenter;
}

// Context on each side of a candidate: enough for the segmenter to see the neighbouring words.
const MARGIN = 12;

/**
 * True when text[start, end) begins and ends on word boundaries, i.e. it is one or more whole words:
 * `还行` in `表现还行` is, in `还行动` it is not (还/行动); `好` in `好奇` is not either.
 */
export function isWholeWords(text: string, start: number, end: number): boolean {
  if (end <= start) return false;
  const from = Math.max(0, start - MARGIN);
  // `containing` looks up two segments instead of walking them all: several times faster.
  const segments = wordSegmenter('zh').segment(text.slice(from, Math.min(text.length, end + MARGIN)));
  const first = segments.containing(start - from);
  const last = segments.containing(end - 1 - from);
  return first?.index === start - from && last !== undefined && last.index + last.segment.length === end - from;
}
