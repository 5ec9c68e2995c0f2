// Where in a review a thing is discussed: the text blocks of given sections, or of the whole review.
import type { Section, TextBlock } from '../model';
import type { ParsedReview } from '../parse/parse';

/** True when section `index` or one of its ancestors has one of the ids. */
function within(sections: Section[], index: number, ids: ReadonlySet<string>): boolean {
  for (let i = index; i >= 0; i = sections[i].parent) if (ids.has(sections[i].id ?? '')) return true;
  return false;
}

/** The text blocks under sections with these ids (subsections included). */
export function blocksIn(doc: ParsedReview, ids: readonly string[]): TextBlock[] {
  const set = new Set(ids);
  return doc.blocks.filter((b) => within(doc.sections, b.section, set));
}

/** The first section with one of the ids, in the order the ids are given. */
export function firstSection(doc: ParsedReview, ids: readonly string[]): Section | undefined {
  for (const id of ids) {
    const found = doc.sections.find((s) => s.id === id);
    if (found) return found;
  }
  return undefined;
}
