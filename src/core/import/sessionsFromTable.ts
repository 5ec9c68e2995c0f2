// Turns the mapped columns of an export into each KPI's sessions and the cycle's actual (by the KPI's aggregate:
// sessions add up, or average). Cells are read as dashboards write them: 1.2万, ¥12,800, 5.6%, 0.056 in a
// percent-formatted XLSX cell, 00:03:12 or 3分12秒 of watch time. Anything else stops the import, naming its cell.
import { parseCycle } from '../cycles/cycle';
import { text, type Text } from '../i18n';
import { canonicalUnit, parseQuantity } from '../kpi/quantity';
import type { Kpi } from '../model';
import { headerUnit, type ColumnMapping } from './columnMapping';
import type { Cell, ExportTable } from './exportTable';

export interface ImportedKpi {
  /** Index in `kpis:`. */
  kpi: number;
  header: string;
  percent: boolean;
  sessions: { label: string; value: number }[];
  actual: number;
}

export interface ImportPlan {
  kpis: ImportedKpi[];
  /** Sessions read (rows kept). */
  sessionCount: number;
  /** Rows left out, and why: outside the review's cycle, a totals row. */
  skipped: { outsideCycle: number; totals: number };
  /** What the writer should know before importing (a column read as fractions, empty cells). */
  notes: Text[];
}

export type PlanResult = { ok: true; plan: ImportPlan } | { ok: false; message: Text };

const TOTALS = /^(合计|总计|汇总|小计|平均|均值|total|totals|sum|average|avg)$/iu;
const MISSING = /^(-+|—+|n\/?a|无|暂无)$/iu;

const cellText = (cell: Cell | undefined) => (cell === null || cell === undefined ? '' : cell instanceof Date ? cell.toISOString() : String(cell).trim());

/** A date cell as YYYY-MM-DD: a workbook date, 2026-07-03, 2026/7/3 20:00, 2026.7.3, 2026年7月3日 or 7月3日 (of `year`). */
export function sessionDate(cell: Cell, year: number | undefined): string | undefined {
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? undefined : cell.toISOString().slice(0, 10);
  const s = cellText(cell).normalize('NFKC');
  const full = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[\sT].*)?$/u.exec(s);
  const short = /^(\d{1,2})\s*[月/-]\s*(\d{1,2})\s*日?(?:\s.*)?$/u.exec(s);
  const parts = full ? [Number(full[1]), Number(full[2]), Number(full[3])] : short && year ? [year, Number(short[1]), Number(short[2])] : undefined;
  if (!parts) return undefined;
  const [y, m, d] = parts;
  if (m < 1 || m > 12 || d < 1 || d > 31) return undefined;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Seconds in a duration cell (00:03:12, 3:12, 3分12秒, 1小时2分), or undefined when it is not written as one. */
function durationSeconds(s: string): number | undefined {
  const clock = /^(?:(\d+):)?(\d{1,2}):(\d{2}(?:\.\d+)?)$/.exec(s);
  if (clock) return Number(clock[1] ?? 0) * 3600 + Number(clock[2]) * 60 + Number(clock[3]);
  const words = /^(?:(\d+(?:\.\d+)?)\s*(?:小时|h))?\s*(?:(\d+(?:\.\d+)?)\s*(?:分钟|分|min|m))?\s*(?:(\d+(?:\.\d+)?)\s*(?:秒|s|sec))?$/iu.exec(s);
  if (!words || (words[1] ?? words[2] ?? words[3]) === undefined) return undefined;
  return Number(words[1] ?? 0) * 3600 + Number(words[2] ?? 0) * 60 + Number(words[3] ?? 0);
}

const SECONDS_PER: Record<string, number> = { s: 1, min: 60, h: 3600 };

/** A cell's number in the KPI's terms, or undefined when the cell is no number. */
function cellValue(cell: Cell, kpiUnit: string | undefined, columnUnit: string | undefined, percent: boolean): number | undefined {
  const timeUnit = canonicalUnit(kpiUnit);
  const inTime = timeUnit !== undefined && SECONDS_PER[timeUnit] !== undefined;
  let q: { value: number; unit?: string; percent: boolean } | undefined;
  if (typeof cell === 'number') q = Number.isFinite(cell) ? { value: cell, percent: false } : undefined;
  else if (typeof cell === 'string') {
    const s = cell.normalize('NFKC').trim();
    const seconds = inTime && !/^\d+(\.\d+)?$/.test(s) ? durationSeconds(s) : undefined;
    if (seconds !== undefined) return seconds / SECONDS_PER[timeUnit!];
    q = parseQuantity(s);
  }
  if (!q || (q.percent && !percent)) return undefined;
  // A plain number in a column whose header names another time unit (停留时长(秒) for a KPI in minutes).
  const from = canonicalUnit(q.unit ?? columnUnit);
  return inTime && from && SECONDS_PER[from] ? (q.value * SECONDS_PER[from]) / SECONDS_PER[timeUnit!] : q.value;
}

const round = (n: number) => Number.parseFloat(n.toFixed(Math.abs(n) >= 100 ? 0 : 2));

/** Reads the sessions of every mapped KPI. `kpis` are the review's, `cycle` its `cycle:` (rows outside it are left out). */
export function planImport(table: ExportTable, mapping: ColumnMapping[], kpis: readonly Kpi[], cycleId: unknown): PlanResult {
  const dateColumn = mapping.find((m) => m.role.kind === 'date')?.column;
  const titleColumn = mapping.find((m) => m.role.kind === 'title')?.column;
  const kpiColumns = mapping.filter((m): m is ColumnMapping & { role: { kind: 'kpi'; kpi: number } } => m.role.kind === 'kpi');
  if (dateColumn === undefined && titleColumn === undefined) {
    return { ok: false, message: text(
      'no column says which session a row is (a date or title column such as 日期, 开播时间, 直播标题, Date); columns: {headers}',
      '没有一列说明每行是哪一场（日期或标题列，如 日期、开播时间、直播标题）；导出的列：{headers}',
      { headers: table.headers.filter(Boolean).join(', ') },
    ) };
  }
  if (kpiColumns.length === 0) {
    return { ok: false, message: text(
      'no column matches a KPI of the review ({kpis}); columns: {headers}. Map them with --map "<column>=<KPI id>"',
      '没有一列对应面谈中的 KPI（{kpis}）；导出的列：{headers}。可用 --map "<列名>=<KPI id>" 指定',
      { kpis: kpis.filter((k) => k.wellFormed).map((k) => k.id ?? k.name).join(', '), headers: table.headers.filter(Boolean).join(', ') },
    ) };
  }
  const cycle = parseCycle(cycleId);
  const skipped = { outsideCycle: 0, totals: 0 };
  const rows: { row: number; label: string; cells: Cell[] }[] = [];
  const seen = new Map<string, { row: number; signature: string; title: string }[]>();
  for (const { row, cells } of table.rows) {
    const title = titleColumn === undefined ? '' : cellText(cells[titleColumn]);
    const dateCell = dateColumn === undefined ? null : cells[dateColumn];
    if (TOTALS.test(title) || TOTALS.test(cellText(dateCell))) {
      skipped.totals++;
      continue;
    }
    let date: string | undefined;
    if (dateColumn !== undefined) {
      date = sessionDate(dateCell, cycle?.year);
      if (!date) return { ok: false, message: cellError(row, table.headers[dateColumn], dateCell, 'date') };
      const month = Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1;
      if (cycle && (month < cycle.startMonth || month > cycle.endMonth)) {
        skipped.outsideCycle++;
        continue;
      }
    }
    const label = date ?? title;
    const signature = kpiColumns.map((c) => cellText(cells[c.column])).join('\u0000');
    const same = seen.get(label) ?? [];
    const twin = same.find((s) => s.signature === signature);
    if (twin) {
      return { ok: false, message: text('rows {a} and {b} are the same session ({label}): remove one and import again', '第 {a} 行和第 {b} 行是同一场（{label}）：删掉其中一行后再导入', { a: twin.row, b: row, label }) };
    }
    same.push({ row, signature, title });
    seen.set(label, same);
    // Two streams on one day: the title tells them apart, else a number.
    const distinct = same.length === 1 ? label : date && title && !same.slice(0, -1).some((s) => s.title === title) ? `${date} ${title}` : `${label} (${same.length})`;
    rows.push({ row, label: distinct, cells });
  }
  if (rows.length === 0) {
    return { ok: false, message: text('no row of the export falls in the review\'s cycle {cycle}', '导出文件中没有属于面谈周期 {cycle} 的行', { cycle: String(cycleId) }) };
  }
  const notes: Text[] = [];
  const imported: ImportedKpi[] = [];
  for (const column of kpiColumns) {
    const kpi = kpis[column.role.kpi];
    const percent = canonicalUnit(kpi.unit) === '%' || kpi.target?.percent === true || kpi.actual?.percent === true;
    const unitOfColumn = headerUnit(column.header);
    const sessions: ImportedKpi['sessions'] = [];
    let missing = 0;
    for (const { row, label, cells } of rows) {
      const cell = cells[column.column];
      if (cellText(cell) === '' || MISSING.test(cellText(cell))) {
        missing++;
        continue;
      }
      const value = cellValue(cell, kpi.unit, unitOfColumn, percent);
      if (value === undefined) return { ok: false, message: cellError(row, column.header, cell, 'number') };
      sessions.push({ label, value });
    }
    if (sessions.length === 0) continue;
    // A percent KPI whose column holds fractions (0.056, as a percent-formatted XLSX cell stores 5.6%).
    const asFractions = percent && unitOfColumn !== '%' && sessions.every((s) => Math.abs(s.value) <= 1) && rows.every((r) => !/%/.test(cellText(r.cells[column.column])));
    if (asFractions) {
      for (const s of sessions) s.value *= 100;
      notes.push(text('{header}: values read as fractions (0.056 = 5.6%)', '{header}：数值按小数读取（0.056 = 5.6%）', { header: column.header }));
    }
    if (missing) notes.push(text('{header}: {n} empty cells left out', '{header}：{n} 个空单元格未计入', { header: column.header, n: missing }));
    for (const s of sessions) s.value = round(s.value);
    const values = sessions.map((s) => s.value);
    const total = values.reduce((sum, v) => sum + v, 0);
    const actual = kpi.aggregate === 'sum' ? total : kpi.aggregate === 'max' ? Math.max(...values) : total / values.length;
    imported.push({ kpi: column.role.kpi, header: column.header, percent, sessions, actual: round(actual) });
  }
  if (imported.length === 0) return { ok: false, message: text('the KPI columns of the export are empty', '导出文件中 KPI 列都是空的') };
  return { ok: true, plan: { kpis: imported, sessionCount: rows.length, skipped, notes } };
}

function cellError(row: number, header: string, cell: Cell | undefined, expected: 'date' | 'number'): Text {
  const value = cellText(cell).slice(0, 40);
  return expected === 'date'
    ? text('row {row}, column "{header}": "{value}" is not a date', '第 {row} 行“{header}”列：“{value}”不是日期', { row, header, value })
    : text('row {row}, column "{header}": "{value}" is not a number', '第 {row} 行“{header}”列：“{value}”不是数字', { row, header, value });
}
