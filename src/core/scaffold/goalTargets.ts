import type { Kpi } from '../model';
import { statedTarget } from '../language/goalTarget';

function isPercentKpi(kpi: Kpi): boolean {
  return kpi.unit === '%' || kpi.target?.percent === true || kpi.actual?.percent === true;
}

/**
 * The target a next-cycle goal sets for a KPI ("将互动率从 4.1% 提升到 5%" → `5%`), as written, or
 * undefined when no goal names the KPI (by name or id) together with a number of the KPI's kind. A percentage
 * for a KPI counted in people is a relative change, not a target, and is skipped.
 */
export function targetFromGoals(kpi: Kpi, goals: readonly string[]): string | number | undefined {
  const percent = isPercentKpi(kpi);
  for (const goal of goals) {
    const folded = goal.normalize('NFKC').toLowerCase();
    for (const name of [kpi.name, kpi.id]) {
      const named = name !== undefined && name !== '' && folded.includes(name.normalize('NFKC').toLowerCase());
      const raw = named ? statedTarget(goal, name, (q) => q.percent === percent)?.raw : undefined;
      if (raw !== undefined) return /^\d+(?:\.\d+)?$/.test(raw) ? Number(raw) : raw;
    }
  }
  return undefined;
}
