// The comparison of two reviews as the comparison view shows it: every word and figure already written in
// the review's language, so the page only lays it out (and the text summary and the view never disagree).
import type { Locale } from '../i18n';
import type { KpiDirection } from '../model';
import type { ParsedReview } from '../parse/parse';
import { sectionByKey, sectionText, type ItemChange, type ReviewDiff } from './diff';
import { changedKpis, DiffFormatter, touchedSections, type DiffMessageKey, type ShownChange } from './formatDiff';
import { wordChanges, type WordPart } from './wordChanges';

export interface KpiRow {
  name: string;
  status: 'added' | 'removed' | 'kept';
  /** "added" / "removed" in words; absent for a KPI of both cycles. */
  statusLabel?: string;
  /** "renamed from …", when it was. */
  renamed?: string;
  better: KpiDirection;
  actual?: ShownChange;
  target?: ShownChange;
  attainment?: ShownChange;
}

export interface ItemRow {
  status: ItemChange['status'];
  label: string;
  text: string;
  /** Last cycle's wording, when it differs. */
  was?: string;
  /** For a goal judged by a KPI: the KPI with its actual value and target. */
  detail?: string;
}

export interface SectionRow {
  id: string;
  status: 'added' | 'removed' | 'changed' | 'unchanged';
  /** The line naming the section and how it changed (as in the text summary). */
  label: string;
  heading: string;
  words: WordPart[];
}

export const VIEW_LABELS = ['kpis', 'goals', 'actions', 'sections', 'kpi', 'actual', 'target', 'attainment', 'status', 'lowerIsBetter', 'openAsText', 'showWords', 'removedWords', 'addedWords', 'none'] as const satisfies readonly DiffMessageKey[];
export type ViewLabel = (typeof VIEW_LABELS)[number];

export interface ComparisonView {
  /** The review's language: every string below is in it. */
  locale: Locale;
  title: string;
  /** What limits or qualifies the comparison (different people, a broken frontmatter, a duplicate). */
  notes: string[];
  labels: Record<ViewLabel, string>;
  kpis: KpiRow[];
  unchangedKpis?: string;
  goals: ItemRow[];
  actions: ItemRow[];
  sections: SectionRow[];
  unchangedSections?: string;
}

/** The text of a section to diff; empty when that side has no such section. */
function body(doc: ParsedReview, key: string): string {
  const section = sectionByKey(doc, key);
  return section ? sectionText(doc, section) : '';
}

/** `diff` of `old` → `now` as the view shows it; `notes` are the caller's own (already in the review's language). */
export function comparisonView(diff: ReviewDiff, old: ParsedReview, now: ParsedReview, notes: string[] = []): ComparisonView {
  const locale = now.language;
  const f = new DiffFormatter(locale);
  const who = diff.new.employee ?? diff.old.employee ?? f.t('unknownPerson');
  const allNotes = [
    ...(diff.old.employee && diff.new.employee && diff.old.employee.trim() !== diff.new.employee.trim() ? [f.t('otherPerson', { old: diff.old.employee, new: diff.new.employee })] : []),
    ...diff.problems.map((p) => f.t(p.side === 'old' ? 'problemOld' : 'problemNew', { message: p.message[locale] })),
    ...notes,
  ];
  const kpis = changedKpis(diff).map((k): KpiRow => ({
    name: f.kpiName(k),
    status: k.status,
    ...(k.status !== 'kept' ? { statusLabel: f.t(k.status === 'added' ? 'kpiAdded' : 'kpiRemoved') } : {}),
    ...(k.oldName ? { renamed: f.t('renamed', { old: k.oldName }) } : {}),
    better: k.better,
    ...f.kpiCells(k),
  }));
  const outcomes = new Map(diff.goalOutcomes.map((o) => [o.goal, o]));
  const item = (i: ItemChange, kind: 'goals' | 'actions'): ItemRow => {
    const outcome = kind === 'goals' ? outcomes.get(i.oldText ?? i.text) : undefined;
    return {
      status: i.status,
      label: f.itemLabel(i, kind),
      text: i.text,
      ...(i.oldText && i.oldText !== i.text ? { was: f.t('was', { old: i.oldText }) } : {}),
      ...(outcome ? { detail: f.outcomeFigures(outcome) } : {}),
    };
  };
  const touched = touchedSections(diff);
  const sections = touched.map((s): SectionRow => ({
    id: s.id,
    status: s.status,
    label: f.sectionLine(s),
    heading: s.newHeading ?? s.oldHeading ?? s.id,
    words: s.status === 'unchanged' ? [] : wordChanges(body(old, s.id), body(now, s.id), locale),
  }));
  const sameKpis = diff.kpis.length - kpis.length;
  const sameSections = diff.sections.length - touched.length;
  return {
    locale,
    title: f.t('title', { who, old: diff.old.cycle ?? f.t('unknownCycle'), new: diff.new.cycle ?? f.t('unknownCycle') }),
    notes: allNotes,
    labels: Object.fromEntries(VIEW_LABELS.map((k) => [k, f.t(k)])) as Record<ViewLabel, string>,
    kpis,
    ...(sameKpis ? { unchangedKpis: f.t('unchangedKpis', { count: sameKpis }) } : {}),
    goals: diff.goals.map((g) => item(g, 'goals')),
    actions: diff.actions.map((a) => item(a, 'actions')),
    sections,
    ...(sameSections ? { unchangedSections: f.t('unchangedSections', { count: sameSections }) } : {}),
  };
}
