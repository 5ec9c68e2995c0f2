import { Document, isMap, isSeq } from 'yaml';
import { cycleOf, nextCycle } from '../cycles/cycle';
import type { ReviewIndex } from '../history/reviewIndex';
import type { Locale } from '../i18n';
import type { Kpi } from '../model';
import { normalizeHeading } from '../text/headings';
import type { ParsedReview } from '../parse/parse';
import type { Template, TemplateRegistry } from '../templates/template';
import { targetFromGoals } from './goalTargets';

export interface NewReviewInput {
  template: Template;
  employee: string;
  cycle: string;
  /** The day the review is written (YYYY-MM-DD): the caller's today, so the core reads no clock. */
  date: string;
  /** Who conducts it; wins over last cycle's reviewer. */
  reviewer?: string;
  /** The person's latest earlier review: its reviewer, KPIs and open action items carry over. */
  previous?: ParsedReview;
}

/** The cycle a person's next review is for: the one after their latest review, else the quarter holding `today`. */
export function suggestedCycle(reviews: ReviewIndex, employee: string, today: Date): string {
  const latest = reviews.reviewsOf(employee).at(-1);
  return (latest && nextCycle(latest.cycle)) ?? cycleOf(today, 'quarter');
}

/**
 * The template of a new review: the first of `ids` the registry knows (callers list the one asked for, last
 * cycle's, the configured default), else the built-in one for reviews in `locale`.
 */
export function newReviewTemplate(registry: TemplateRegistry, ids: readonly (string | undefined)[], locale: Locale): Template {
  for (const id of ids) {
    const template = registry.get(id);
    if (template) return template;
  }
  return registry.get(locale === 'zh' ? 'livestream-ops' : 'general')!;
}

/** One KPI of the new cycle: the old entry with last cycle's goal (or target) as target and no actual yet. */
function carriedKpi(kpi: Kpi, goals: readonly string[]): Record<string, unknown> {
  const entry: Record<string, unknown> = { name: kpi.name };
  if (kpi.id) entry.id = kpi.id;
  if (kpi.unit) entry.unit = kpi.unit;
  if (kpi.better === 'lower') entry.better = 'lower';
  const target = targetFromGoals(kpi, goals) ?? kpi.targetRaw;
  if (target !== undefined && target !== null) entry.target = target;
  entry.actual = '';
  return entry;
}

function frontmatterData(input: NewReviewInput): Record<string, unknown> {
  const { template, previous } = input;
  const base = { ...template.review };
  const goals = previous?.goals.map((g) => g.block.text) ?? [];
  return {
    ...base,
    employee: input.employee,
    reviewer: input.reviewer?.trim() || previous?.meta.reviewer || base.reviewer || '',
    cycle: input.cycle,
    date: input.date,
    status: 'draft',
    template: template.id,
    ...(previous?.kpis.length ? { kpis: previous.kpis.map((k) => carriedKpi(k, goals)) } : {}),
  };
}

function yamlOf(data: Record<string, unknown>): string {
  const doc = new Document(data);
  // KPI entries read best one per line, as in the built-in templates.
  const kpis = doc.get('kpis');
  if (isSeq(kpis)) for (const item of kpis.items) if (isMap(item)) item.flow = true;
  return doc.toString({ lineWidth: 0 });
}

/** The follow-up block listing last cycle's unchecked action items, in the template's language. */
function followUpBlock(input: NewReviewInput): string {
  const open = input.previous?.actions.filter((a) => !a.done) ?? [];
  if (!open.length) return '';
  const cycle = input.previous?.meta.cycle ?? '';
  const note =
    input.template.language === 'zh'
      ? `上一周期${cycle ? `（${cycle}）` : ''}未完成的行动项，本周期请跟进：`
      : `Open action items carried over from ${cycle || 'the previous cycle'} — follow up on each:`;
  const items = open.map((a) => `- [ ] ${a.item.text.trim().replace(/\r?\n[ \t]*/g, '\n  ')}`);
  return `${note}\n\n${items.join('\n')}\n`;
}

/** Inserts `block` at the end of the template section that takes improvements (else the last section). */
function insertIntoImprovements(body: string, template: Template, block: string): string {
  if (!block) return body;
  const section = template.sections.find((s) => s.id === 'improvements') ?? template.sections.at(-1);
  const lines = body.split('\n');
  const headingAt = lines.findIndex((l) => /^#{1,6}\s/.test(l) && section && normalizeHeading(l.replace(/^#+\s*/, '')) === normalizeHeading(section.heading));
  if (headingAt < 0) return `${body.trimEnd()}\n\n${block}`;
  let end = lines.findIndex((l, i) => i > headingAt && /^#{1,6}\s/.test(l));
  if (end < 0) end = lines.length;
  let last = end;
  while (last > headingAt + 1 && lines[last - 1].trim() === '') last--;
  lines.splice(last, end - last, '', ...block.trimEnd().split('\n'), ...(end < lines.length ? [''] : []));
  return lines.join('\n');
}

/**
 * The text of a new review: the template's scaffold with the person's frontmatter (its `template:` the one
 * scaffolded), and — when there is a previous review — its reviewer, its KPIs (targets from last cycle's goals
 * where a goal names the KPI and a number, else the last target; actuals emptied) and its open action items
 * under a follow-up note in the improvements section.
 */
export function scaffoldNewReview(input: NewReviewInput): string {
  const body = insertIntoImprovements(input.template.body.replace(/\r\n/g, '\n').replace(/^\n+/, ''), input.template, followUpBlock(input));
  return `---\n${yamlOf(frontmatterData(input))}---\n\n${body.trimEnd()}\n`;
}
