import { htmlComments } from '../text/htmlComments';

// Helpers that let word-level checks read only what the author wrote as prose.

// Inline code and template prompts (【待填写：…】, [TODO: …]) are not the author's own words, nor are HTML
// comments. (The prompts' scans are bounded so that many unclosed openers cannot make this quadratic; comments
// are found by htmlComments' linear scan: a bounded lazy regex still cost 2,000 steps per unclosed `<!--`.)
const NOT_PROSE = /`[^`\n]*`|【\s*(?:待填写|待补充|请填写|TODO|TBD)[^】\n]{0,500}】|\[\s*(?:TODO|TBD|待填写)\b[^\]\n]{0,500}\]/giu;

const blank = (m: string) => ' '.repeat(m.length);

/** The text with code, comments and template prompts blanked out; same length, so offsets still match. */
export function maskNonProse(text: string): string {
  if (!/[`<【[]/.test(text)) return text;
  let withoutComments = '';
  let from = 0;
  for (const [start, end] of htmlComments(text)) {
    withoutComments += text.slice(from, start) + ' '.repeat(end - start);
    from = end;
  }
  withoutComments += text.slice(from);
  return withoutComments.replace(NOT_PROSE, blank);
}

/** True when the text has a letter or digit of any script left to read. */
export function hasWords(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text);
}

// Sentence ends: CJK and Latin full stops, question and exclamation marks, semicolons, line breaks.
// A Latin full stop only ends a sentence before white space or the end (so 3.5% stays whole).
const SENTENCE_END = /[。！？；!?;\n]|\.(?=\s|$)/u;
const END_CHARS = '。！？；!?;\n';

/** The sentences of a text, without their closing marks. */
export function splitSentences(text: string): string[] {
  return text.split(SENTENCE_END);
}

function endsSentence(text: string, i: number): boolean {
  const c = text[i];
  // The full stops of `e.g.` and `i.e.` do not end a sentence.
  return END_CHARS.includes(c) || (c === '.' && (i + 1 === text.length || /\s/.test(text[i + 1])) && !/\b(?:e\.g|i\.e)$/iu.test(text.slice(Math.max(0, i - 4), i)));
}

/**
 * The bounds [start, end) of the sentence around `index`, reaching at most `reach` characters each way:
 * a run-on "sentence" of a whole page is no unit of meaning, and the bound keeps callers linear.
 */
export function sentenceAround(text: string, index: number, reach = 200): { start: number; end: number } {
  let start = index;
  while (start > 0 && index - start < reach && !endsSentence(text, start - 1)) start--;
  let end = index;
  while (end < text.length && end - index < reach && !endsSentence(text, end)) end++;
  return { start, end };
}
