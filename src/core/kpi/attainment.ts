import type { KpiDirection } from '../model';

/**
 * How much of the target was reached, as a ratio (1 = exactly on target). For `better: lower`
 * KPIs (cost, churn, response time) less is better, so the ratio is target / actual.
 */
export function attainment(target: number | undefined, actual: number | undefined, better: KpiDirection): number | undefined {
  if (target === undefined || actual === undefined || !meaningfulTarget(target)) return undefined;
  if (better === 'lower') {
    if (actual === 0) return target === 0 ? 1 : undefined;
    return target / actual;
  }
  if (target === 0) return undefined;
  return actual / target;
}

/**
 * Whether `actual` meets the target in the KPI's direction; undefined when the target sets no bar:
 * a target of 0 for a higher-is-better KPI (often a scaffold's 0 left unfilled, so 0 / 0 is not
 * "met"). For lower-is-better (returns, complaints) 0 is a real target and 0 meets it.
 */
export function isMet(target: number, actual: number, better: KpiDirection): boolean | undefined {
  if (!meaningfulTarget(target)) return undefined;
  if (better === 'lower') return actual <= target;
  if (target === 0) return undefined;
  return actual >= target;
}

/**
 * A negative target makes attainment meaningless (−100 with 50 reached is "−50 %"): a decrease is written as a
 * positive target with `better: lower`. kpi-invalid reports such a target; nothing is computed from it.
 */
export function meaningfulTarget(target: number): boolean {
  return target >= 0;
}
