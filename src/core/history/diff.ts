// The semantic difference between two reviews of one person: what a reader wants to know when
// comparing cycles, rather than which lines moved.
import { normalizeCycleId } from '../cycles/cycle';
import { isMet } from '../kpi/attainment';
import { text, type Text } from '../i18n';
import type { Kpi, KpiDirection, Section } from '../model';
import type { ParsedReview } from '../parse/parse';
import { statedTarget } from '../language/goalTarget';
import { actionItems, goalItems, type ReviewItem } from './items';
import { kpiNamedIn, matchKpis } from './kpiMatch';
import { pairUp } from './similarity';

export type Trend = 'better' | 'worse' | 'same' | 'unknown';

export interface ValueChange {
  old?: number;
  new?: number;
  /** new − old, when both are known. */
  delta?: number;
}

export interface KpiChange {
  status: 'added' | 'removed' | 'kept';
  name: string;
  /** The previous name, when the KPI was renamed (matched by id). */
  oldName?: string;
  id?: string;
  unit?: string;
  better: KpiDirection;
  target: ValueChange;
  actual: ValueChange;
  attainment: ValueChange;
  /** How the actual value moved, in the KPI's direction (lower is better for `better: lower`). */
  trend: Trend;
}

export interface SectionChange {
  /** Canonical (template) id, or `heading:<normalized>` for a section no template knows. */
  id: string;
  status: 'added' | 'removed' | 'changed' | 'unchanged';
  oldHeading?: string;
  newHeading?: string;
}

export interface ItemChange {
  /** For last cycle's goals not carried over, `met` / `missed` when this cycle's KPI data says so, else `dropped`. */
  status: 'added' | 'dropped' | 'carried' | 'closed' | 'open' | 'met' | 'missed';
  text: string;
  /** The wording last cycle, when it was carried over or closed. */
  oldText?: string;
}

export interface GoalOutcome {
  goal: string;
  kpi: string;
  target?: number;
  actual?: number;
  unit?: string;
  /** Undefined when this cycle has no actual value for the KPI. */
  met?: boolean;
}

export interface ReviewDiff {
  old: { employee?: string; cycle?: string };
  new: { employee?: string; cycle?: string };
  kpis: KpiChange[];
  sections: SectionChange[];
  goals: ItemChange[];
  goalOutcomes: GoalOutcome[];
  actions: ItemChange[];
  /** What limits the comparison, e.g. a side whose frontmatter is broken (so its KPIs are unknown). */
  problems: { side: 'old' | 'new'; message: Text }[];
}

function change(oldValue: number | undefined, newValue: number | undefined): ValueChange {
  const out: ValueChange = {};
  if (oldValue !== undefined) out.old = oldValue;
  if (newValue !== undefined) out.new = newValue;
  if (oldValue !== undefined && newValue !== undefined) out.delta = Number.parseFloat((newValue - oldValue).toPrecision(12));
  return out;
}

/** Direction-aware movement from `before` to `after`. */
export function trendOf(before: number | undefined, after: number | undefined, better: KpiDirection): Trend {
  if (before === undefined || after === undefined) return 'unknown';
  if (before === after) return 'same';
  return (after > before) === (better === 'higher') ? 'better' : 'worse';
}

function kpiChange(status: KpiChange['status'], old: Kpi | undefined, now: Kpi | undefined): KpiChange {
  const k = (now ?? old)!;
  return {
    status,
    name: k.name,
    ...(old && now && old.name !== now.name ? { oldName: old.name } : {}),
    ...(k.id ? { id: k.id } : {}),
    ...(k.unit ? { unit: k.unit } : {}),
    better: k.better,
    target: change(old?.target?.value, now?.target?.value),
    actual: change(old?.actual?.value, now?.actual?.value),
    attainment: change(old?.attainment, now?.attainment),
    trend: trendOf(old?.actual?.value, now?.actual?.value, k.better),
  };
}

/** The key a section is matched by across cycles: its template id, else its folded heading. */
export function sectionKey(section: Section): string {
  return section.id ?? `heading:${section.normalized}`;
}

/** A section's own text (to its next heading of any level), comments left out. */
export function sectionText(doc: ParsedReview, section: Section): string {
  return doc.text.slice(section.bodyStart, section.bodyEnd).replace(/<!--[\s\S]*?-->/g, '').trim();
}

/** The first section of `doc` matched by `key` (see sectionKey). */
export function sectionByKey(doc: ParsedReview, key: string): Section | undefined {
  return doc.sections.find((s) => sectionKey(s) === key);
}

function sectionBody(doc: ParsedReview, section: Section): string {
  return sectionText(doc, section).replace(/\s+/g, ' ');
}

function sectionChanges(a: ParsedReview, b: ParsedReview): SectionChange[] {
  const first = (doc: ParsedReview) => {
    const map = new Map<string, Section>();
    for (const s of doc.sections) if (!map.has(sectionKey(s))) map.set(sectionKey(s), s);
    return map;
  };
  const olds = first(a);
  const news = first(b);
  const out: SectionChange[] = [];
  for (const [id, s] of news) {
    // The document title (H1 with no template section, e.g. "李娜 · 2026-Q3 绩效面谈") names the review, not a section.
    if (isTitle(s)) continue;
    const o = olds.get(id);
    if (!o) out.push({ id, status: 'added', newHeading: s.heading });
    else out.push({ id, status: sectionBody(a, o) === sectionBody(b, s) ? 'unchanged' : 'changed', oldHeading: o.heading, newHeading: s.heading });
  }
  for (const [id, o] of olds) if (!news.has(id) && !isTitle(o)) out.push({ id, status: 'removed', oldHeading: o.heading });
  return out;
}

function isTitle(section: Section): boolean {
  return section.level === 1 && section.id === undefined;
}

/** Last cycle's goals that were not carried over: met or missed when the KPI data says which. */
function judgeDropped(goals: ItemChange[], outcomes: GoalOutcome[]): ItemChange[] {
  const verdict = new Map(outcomes.map((o) => [o.goal, o.met]));
  return goals.map((g) => {
    const met = g.status === 'dropped' ? verdict.get(g.text) : undefined;
    return met === undefined ? g : { ...g, status: met ? 'met' : 'missed' };
  });
}

/**
 * Pairs last cycle's items with this cycle's; `paired` names what a matched pair means, or null to leave
 * it out. Unmatched old items for which `keepDropped` says no (e.g. already done) are left out too.
 */
function itemChanges(
  olds: ReviewItem[],
  news: ReviewItem[],
  paired: (old: ReviewItem, now: ReviewItem) => ItemChange['status'] | null,
  keepDropped: (old: ReviewItem) => boolean = () => true,
): ItemChange[] {
  const { pairs, unmatchedOld, unmatchedNew } = pairUp(olds, news, (i) => i.key, (i) => i.key);
  const kept: ItemChange[] = [];
  for (const p of pairs) {
    const status = paired(p.old, p.new);
    if (status) kept.push({ status, text: p.new.text, oldText: p.old.text });
  }
  return [
    ...kept,
    ...unmatchedOld.filter(keepDropped).map((o): ItemChange => ({ status: 'dropped', text: o.text })),
    ...unmatchedNew.map((n): ItemChange => ({ status: 'added', text: n.text })),
  ];
}

/** The spelling of the KPI (name or id) that the goal text uses. */
function kpiNameIn(text: string, kpi: Kpi): string | undefined {
  const folded = text.normalize('NFKC').toLowerCase();
  return [kpi.name, kpi.id].find((n): n is string => !!n && folded.includes(n.normalize('NFKC').toLowerCase()));
}

/** Last cycle's goals that name a KPI, judged by this cycle's actual value of that KPI. */
function goalOutcomes(a: ParsedReview, b: ParsedReview): GoalOutcome[] {
  const out: GoalOutcome[] = [];
  for (const goal of goalItems(a)) {
    const kpi = kpiNamedIn(goal.text, b.kpis);
    if (!kpi) continue;
    // A goal without a number is judged against this cycle's target for the KPI.
    const target = statedTarget(goal.text, kpiNameIn(goal.text, kpi))?.quantity.value ?? kpi.target?.value;
    const actual = kpi.actual?.value;
    const met = target !== undefined && actual !== undefined ? isMet(target, actual, kpi.better) : undefined;
    out.push({
      goal: goal.text,
      kpi: kpi.name,
      ...(target !== undefined ? { target } : {}),
      ...(actual !== undefined ? { actual } : {}),
      ...(kpi.unit ? { unit: kpi.unit } : {}),
      ...(met !== undefined ? { met } : {}),
    });
  }
  return out;
}

/** Why a side's KPIs and cycle cannot be read, if they cannot. */
function frontmatterProblem(doc: ParsedReview): Text | undefined {
  const fm = doc.frontmatter;
  if (!fm) return text('it has no frontmatter, so its KPIs are unknown', '没有 frontmatter，无法读取 KPI');
  if (fm.unterminated) return text('its frontmatter is not closed by ---, so its KPIs are unknown', 'frontmatter 缺少结尾的 ---，无法读取 KPI');
  const error = fm.syntaxErrors[0];
  if (error) return text('its frontmatter has a YAML error at line {line}: {error}', 'frontmatter 第 {line} 行有 YAML 错误：{error}', { line: error.range.start.line + 1, error: error.message.split('\n')[0] });
  return undefined;
}

/** Compares an earlier review (`a`) with a later one (`b`). Never throws on parsed input, however broken. */
export function diffReviews(a: ParsedReview, b: ParsedReview): ReviewDiff {
  const kpis = matchKpis(a.kpis, b.kpis);
  const sameCycle = !!a.meta.cycle && !!b.meta.cycle && normalizeCycleId(a.meta.cycle) === normalizeCycleId(b.meta.cycle);
  // Comparing two versions of one cycle: there is no "last cycle" whose goals could be judged.
  const outcomes = sameCycle ? [] : goalOutcomes(a, b);
  return {
    old: { employee: a.meta.employee, cycle: a.meta.cycle },
    new: { employee: b.meta.employee, cycle: b.meta.cycle },
    kpis: [
      ...kpis.pairs.map((p) => kpiChange('kept', p.old, p.new)),
      ...kpis.added.map((k) => kpiChange('added', undefined, k)),
      ...kpis.removed.map((k) => kpiChange('removed', k, undefined)),
    ],
    sections: sectionChanges(a, b),
    goals: judgeDropped(itemChanges(goalItems(a), goalItems(b), () => 'carried'), outcomes),
    goalOutcomes: outcomes,
    // Items already done last cycle need no follow-up: they are neither reported again nor "new".
    actions: itemChanges(actionItems(a), actionItems(b), (old, now) => (old.done && now.done ? null : now.done ? 'closed' : 'open'), (old) => !old.done),
    problems: (['old', 'new'] as const).flatMap((side) => {
      const message = frontmatterProblem(side === 'old' ? a : b);
      return message ? [{ side, message }] : [];
    }),
  };
}
