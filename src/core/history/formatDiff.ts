// The semantic diff as Markdown text in English or Chinese: printed by the CLI, shown in VS Code.
import { messages, type Locale, type Text } from '../i18n';
import { formatDelta, formatValue } from '../preview/format';
import type { GoalOutcome, ItemChange, KpiChange, ReviewDiff, SectionChange, Trend, ValueChange } from './diff';

const MESSAGES = {
  title: { en: '{who}: {old} → {new}', zh: '{who}：{old} → {new}' },
  // Join the parts of one KPI line, and a change with its trend.
  partSeparator: { en: '; ', zh: '；' },
  trendSeparator: { en: ', ', zh: '，' },
  unknownCycle: { en: '(no cycle)', zh: '（无周期）' },
  unknownPerson: { en: 'Review', zh: '面谈' },
  otherPerson: { en: 'Note: the reviews are of different people ({old} / {new}).', zh: '注意：两份面谈属于不同的人（{old} / {new}）。' },
  problemOld: { en: 'Previous review: {message}.', zh: '上一份面谈：{message}。' },
  problemNew: { en: 'This review: {message}.', zh: '本次面谈：{message}。' },
  kpis: { en: 'KPIs', zh: 'KPI' },
  outcomes: { en: "Last cycle's goals", zh: '上期目标达成' },
  goals: { en: 'Goals', zh: '目标' },
  actions: { en: 'Action items', zh: '行动项' },
  sections: { en: 'Sections', zh: '章节' },
  none: { en: 'No differences.', zh: '没有差异。' },
  target: { en: 'target', zh: '目标' },
  actual: { en: 'actual', zh: '实际' },
  attainment: { en: 'attainment', zh: '达成率' },
  renamed: { en: 'renamed from {old}', zh: '原名 {old}' },
  better: { en: 'better', zh: '变好' },
  worse: { en: 'worse', zh: '变差' },
  same: { en: 'unchanged', zh: '持平' },
  kpiAdded: { en: 'added', zh: '新增' },
  kpiRemoved: { en: 'removed', zh: '移除' },
  met: { en: '✓ met', zh: '✓ 达成' },
  missed: { en: '✗ missed', zh: '✗ 未达成' },
  noData: { en: '? no data', zh: '? 无数据' },
  carried: { en: 'carried over', zh: '延续' },
  added: { en: 'new', zh: '新增' },
  dropped: { en: 'dropped', zh: '未延续' },
  closed: { en: 'closed', zh: '已完成' },
  open: { en: 'still open', zh: '仍未完成' },
  actionDropped: { en: 'not followed up', zh: '未跟进' },
  was: { en: 'last cycle: {old}', zh: '上期：{old}' },
  sectionAdded: { en: 'added', zh: '新增' },
  sectionRemoved: { en: 'removed', zh: '删除' },
  sectionChanged: { en: 'changed', zh: '有改动' },
  headingRenamed: { en: 'heading {old} → {new}', zh: '标题 {old} → {new}' },
  unchangedSections: { en: '{count} section(s) unchanged', zh: '{count} 个章节无改动' },
  unchangedKpis: { en: '{count} KPI(s) unchanged', zh: '{count} 个 KPI 无变化' },
} satisfies Record<string, Text>;

type Key = keyof typeof MESSAGES;
const message = messages<Key>(MESSAGES);

/** A number in plain digits (no float noise, at most two decimals): the stable form textconv prints for git. */
export function formatNumber(n: number, unit?: string): string {
  const s = Number.isInteger(n) ? String(n) : String(Number.parseFloat(n.toFixed(2)));
  if (!unit) return s;
  return unit === '%' ? `${s}%` : `${s} ${unit}`;
}

/** A quantity as the review wrote it (`16.5万`, `4.1%`), or from its value and unit when written as a bare number. */
export function formatQuantity(q: { value: number; raw: string }, unit?: string): string {
  return /[^\d.,\s+-]/.test(q.raw) ? q.raw.trim() : formatNumber(q.value, unit);
}

export function formatPercent(ratio: number): string {
  return `${Math.round(ratio * 100)}%`;
}

export class DiffFormatter {
  /** `locale` for the words, `numbers` for the figures (the review's language: 12万 in a Chinese review). */
  constructor(
    private readonly locale: Locale,
    private readonly numbers: Locale = locale,
  ) {}

  t(key: Key, params: Record<string, unknown> = {}): string {
    return message(this.locale, key, params);
  }

  private value(change: ValueChange, show: (n: number) => string, trend?: Trend, showDelta = (d: number) => `${d > 0 ? '+' : ''}${show(d)}`): string {
    if (change.old === undefined && change.new === undefined) return '—';
    const from = change.old === undefined ? '—' : show(change.old);
    const to = change.new === undefined ? '—' : show(change.new);
    if (change.delta === undefined || change.delta === 0) return change.old === change.new ? to : `${from} → ${to}`;
    const mood = trend && trend !== 'unknown' ? `${this.t('trendSeparator')}${this.t(trend)}` : '';
    return `${from} → ${to} (${showDelta(change.delta)}${mood})`;
  }

  kpi(k: KpiChange): string {
    const name = k.id && k.id !== k.name ? `${k.name} (${k.id})` : k.name;
    const num = (n: number) => formatValue(n, k.unit, this.numbers);
    const delta = (d: number) => formatDelta(d, k.unit, this.numbers);
    // Attainment is a percentage too: its change is in points (108% → 102%: -6 pp, not -5%).
    const points = (d: number) => formatDelta(Math.round(d * 100), '%', this.numbers);
    const parts = [
      `${this.t('actual')} ${this.value(k.actual, num, k.trend, delta)}`,
      `${this.t('target')} ${this.value(k.target, num, undefined, delta)}`,
      ...(k.attainment.old !== undefined || k.attainment.new !== undefined ? [`${this.t('attainment')} ${this.value(k.attainment, formatPercent, undefined, points)}`] : []),
    ];
    const status = k.status === 'kept' ? '' : `${this.t(k.status === 'added' ? 'kpiAdded' : 'kpiRemoved')}: `;
    const renamed = k.oldName ? ` — ${this.t('renamed', { old: k.oldName })}` : '';
    return `- ${status}${name}: ${parts.join(this.t('partSeparator'))}${renamed}`;
  }

  outcome(o: GoalOutcome): string {
    const verdict = this.t(o.met === undefined ? 'noData' : o.met ? 'met' : 'missed');
    const num = (n: number | undefined) => formatValue(n, o.unit, this.numbers);
    return `- ${verdict}: “${o.goal}” — ${o.kpi} ${this.t('actual')} ${num(o.actual)} / ${this.t('target')} ${num(o.target)}`;
  }

  item(i: ItemChange, kind: 'goals' | 'actions'): string {
    const label = kind === 'actions' && i.status === 'dropped' ? this.t('actionDropped') : this.t(i.status);
    const was = i.oldText && i.oldText !== i.text ? ` (${this.t('was', { old: i.oldText })})` : '';
    return `- ${label}: ${i.text}${was}`;
  }

  section(s: SectionChange): string {
    const renamed = s.oldHeading && s.newHeading && s.oldHeading !== s.newHeading ? this.t('headingRenamed', { old: s.oldHeading, new: s.newHeading }) : '';
    // Same text under a new heading: the rename is the whole change.
    if (s.status === 'unchanged') return `- ${s.id}: ${renamed}`;
    const key = s.status === 'added' ? 'sectionAdded' : s.status === 'removed' ? 'sectionRemoved' : 'sectionChanged';
    return `- ${this.t(key)}: ${s.id} (${s.newHeading ?? s.oldHeading ?? ''})${renamed ? ` — ${renamed}` : ''}`;
  }
}

/** The diff as Markdown: a title, then one list per kind of change; empty kinds are left out. */
export function formatDiff(diff: ReviewDiff, locale: Locale, numbers: Locale = locale): string {
  const f = new DiffFormatter(locale, numbers);
  const who = diff.new.employee ?? diff.old.employee ?? f.t('unknownPerson');
  const lines = [`# ${f.t('title', { who, old: diff.old.cycle ?? f.t('unknownCycle'), new: diff.new.cycle ?? f.t('unknownCycle') })}`, ''];
  if (diff.old.employee && diff.new.employee && diff.old.employee.trim() !== diff.new.employee.trim()) {
    lines.push(f.t('otherPerson', { old: diff.old.employee, new: diff.new.employee }), '');
  }
  for (const p of diff.problems) lines.push(f.t(p.side === 'old' ? 'problemOld' : 'problemNew', { message: p.message[locale] }), '');
  const block = (title: Key, rows: string[]) => {
    if (rows.length) lines.push(`## ${f.t(title)}`, '', ...rows, '');
  };
  const still = (v: { old?: number; new?: number }) => v.old === v.new;
  const changedKpis = diff.kpis.filter((k) => k.status !== 'kept' || k.oldName || !still(k.actual) || !still(k.target));
  const sameKpis = diff.kpis.length - changedKpis.length;
  block('kpis', [...changedKpis.map((k) => f.kpi(k)), ...(sameKpis ? [`- ${f.t('unchangedKpis', { count: sameKpis })}`] : [])]);
  block('outcomes', diff.goalOutcomes.map((o) => f.outcome(o)));
  block('goals', diff.goals.map((g) => f.item(g, 'goals')));
  block('actions', diff.actions.map((a) => f.item(a, 'actions')));
  const touched = diff.sections.filter((s) => s.status !== 'unchanged' || s.oldHeading !== s.newHeading);
  const untouched = diff.sections.length - touched.length;
  block('sections', [...touched.map((s) => f.section(s)), ...(untouched ? [`- ${f.t('unchangedSections', { count: untouched })}`] : [])]);
  if (lines.length <= 2 + diff.problems.length * 2) lines.push(f.t('none'), '');
  return lines.join('\n').trimEnd() + '\n';
}
