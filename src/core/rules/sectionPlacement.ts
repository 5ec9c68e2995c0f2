import type { Position, Section } from '../model';
import type { ParsedReview } from '../parse/parse';
import type { TemplateSection } from '../templates/template';
import { eol } from './fixHelpers';

/**
 * The review's sections laid against its template's order, built once per review: every question the section
 * rules ask of it is then a map look-up or a binary search, so a template of 20,000 sections costs linear time.
 */
export class SectionPlan {
  /** The first section of the review resolved to each template section id. */
  readonly present = new Map<string, Section>();
  /** Each template section id's place in the template (its first when an id is listed twice). */
  readonly rank = new Map<string, number>();
  /** The heading level the review's recognised sections use (2 without any). */
  readonly level: number;
  /** By template place: the first present section at a later place, and the last one at an earlier place. */
  private readonly next: (Section | undefined)[] = [];
  private readonly previous: (Section | undefined)[] = [];
  /** Headings no name or key word matched, at `level`, in document order. */
  private readonly strangers: Section[];

  constructor(private readonly doc: ParsedReview) {
    for (const s of doc.sections) if (s.id && !this.present.has(s.id)) this.present.set(s.id, s);
    const order = doc.template.sections;
    order.forEach((s, i) => {
      if (!this.rank.has(s.id)) this.rank.set(s.id, i);
    });
    for (let i = order.length - 1, after: Section | undefined; i >= 0; i--) {
      this.next[i] = after;
      after = this.presentAt(i) ?? after;
    }
    for (let i = 0, before: Section | undefined; i < order.length; i++) {
      this.previous[i] = before;
      before = this.presentAt(i) ?? before;
    }
    this.level = this.present.values().next().value?.level ?? 2;
    this.strangers = doc.sections.filter((s) => !s.id && s.level === this.level);
  }

  /**
   * Where a missing template section belongs: before the first present section that follows it in
   * template order, else at the end of the document.
   */
  insertionPoint(missing: TemplateSection): { position: Position; before?: Section } {
    const next = this.next[this.rank.get(missing.id) ?? -1];
    return next ? { position: next.headingRange.start, before: next } : { position: this.doc.lines.position(this.doc.text.length) };
  }

  /**
   * A heading no name or key word matched, standing where the missing section belongs (after the section before it
   * in template order, before `before`): most likely the writer's own name for it.
   */
  unrecognisedHeading(missing: TemplateSection, before: Section | undefined): Section | undefined {
    const from = this.previous[this.rank.get(missing.id) ?? -1]?.headingRange.start.line ?? -1;
    const to = before?.headingRange.start.line ?? Infinity;
    // The first stranger below `from`, by binary search over document order.
    let low = 0;
    let high = this.strangers.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (this.strangers[middle].headingRange.start.line > from) high = middle;
      else low = middle + 1;
    }
    const found = this.strangers[low];
    return found && found.headingRange.start.line < to ? found : undefined;
  }

  /** The Markdown of a template section (heading + scaffold), at the heading level the review already uses. */
  scaffold(section: TemplateSection, atEnd: boolean): string {
    const nl = eol(this.doc);
    const body = section.scaffold ? `${nl}${nl}${section.scaffold.replace(/\r?\n/g, nl)}` : '';
    const block = `${'#'.repeat(this.level)} ${section.heading}${body}${nl}`;
    if (!atEnd) return `${block}${nl}`;
    const endsWithNewline = /\n$/.test(this.doc.text);
    return `${endsWithNewline ? nl : `${nl}${nl}`}${block}`;
  }

  private presentAt(i: number): Section | undefined {
    return this.present.get(this.doc.template.sections[i].id);
  }
}

const plans = new WeakMap<ParsedReview, SectionPlan>();

/** The section plan of `doc`, shared by the rules that read it. */
export function sectionPlan(doc: ParsedReview): SectionPlan {
  let plan = plans.get(doc);
  if (!plan) {
    plan = new SectionPlan(doc);
    plans.set(doc, plan);
  }
  return plan;
}
