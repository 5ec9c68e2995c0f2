// The cycle at a glance: one row per review of the chosen cycle, the people reviewed last cycle but not
// this one, duplicate reviews, and how attainment is spread. Pure aggregation over review summaries, so
// the editor can rebuild it after every save from its per-file cache.
import { compareCycles, normalizeCycleId } from '../cycles/cycle';
import type { KpiDirection } from '../model';
import type { KpiResult, ReviewSummary, SeverityCounts } from './summary';

/** Statuses that mean the lead is done with the review; anything else (draft, a team's own word) is open. */
const DONE_STATUSES = new Set(['submitted', 'final', '已提交', '已定稿', '定稿', '完成', '已完成']);

/** One KPI's attainment above this counts at most this much towards a person's overall figure. */
const ATTAINMENT_CAP = 2;

/** Distribution buckets of overall attainment (ratios): lower bounds, the last open-ended. */
export const DISTRIBUTION_BOUNDS = [0, 0.7, 0.8, 0.9, 1, 1.1, 1.2] as const;

export interface PersonRow extends ReviewSummary {
  employee: string;
  person: string;
  done: boolean;
  /** Mean of the KPIs' direction-aware attainment, each capped at 200%; undefined without a computable KPI. */
  overall?: number;
  missedKpis: number;
  /** More than one review of this person in the cycle. */
  duplicate: boolean;
  previous?: PreviousCycle;
}

export interface PreviousCycle {
  cycle: string;
  file: string;
  overall?: number;
  /** Attainment per KPI key in the previous cycle, for per-KPI change. */
  kpis: Record<string, number | undefined>;
}

export interface KpiColumn {
  key: string;
  /** Every name the rows give this KPI, most used first, joined by " / " (one id may be 销售额 here and GMV there). */
  name: string;
  unit?: string;
  better: KpiDirection;
  /** How many rows have this KPI. */
  count: number;
}

export interface MissingPerson {
  employee: string;
  person: string;
  /** Their review in the previous cycle. */
  cycle: string;
  file: string;
}

export interface Bucket {
  /** Lower bound (ratio); `to` undefined for the last, open-ended bucket. */
  from: number;
  to?: number;
  count: number;
}

export interface CycleReport {
  cycle?: string;
  previousCycle?: string;
  /** Every cycle the reviews name, oldest first, to choose another. */
  cycles: string[];
  rows: PersonRow[];
  missing: MissingPerson[];
  duplicates: { employee: string; files: string[] }[];
  /** Files that name no employee or no cycle: they cannot be placed in any cycle (pending ones are not known yet). */
  unplaced: string[];
  kpis: KpiColumn[];
  distribution: Bucket[];
  totals: {
    reviews: number;
    done: number;
    open: number;
    withErrors: number;
    withMissedKpis: number;
    missing: number;
    /** Rows known only from the frontmatter sniff, still being checked: their findings and KPIs count nowhere yet. */
    pending: number;
    findings: SeverityCounts;
    /** Rows per status as written (no status: empty string). */
    statuses: Record<string, number>;
    /** Mean of the rows' overall attainment. */
    averageAttainment?: number;
  };
}

export function isDone(status: string | undefined): boolean {
  return status !== undefined && DONE_STATUSES.has(status.toLowerCase());
}

export function overallAttainment(kpis: readonly KpiResult[]): number | undefined {
  const values = kpis.map((k) => k.attainment).filter((a): a is number => a !== undefined && Number.isFinite(a));
  if (!values.length) return undefined;
  return values.reduce((sum, a) => sum + Math.min(a, ATTAINMENT_CAP), 0) / values.length;
}

function byEmployee(a: { employee: string; file: string }, b: { employee: string; file: string }): number {
  return a.employee.localeCompare(b.employee) || a.file.localeCompare(b.file);
}

function distribution(values: readonly number[]): Bucket[] {
  const buckets: Bucket[] = DISTRIBUTION_BOUNDS.map((from, i) => ({ from, to: DISTRIBUTION_BOUNDS[i + 1], count: 0 }));
  for (const v of values) {
    let i = DISTRIBUTION_BOUNDS.length - 1;
    while (i > 0 && v < DISTRIBUTION_BOUNDS[i]) i--;
    buckets[i].count++;
  }
  return buckets;
}

/** The KPIs of the rows, most common first, then by name: the heat map's columns. */
function kpiColumns(rows: readonly PersonRow[]): KpiColumn[] {
  const columns = new Map<string, KpiColumn>();
  const names = new Map<string, Map<string, number>>();
  for (const row of rows) {
    for (const k of new Map(row.kpis.map((kpi) => [kpi.key, kpi])).values()) {
      const column = columns.get(k.key);
      if (column) column.count++;
      else columns.set(k.key, { key: k.key, name: k.name, ...(k.unit ? { unit: k.unit } : {}), better: k.better, count: 1 });
      const used = names.get(k.key) ?? new Map<string, number>();
      used.set(k.name, (used.get(k.name) ?? 0) + 1);
      names.set(k.key, used);
    }
  }
  for (const column of columns.values()) {
    column.name = [...names.get(column.key)!].sort(([a, m], [b, n]) => n - m || a.localeCompare(b)).map(([name]) => name).join(' / ');
  }
  return [...columns.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}

/**
 * Builds the report of `cycle` (default: the latest cycle any review names). The previous cycle is the
 * latest earlier cycle that has reviews; people reviewed then but not now are `missing`.
 */
export function buildCycleReport(summaries: readonly ReviewSummary[], cycle?: string): CycleReport {
  const placed = summaries.filter((s): s is ReviewSummary & { employee: string; person: string; cycle: string } => !!s.person && !!s.employee && !!s.cycle);
  const cycles = [...new Set(placed.map((s) => s.cycle))].sort(compareCycles);
  const current = cycle === undefined ? cycles.at(-1) : normalizeCycleId(cycle);
  const previousCycle = current === undefined ? undefined : cycles.filter((c) => compareCycles(c, current) < 0 && c !== current).at(-1);
  const inCycle = placed.filter((s) => s.cycle === current);
  const before = new Map<string, ReviewSummary & { employee: string; person: string; cycle: string }>();
  for (const s of placed) if (s.cycle === previousCycle && !before.has(s.person)) before.set(s.person, s);

  const perPerson = new Map<string, number>();
  for (const s of inCycle) perPerson.set(s.person, (perPerson.get(s.person) ?? 0) + 1);

  const rows: PersonRow[] = inCycle
    .map((s) => {
      const prior = before.get(s.person);
      const row: PersonRow = {
        ...s,
        done: isDone(s.status),
        overall: overallAttainment(s.kpis),
        missedKpis: s.kpis.filter((k) => k.met === false).length,
        duplicate: perPerson.get(s.person)! > 1,
      };
      if (prior) row.previous = { cycle: prior.cycle, file: prior.file, overall: overallAttainment(prior.kpis), kpis: Object.fromEntries(prior.kpis.map((k) => [k.key, k.attainment])) };
      return row;
    })
    .sort(byEmployee);

  const reviewed = new Set(inCycle.map((s) => s.person));
  const missing = [...before.values()].filter((s) => !reviewed.has(s.person)).map((s) => ({ employee: s.employee, person: s.person, cycle: s.cycle, file: s.file })).sort(byEmployee);
  const duplicates = [...perPerson.entries()]
    .filter(([, n]) => n > 1)
    .map(([person]) => {
      const files = rows.filter((r) => r.person === person);
      return { employee: files[0].employee, files: files.map((r) => r.file) };
    })
    .sort((a, b) => a.employee.localeCompare(b.employee));

  const overall = rows.map((r) => r.overall).filter((a): a is number => a !== undefined);
  const findings: SeverityCounts = { error: 0, warning: 0, info: 0, hint: 0 };
  const statuses: Record<string, number> = {};
  for (const r of rows) {
    for (const severity of Object.keys(findings) as (keyof SeverityCounts)[]) findings[severity] += r.findings[severity];
    statuses[r.status ?? ''] = (statuses[r.status ?? ''] ?? 0) + 1;
  }
  return {
    cycle: current,
    previousCycle,
    cycles,
    rows,
    missing,
    duplicates,
    unplaced: summaries.filter((s) => (!s.person || !s.cycle) && !s.pending).map((s) => s.file),
    kpis: kpiColumns(rows),
    distribution: distribution(overall),
    totals: {
      reviews: rows.length,
      done: rows.filter((r) => r.done).length,
      open: rows.filter((r) => !r.done).length,
      withErrors: rows.filter((r) => r.findings.error > 0).length,
      withMissedKpis: rows.filter((r) => r.missedKpis > 0).length,
      missing: missing.length,
      pending: rows.filter((r) => r.pending).length,
      findings,
      statuses,
      averageAttainment: overall.length ? overall.reduce((a, b) => a + b, 0) / overall.length : undefined,
    },
  };
}

/** What one review needs for a cycle report; see `reportPlan`. */
export type ReviewNeed = 'lint' | 'summary' | 'history';

/**
 * What each review needs for the report of `cycle` (default: the latest), knowing only the person and cycle its
 * frontmatter names (`placedSummary`): the shown cycle's are linted (findings, SMART goals, follow-ups), the
 * previous cycle's only summarised (the change column and the missing people), the others only placed in their
 * cycle and read as history. A review the sniff could not place is linted: its YAML decides.
 */
export function reportPlan(placed: readonly ReviewSummary[], cycle?: string): { cycle?: string; needs: ReviewNeed[] } {
  const { cycle: chosen, previousCycle } = buildCycleReport(placed, cycle);
  return { cycle: chosen, needs: placed.map((s) => (!s.person || !s.cycle || s.cycle === chosen ? 'lint' : s.cycle === previousCycle ? 'summary' : 'history')) };
}
