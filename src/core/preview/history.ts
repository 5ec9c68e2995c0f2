// The same KPI across this person's cycles. The host's history provider supplies earlier cycles;
// with none, the series list is empty and the page says there is no history yet.
import type { Kpi } from '../model';
import type { Locale } from '../i18n';
import { formatValue } from './format';
import type { CycleSeries } from './protocol';
import { t } from './strings';

/** One earlier review of the same person: its cycle label and its KPIs. */
export interface CycleKpis {
  cycle: string;
  kpis: Kpi[];
}

/** KPIs are the same across cycles when their ids match, or, without ids, their names. */
function sameKpi(a: Kpi, b: Kpi): boolean {
  return a.id && b.id ? a.id === b.id : a.name.trim() === b.name.trim();
}

/**
 * One series per current KPI that also appears in at least one earlier cycle; points run from the
 * oldest cycle to this one. `history` is newest first, as the cycle-comparison work returns it.
 */
export function cycleSeries(current: readonly Kpi[], cycle: string | undefined, history: readonly CycleKpis[], locale: Locale, numbers: Locale = locale): CycleSeries[] {
  const oldestFirst = [...history].reverse();
  const series: CycleSeries[] = [];
  for (const kpi of current) {
    const earlier = oldestFirst.map((h) => ({ cycle: h.cycle, kpi: h.kpis.find((k) => sameKpi(k, kpi)) }));
    if (!earlier.some((e) => e.kpi)) continue;
    const unit = kpi.unit ?? kpi.target?.unit ?? kpi.actual?.unit;
    const point = (label: string, k: Kpi | undefined) => ({
      cycle: label,
      actual: k?.actual?.value,
      target: k?.target?.value,
      actualText: formatValue(k?.actual?.value, unit, numbers),
      targetText: formatValue(k?.target?.value, unit, numbers),
    });
    series.push({
      kpiIndex: kpi.index,
      name: kpi.name,
      unit,
      points: [...earlier.map((e) => point(e.cycle, e.kpi)), point(cycle || t(locale, 'thisCycle'), kpi)],
    });
  }
  return series;
}
