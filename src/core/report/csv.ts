// The report as CSV: a UTF-8 byte-order mark first so Excel reads Chinese names, CRLF line ends.
import type { Locale } from '../i18n';
import { csvCell } from '../text/csv';
import type { CycleReport } from './cycleReport';
import { reportTable } from './table';

export function reportCsv(report: CycleReport, locale: Locale): string {
  const { header, rows } = reportTable(report, locale, true);
  return '\uFEFF' + [header, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
