// Helpers that let word-level checks read only what the author wrote as prose.

// Inline code, HTML comments, and template prompts (【待填写：…】, [TODO: …]) are not the author's own words.
const NOT_PROSE = /`[^`\n]*`|<!--[\s\S]*?-->|【\s*(?:待填写|待补充|请填写|TODO|TBD)[^】]*】|\[\s*(?:TODO|TBD|待填写)\b[^\]\n]*\]/giu;

/** The text with code, comments and template prompts blanked out; same length, so offsets still match. */
export function maskNonProse(text: string): string {
  if (!/[`<【[]/.test(text)) return text;
  return text.replace(NOT_PROSE, (m) => ' '.repeat(m.length));
}

/** True when the text has a letter or digit of any script left to read. */
export function hasWords(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text);
}

// Sentence ends: CJK and Latin full stops, question and exclamation marks, semicolons, line breaks.
// A Latin full stop only ends a sentence before white space or the end (so 3.5% stays whole).
const SENTENCE_END = /[。！？；!?;\n]|\.(?=\s|$)/gu;

/** The sentences of a text, without their closing marks. */
export function splitSentences(text: string): string[] {
  return text.split(SENTENCE_END);
}

/** The bounds [start, end) of the sentence around `index`. */
export function sentenceAround(text: string, index: number): { start: number; end: number } {
  let start = 0;
  let end = text.length;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(text); m; m = SENTENCE_END.exec(text)) {
    if (m.index < index) start = m.index + 1;
    else {
      end = m.index;
      break;
    }
  }
  return { start, end };
}
