// Word-level changes between two versions of a section's text, for the comparison view's expandable
// sections. Chinese has no spaces between words: it is split by the ICU word segmenter the rules use.
import { diffWords } from 'diff';
import type { Locale } from '../i18n';
import { wordSegmenter } from '../language/segmenter';

export interface WordPart {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

/** `before` → `after` as runs of kept, removed and added words (a removed run comes before its replacement). */
export function wordChanges(before: string, after: string, language: Locale): WordPart[] {
  // The ICU segmenter keeps numbers whole (4.1% is not 4 . 1 %); the Chinese one also splits Latin words on spaces.
  const changes = diffWords(before, after, { intlSegmenter: wordSegmenter(language) });
  return changes.filter((c) => c.value).map((c) => ({ kind: c.added ? 'added' : c.removed ? 'removed' : 'same', text: c.value }));
}
