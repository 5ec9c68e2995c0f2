// Review cycle ids: `2026-Q3`, `2026-H1`, `2026-07`, `2026`, and the Chinese spellings people type
// (`2026年第三季度`, `2026年上半年`, `2026年7月`, `2026年度`); a fiscal year (`FY2026`); school terms
// (`2026-T3`, four a year) and semesters of an academic year (`2025-2026-1`, autumn; `-2`, spring). Cycles of
// different kinds order by period end.

export type CycleKind = 'year' | 'fiscal-year' | 'half' | 'quarter' | 'month' | 'term' | 'semester';

export interface Cycle {
  /** Canonical id: `2026-Q3`, `2026-H1`, `2026-07`, `2026`. */
  id: string;
  kind: CycleKind;
  year: number;
  /** 1-based number of the period within the year (quarter 1–4, half 1–2, month 1–12; 1 for a year). */
  period: number;
  /** First and last month of the period, counted as year * 12 + month0, so periods compare as numbers. */
  startMonth: number;
  endMonth: number;
}

/** Months per period of each kind. */
const LENGTH: Record<Exclude<CycleKind, 'semester'>, number> = { year: 12, 'fiscal-year': 12, half: 6, quarter: 3, month: 1, term: 3 };
const COUNT: Record<CycleKind, number> = { year: 1, 'fiscal-year': 1, half: 2, quarter: 4, month: 12, term: 4, semester: 2 };
// An academic year's first semester runs September to January, its second February to July.
const SEMESTER_MONTHS = [
  { start: 8, length: 5 },
  { start: 13, length: 6 },
];

const CHINESE_DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10, 十一: 11, 十二: 12 };

const PATTERNS: [RegExp, CycleKind, (m: RegExpExecArray) => number][] = [
  [/^(\d{4})\s*[-/ _.年]?\s*q([1-4])$/i, 'quarter', (m) => Number(m[2])],
  [/^(\d{4})\s*[-/ _.年]?\s*h([12])$/i, 'half', (m) => Number(m[2])],
  // The period first, as English writes it: Q3 2026, H1 2026.
  [/^q([1-4])\s*[-/ _.,]?\s*(\d{4})$/i, 'quarter', (m) => Number(m[1])],
  [/^h([12])\s*[-/ _.,]?\s*(\d{4})$/i, 'half', (m) => Number(m[1])],
  [/^(\d{4})\s*[-/.]\s*(\d{1,2})$/, 'month', (m) => Number(m[2])],
  [/^(\d{4})年?\s*(?:年度)?$/, 'year', () => 1],
  // Its months are the company's own: it orders as the calendar year it is named by.
  [/^(?:fy\s*[-']?\s*)(\d{4})$|^(\d{4})\s*财年$/i, 'fiscal-year', () => 1],
  [/^(\d{4})\s*[-/ _.]?\s*t([1-4])$/i, 'term', (m) => Number(m[2])],
  [/^(\d{4})\s*[-/]\s*(?:\d{4})\s*[-/]\s*([12])$/, 'semester', (m) => Number(m[2])],
  [/^(\d{4})年?\s*第?([1-4一二三四])季度?$/, 'quarter', (m) => chineseNumber(m[2])],
  [/^(\d{4})年?\s*([上下])半年度?$/, 'half', (m) => (m[2] === '上' ? 1 : 2)],
  [/^(\d{4})年\s*(\d{1,2}|十[一二]?|[一二三四五六七八九])月份?$/, 'month', (m) => chineseNumber(m[2])],
];

function chineseNumber(s: string): number {
  return /^\d+$/.test(s) ? Number(s) : CHINESE_DIGITS[s] ?? NaN;
}

function canonicalId(kind: CycleKind, year: number, period: number): string {
  switch (kind) {
    case 'year':
      return String(year);
    case 'fiscal-year':
      return `FY${year}`;
    case 'half':
      return `${year}-H${period}`;
    case 'quarter':
      return `${year}-Q${period}`;
    case 'month':
      return `${year}-${String(period).padStart(2, '0')}`;
    case 'term':
      return `${year}-T${period}`;
    case 'semester':
      return `${year}-${year + 1}-${period}`;
  }
}

function make(kind: CycleKind, year: number, period: number): Cycle {
  const { start, length } = kind === 'semester' ? SEMESTER_MONTHS[period - 1] : { start: (period - 1) * LENGTH[kind], length: LENGTH[kind] };
  const startMonth = year * 12 + start;
  return { id: canonicalId(kind, year, period), kind, year, period, startMonth, endMonth: startMonth + length - 1 };
}

/** Reads a cycle id; undefined for text that names no cycle. */
export function parseCycle(input: unknown): Cycle | undefined {
  if (typeof input === 'number' && Number.isInteger(input)) input = String(input);
  if (typeof input !== 'string') return undefined;
  const text = input.normalize('NFKC').trim();
  for (const [pattern, kind, period] of PATTERNS) {
    const m = pattern.exec(text);
    if (!m) continue;
    const n = period(m);
    if (!Number.isInteger(n) || n < 1 || n > COUNT[kind]) return undefined;
    const year = Number(/^\d{4}$/.test(m[1] ?? '') ? m[1] : m[2]);
    // An academic year is two years in a row (2025-2026), nothing else.
    if (kind === 'semester' && !new RegExp(`^${year}\\s*[-/]\\s*${year + 1}\\b`).test(text)) return undefined;
    return make(kind, year, n);
  }
  return undefined;
}

/** The canonical spelling of a cycle id (`2026年第三季度` → `2026-Q3`); the trimmed input when it is no cycle. */
export function normalizeCycleId(input: string): string {
  return parseCycle(input)?.id ?? input.trim();
}

/**
 * Orders cycle ids by the end of their period, then longer periods first (`2026` before `2026-Q4`
 * before `2026-12`). Ids that name no cycle sort after all cycles, among themselves by text.
 */
export function compareCycles(a: string, b: string): number {
  const ca = parseCycle(a);
  const cb = parseCycle(b);
  if (ca && cb) return ca.endMonth - cb.endMonth || ca.startMonth - cb.startMonth;
  if (ca) return -1;
  if (cb) return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

function shift(id: string, by: 1 | -1): string | undefined {
  const c = parseCycle(id);
  if (!c) return undefined;
  const index = c.year * COUNT[c.kind] + (c.period - 1) + by;
  return make(c.kind, Math.floor(index / COUNT[c.kind]), (index % COUNT[c.kind]) + 1).id;
}

/** The cycle after this one, of the same kind: `2026-Q4` → `2027-Q1`, `2026-12` → `2027-01`. */
export function nextCycle(id: string): string | undefined {
  return shift(id, 1);
}

/** The cycle before this one, of the same kind: `2027-H1` → `2026-H2`. */
export function previousCycle(id: string): string | undefined {
  return shift(id, -1);
}

/** A day of the local calendar as YYYY-MM-DD (toISOString would give the UTC day). */
export function localDay(date: Date): string {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

/** The cycle of the given kind that holds a date, e.g. for a new review made today. */
export function cycleOf(date: Date, kind: Exclude<CycleKind, 'semester'>): string {
  const month = date.getMonth();
  return make(kind, date.getFullYear(), Math.floor(month / LENGTH[kind]) + 1).id;
}

/** The last day of a cycle's period as YYYY-MM-DD: `2026-Q4` → `2026-12-31`. */
export function cycleEnd(cycle: Cycle): string {
  const year = Math.floor(cycle.endMonth / 12);
  const month0 = cycle.endMonth % 12;
  return localDay(new Date(year, month0 + 1, 0));
}

/**
 * When next cycle's goals and action items fall due: the end of the first cycle after `id` that still lies
 * ahead of `today` (a Q3 review written in October → 2026-12-31); without a readable cycle, the end of the
 * quarter holding `today`.
 */
export function nextCycleDeadline(id: string | undefined, today: Date): string {
  const now = localDay(today);
  let cycle = parseCycle(id);
  while (cycle) {
    cycle = parseCycle(nextCycle(cycle.id));
    if (cycle && cycleEnd(cycle) >= now) return cycleEnd(cycle);
  }
  return cycleEnd(parseCycle(cycleOf(today, 'quarter'))!);
}
