// The report's table as header + cells, shared by the Markdown, CSV and HTML formats so they always
// show the same columns in the same order.
import type { Locale } from '../i18n';
import type { CycleReport, PersonRow } from './cycleReport';
import { percent, pointsChange, rt } from './strings';

export type Cell = string | number | undefined;

export interface Table {
  header: string[];
  rows: Cell[][];
}

/** `raw`: numbers as numbers (CSV, for spreadsheets); otherwise percentages as text (Markdown, HTML). */
export function reportTable(report: CycleReport, locale: Locale, raw: boolean): Table {
  const ratio = (value: number | undefined): Cell => (raw ? (value === undefined ? undefined : Math.round(value * 10000) / 100) : percent(value));
  const columns: [string, (row: PersonRow) => Cell][] = [
    [rt(locale, 'employee'), (r) => r.employee],
    [rt(locale, 'file'), (r) => r.file],
    [rt(locale, 'status'), (r) => r.status ?? (raw ? undefined : rt(locale, 'noStatus'))],
    [rt(locale, 'filterDone'), (r) => rt(locale, r.done ? 'done' : 'open')],
    [rt(locale, 'errors'), (r) => r.findings.error],
    [rt(locale, 'warnings'), (r) => r.findings.warning],
    [raw ? `${rt(locale, 'overall')} %` : rt(locale, 'overall'), (r) => ratio(r.overall)],
    [raw ? `${rt(locale, 'change')} (pt)` : rt(locale, 'change'), (r) => (raw ? (r.overall === undefined || r.previous?.overall === undefined ? undefined : Math.round((r.overall - r.previous.overall) * 100)) : pointsChange(r.overall, r.previous?.overall, locale))],
    [rt(locale, 'missedKpis'), (r) => r.missedKpis],
    [rt(locale, 'goals'), (r) => r.goals],
    [rt(locale, 'smartGoals'), (r) => r.smartGoals],
    [rt(locale, 'openActions'), (r) => r.openActions],
    [rt(locale, 'followUpsMissing'), (r) => r.followUpsMissing],
  ];
  // CSV also carries every KPI's attainment, one column each, so the heat map can be rebuilt in a spreadsheet.
  if (raw) for (const k of report.kpis) columns.push([`${k.name} %`, (r) => ratio(r.kpis.find((x) => x.key === k.key)?.attainment)]);
  return { header: columns.map(([h]) => h), rows: report.rows.map((row) => columns.map(([, value]) => value(row))) };
}
