// The KPI table as CSV. A UTF-8 byte-order mark comes first so Excel reads Chinese names correctly.
import type { ReviewModel } from './protocol';
import { t } from './strings';
import { csvCell } from '../text/csv';

const BOM = '\uFEFF';

/** One row per KPI with raw numbers (not the 万/k forms), so a spreadsheet can compute with them. */
export function kpiCsv(model: ReviewModel): string {
  const l = model.locale;
  const header = [t(l, 'kpi'), t(l, 'target'), t(l, 'actual'), t(l, 'unit'), t(l, 'attainmentPercent'), t(l, 'direction'), t(l, 'status')];
  const rows = model.kpis.map((k) => [
    k.name,
    k.target,
    k.actual,
    k.unit,
    k.attainment === undefined ? undefined : Math.round(k.attainment * 10000) / 100,
    k.better,
    t(l, k.met === undefined ? 'unknown' : k.met ? 'met' : 'missed'),
  ]);
  return BOM + [header, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
