// Container nesting (block quotes, list items, indentation) costs the Markdown parser time that grows
// faster than the nesting, and a few thousand levels overflow the stack of any recursive tree walk.
// No review nests that deep, so lines nested beyond the limit are blanked (same length, so every
// offset still points into the original text) before the Markdown parser sees them.

/** Deepest container nesting that is analysed. */
export const MAX_NESTING = 32;

export interface NestingMask {
  /** The text with over-deep lines blanked; line breaks and length unchanged. */
  text: string;
  /** Start and end offsets of each blanked line. */
  blanked: { start: number; end: number }[];
}

/**
 * What a blanked line becomes (padded with spaces): a thematic break at the margin closes every open
 * container and is no paragraph text, so nothing of the line is read, and no run of whitespace is left
 * for each open container to re-scan. (Every over-deep line is longer than these three characters.)
 */
const BLANKED_LINE = '***';

const SPACE = 32;
const TAB = 9;

const isDigit = (c: number) => c >= 48 && c <= 57;

/** Where a list marker (`-`, `*`, `+`, `1.`, `1)`) starting at `i` ends, or -1 when there is none. */
function listMarkerEnd(text: string, i: number, end: number): number {
  let j = i;
  while (j < end && j - i < 9 && isDigit(text.charCodeAt(j))) j++;
  const c = text.charCodeAt(j);
  const bullet = j === i ? c === 45 /* - */ || c === 42 /* * */ || c === 43 /* + */ : c === 46 /* . */ || c === 41; /* ) */
  if (!bullet) return -1;
  const next = text.charCodeAt(j + 1);
  return j + 1 === end || next === SPACE || next === TAB ? j + 1 : -1;
}

/** Nesting depth of a line: container markers plus indentation in pairs of columns, counted up to just past the limit. */
function depthOf(text: string, start: number, end: number): number {
  let markers = 0;
  let columns = 0;
  for (let i = start; i < end && markers + (columns >> 1) <= MAX_NESTING; i++) {
    const c = text.charCodeAt(i);
    if (c === SPACE) columns++;
    else if (c === TAB) columns += 4;
    else if (c === 62 /* > */) markers++;
    else {
      const marker = listMarkerEnd(text, i, end);
      if (marker < 0) break;
      markers++;
      i = marker - 1;
    }
  }
  return markers + (columns >> 1);
}

/** Blanks every line from `bodyStart` on nested deeper than MAX_NESTING; returns the text itself when there is none. */
export function maskDeepNesting(text: string, bodyStart = 0): NestingMask {
  const blanked: NestingMask['blanked'] = [];
  let start = bodyStart;
  while (start <= text.length) {
    let end = start;
    while (end < text.length && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) end++;
    if (depthOf(text, start, end) > MAX_NESTING) blanked.push({ start, end });
    if (end === text.length) break;
    start = end + (text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? 2 : 1);
  }
  if (blanked.length === 0) return { text, blanked };
  const parts: string[] = [];
  let at = 0;
  for (const line of blanked) {
    parts.push(text.slice(at, line.start), BLANKED_LINE.padEnd(line.end - line.start));
    at = line.end;
  }
  parts.push(text.slice(at));
  return { text: parts.join(''), blanked };
}
