// The semantic diff as Markdown text in English or Chinese: printed by the CLI, shown in VS Code.
import { messages, type Locale, type Text } from '../i18n';
import { formatDelta, formatValue } from '../preview/format';
import { trendOf, type GoalOutcome, type ItemChange, type KpiChange, type ReviewDiff, type SectionChange, type Trend, type ValueChange } from './diff';

const MESSAGES = {
  title: { en: '{who}: {old} → {new}', zh: '{who}：{old} → {new}' },
  // Join the parts of one KPI line, and a change with its trend.
  partSeparator: { en: '; ', zh: '；' },
  // A label and what it labels, and an aside, in the punctuation of the language.
  labelled: { en: '{label}: {text}', zh: '{label}：{text}' },
  aside: { en: '{text} ({aside})', zh: '{text}（{aside}）' },
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
  // The comparison view's headers and buttons.
  kpi: { en: 'KPI', zh: 'KPI' },
  status: { en: 'Status', zh: '状态' },
  change: { en: 'Change', zh: '变化' },
  lowerIsBetter: { en: 'lower is better', zh: '越低越好' },
  openAsText: { en: 'Open as text', zh: '以文本打开' },
  showWords: { en: 'Show the changed words', zh: '展开查看改动的字词' },
  removedWords: { en: 'removed', zh: '删去' },
  addedWords: { en: 'added', zh: '新增' },
} satisfies Record<string, Text>;

export type DiffMessageKey = keyof typeof MESSAGES;
type Key = DiffMessageKey;
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

/** A figure's change as the reader sees it: `from → to (delta)`; `from` is absent when it did not change. */
export interface ShownChange {
  from?: string;
  to: string;
  delta?: string;
  /** Better or worse in the KPI's direction; absent when the shown change is ±0 or has no direction. */
  trend?: Trend;
}

/** KPIs worth a line: added, removed, renamed, or with a new actual value or target. */
export function changedKpis(diff: ReviewDiff): KpiChange[] {
  const still = (v: ValueChange) => v.old === v.new;
  return diff.kpis.filter((k) => k.status !== 'kept' || k.oldName || !still(k.actual) || !still(k.target));
}

/** Sections worth a line: added, removed, changed, or renamed. */
export function touchedSections(diff: ReviewDiff): SectionChange[] {
  return diff.sections.filter((s) => s.status !== 'unchanged' || s.oldHeading !== s.newHeading);
}

export class DiffFormatter {
  /** Words and figures in one language, the review's (12万 and 个百分点 in a Chinese review, 120k and pp in an English one). */
  constructor(private readonly locale: Locale) {}

  t(key: Key, params: Record<string, unknown> = {}): string {
    return message(this.locale, key, params);
  }

  /**
   * One figure's change as shown. The delta is taken between the values as rounded for display, so a change
   * too small to show reads ±0 (104% → 104% is never "-1 pp"); a ±0 change has no trend.
   */
  cell(change: ValueChange, show: (n: number) => string, round: (n: number) => number, showDelta: (d: number) => string, trend?: Trend): ShownChange | undefined {
    if (change.old === undefined && change.new === undefined) return undefined;
    const to = change.new === undefined ? '—' : show(change.new);
    if (change.old === change.new) return { to };
    const from = change.old === undefined ? '—' : show(change.old);
    if (change.old === undefined || change.new === undefined) return { from, to };
    const delta = Number.parseFloat((round(change.new) - round(change.old)).toPrecision(12));
    return { from, to, delta: showDelta(delta), ...(trend && delta !== 0 ? { trend } : {}) };
  }

  private cellText(cell: ShownChange | undefined): string {
    if (!cell) return '—';
    if (cell.from === undefined) return cell.to;
    if (cell.delta === undefined) return `${cell.from} → ${cell.to}`;
    const mood = cell.trend && cell.trend !== 'unknown' ? `${this.t('trendSeparator')}${this.t(cell.trend)}` : '';
    return this.aside(`${cell.from} → ${cell.to}`, `${cell.delta}${mood}`);
  }

  /** The actual value, target and attainment of a KPI as shown, in the review's number format. */
  kpiCells(k: KpiChange): { actual?: ShownChange; target?: ShownChange; attainment?: ShownChange } {
    const num = (n: number) => formatValue(n, k.unit, this.locale);
    const delta = (d: number) => formatDelta(d, k.unit, this.locale);
    // formatValue shows at most two decimals: a percentage's points are counted on those.
    const shown = k.unit === '%' || k.unit === '％' ? (n: number) => Math.round(n * 100) / 100 : (n: number) => n;
    // Attainment is a percentage too: its change is in points (108% → 102%: -6 pp, not -5%), on whole percents as shown.
    const points = (d: number) => formatDelta(d, '%', this.locale);
    const wholePercent = (r: number) => Math.round(r * 100);
    const actual = this.cell(k.actual, num, shown, delta, k.trend);
    const target = this.cell(k.target, num, shown, delta);
    const attainment = this.cell(k.attainment, formatPercent, wholePercent, points, trendOf(k.attainment.old, k.attainment.new, 'higher'));
    return { ...(actual ? { actual } : {}), ...(target ? { target } : {}), ...(attainment ? { attainment } : {}) };
  }

  private labelled(label: string, text: string): string {
    return this.t('labelled', { label, text });
  }

  private aside(text: string, aside: string): string {
    return this.t('aside', { text, aside });
  }

  /** A KPI's name, with its id when that differs: `观看人数（viewers）`. */
  kpiName(k: KpiChange): string {
    return k.id && k.id !== k.name ? this.aside(k.name, k.id) : k.name;
  }

  kpi(k: KpiChange): string {
    const cells = this.kpiCells(k);
    const parts = [
      `${this.t('actual')} ${this.cellText(cells.actual)}`,
      `${this.t('target')} ${this.cellText(cells.target)}`,
      ...(cells.attainment ? [`${this.t('attainment')} ${this.cellText(cells.attainment)}`] : []),
    ];
    const name = k.status === 'kept' ? this.kpiName(k) : this.labelled(this.t(k.status === 'added' ? 'kpiAdded' : 'kpiRemoved'), this.kpiName(k));
    const renamed = k.oldName ? ` — ${this.t('renamed', { old: k.oldName })}` : '';
    return `- ${this.labelled(name, parts.join(this.t('partSeparator')))}${renamed}`;
  }

  /** The KPI a goal was judged by, with its actual value and target: `GMV actual 12万 / target 10万`. */
  outcomeFigures(o: GoalOutcome): string {
    const num = (n: number | undefined) => formatValue(n, o.unit, this.locale);
    return `${o.kpi} ${this.t('actual')} ${num(o.actual)} / ${this.t('target')} ${num(o.target)}`;
  }

  outcome(o: GoalOutcome): string {
    const verdict = this.t(o.met === undefined ? 'noData' : o.met ? 'met' : 'missed');
    return `- ${this.labelled(verdict, `“${o.goal}” — ${this.outcomeFigures(o)}`)}`;
  }

  itemLabel(i: ItemChange, kind: 'goals' | 'actions'): string {
    return kind === 'actions' && i.status === 'dropped' ? this.t('actionDropped') : this.t(i.status);
  }

  item(i: ItemChange, kind: 'goals' | 'actions'): string {
    const text = i.oldText && i.oldText !== i.text ? this.aside(i.text, this.t('was', { old: i.oldText })) : i.text;
    return `- ${this.labelled(this.itemLabel(i, kind), text)}`;
  }

  /** How a section changed, named by its heading (ids such as `goals` are for matching, not for reading). */
  sectionLine(s: SectionChange): string {
    const renamed = s.oldHeading && s.newHeading && s.oldHeading !== s.newHeading ? this.t('headingRenamed', { old: s.oldHeading, new: s.newHeading }) : '';
    // Same text under a new heading: the rename is the whole change.
    if (s.status === 'unchanged') return renamed;
    const key = s.status === 'added' ? 'sectionAdded' : s.status === 'removed' ? 'sectionRemoved' : 'sectionChanged';
    const line = this.labelled(this.t(key), s.newHeading ?? s.oldHeading ?? s.id);
    return renamed ? `${line} — ${renamed}` : line;
  }
}

/** The diff as Markdown: a title, then one list per kind of change; empty kinds are left out. */
export function formatDiff(diff: ReviewDiff, locale: Locale): string {
  const f = new DiffFormatter(locale);
  const who = diff.new.employee ?? diff.old.employee ?? f.t('unknownPerson');
  const lines = [`# ${f.t('title', { who, old: diff.old.cycle ?? f.t('unknownCycle'), new: diff.new.cycle ?? f.t('unknownCycle') })}`, ''];
  if (diff.old.employee && diff.new.employee && diff.old.employee.trim() !== diff.new.employee.trim()) {
    lines.push(f.t('otherPerson', { old: diff.old.employee, new: diff.new.employee }), '');
  }
  for (const p of diff.problems) lines.push(f.t(p.side === 'old' ? 'problemOld' : 'problemNew', { message: p.message[locale] }), '');
  const block = (title: Key, rows: string[]) => {
    if (rows.length) lines.push(`## ${f.t(title)}`, '', ...rows, '');
  };
  const kpis = changedKpis(diff);
  const sameKpis = diff.kpis.length - kpis.length;
  block('kpis', [...kpis.map((k) => f.kpi(k)), ...(sameKpis ? [`- ${f.t('unchangedKpis', { count: sameKpis })}`] : [])]);
  block('outcomes', diff.goalOutcomes.map((o) => f.outcome(o)));
  block('goals', diff.goals.map((g) => f.item(g, 'goals')));
  block('actions', diff.actions.map((a) => f.item(a, 'actions')));
  const touched = touchedSections(diff);
  const untouched = diff.sections.length - touched.length;
  block('sections', [...touched.map((s) => `- ${f.sectionLine(s)}`), ...(untouched ? [`- ${f.t('unchangedSections', { count: untouched })}`] : [])]);
  if (lines.length <= 2 + diff.problems.length * 2) lines.push(f.t('none'), '');
  return lines.join('\n').trimEnd() + '\n';
}
