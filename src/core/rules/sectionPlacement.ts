import type { Position, Section } from '../model';
import type { ParsedReview } from '../parse/parse';
import type { TemplateSection } from '../templates/template';
import { eol } from './fixHelpers';

/** The first section of the review resolved to each template section id. */
export function presentSections(doc: ParsedReview): Map<string, Section> {
  const found = new Map<string, Section>();
  for (const s of doc.sections) if (s.id && !found.has(s.id)) found.set(s.id, s);
  return found;
}

/**
 * Where a missing template section belongs: before the first present section that follows it in
 * template order, else after the last present section, else at the end of the document.
 */
export function insertionPoint(doc: ParsedReview, missing: TemplateSection): { position: Position; before?: Section } {
  const present = presentSections(doc);
  const order = doc.template.sections.map((s) => s.id);
  const index = order.indexOf(missing.id);
  for (const id of order.slice(index + 1)) {
    const next = present.get(id);
    if (next) return { position: next.headingRange.start, before: next };
  }
  return { position: doc.lines.position(doc.text.length) };
}

/** The Markdown of a template section (heading + scaffold), at the heading level the review already uses. */
export function sectionScaffold(doc: ParsedReview, section: TemplateSection, atEnd: boolean): string {
  const nl = eol(doc);
  const level = [...presentSections(doc).values()][0]?.level ?? 2;
  const body = section.scaffold ? `${nl}${nl}${section.scaffold.replace(/\r?\n/g, nl)}` : '';
  const block = `${'#'.repeat(level)} ${section.heading}${body}${nl}`;
  if (!atEnd) return `${block}${nl}`;
  const endsWithNewline = /\n$/.test(doc.text);
  return `${endsWithNewline ? nl : `${nl}${nl}`}${block}`;
}
