import type { KpiDirection } from '../model';

/**
 * How much of the target was reached, as a ratio (1 = exactly on target). For `better: lower`
 * KPIs (cost, churn, response time) less is better, so the ratio is target / actual.
 */
export function attainment(target: number | undefined, actual: number | undefined, better: KpiDirection): number | undefined {
  if (target === undefined || actual === undefined) return undefined;
  if (better === 'lower') {
    if (actual === 0) return target === 0 ? 1 : undefined;
    return target / actual;
  }
  if (target === 0) return undefined;
  return actual / target;
}

/** True when `actual` meets the target in the KPI's direction. */
export function isMet(target: number, actual: number, better: KpiDirection): boolean {
  return better === 'lower' ? actual <= target : actual >= target;
}
