// Achievable (SMART "A"), at hint level: how far a goal's target for a KPI lies beyond what the person
// reached this cycle and in every earlier cycle on record.
import type { Kpi, KpiDirection } from '../model';
import { readGoalTarget } from './goalTarget';
import { findMention, kpiTerms, withoutNested } from './kpiMentions';

/** More than doubling this cycle's actual is flagged (issue 2). */
export const STRETCH_VS_ACTUAL = 2;
/** Beyond the best ever reached by half again is flagged: the best is already a peak. */
export const STRETCH_VS_BEST = 1.5;

export interface PastCycle {
  cycle?: string;
  kpis: readonly Kpi[];
}

export interface Stretch {
  kpi: Kpi;
  /** The goal's words for the target and the value they resolve to. */
  raw: string;
  target: number;
  actual?: number;
  /** How many times the current actual the target is (direction-aware). */
  ratio?: number;
  best?: { value: number; cycle?: string };
  bestRatio?: number;
}

const sameKpi = (a: Kpi, b: Kpi) => (a.id && b.id ? a.id === b.id : a.name.trim().toLowerCase() === b.name.trim().toLowerCase());

/** How many times `from` the value `to` is, as an improvement in the KPI's direction. */
function improvement(to: number, from: number, better: KpiDirection): number | undefined {
  if (from <= 0 || to <= 0) return undefined;
  return better === 'lower' ? from / to : to / from;
}

function bestEver(kpi: Kpi, history: readonly PastCycle[]): { value: number; cycle?: string } | undefined {
  let best: { value: number; cycle?: string } | undefined;
  for (const past of history) {
    const value = past.kpis.find((k) => sameKpi(k, kpi))?.actual?.value;
    if (value === undefined || value <= 0) continue;
    const better = !best || (kpi.better === 'lower' ? value < best.value : value > best.value);
    if (better) best = { value, cycle: past.cycle };
  }
  const current = kpi.actual?.value;
  if (best && current !== undefined && current > 0 && (kpi.better === 'lower' ? current <= best.value : current >= best.value)) {
    return { value: current };
  }
  return best;
}

/**
 * The first KPI the goal sets a target for that lies too far beyond this cycle's actual (more than
 * doubling) or beyond the best ever reached (by half again); undefined when none does or none can be read.
 */
export function findStretch(goal: string, kpis: readonly Kpi[], history: readonly PastCycle[]): Stretch | undefined {
  const mentions = withoutNested(kpis.flatMap((kpi) => {
    const mention = findMention(goal, kpiTerms(kpi.name, kpi.id));
    return mention ? [{ kpi, ...mention }] : [];
  }));
  for (const { kpi, ...mention } of mentions) {
    const actual = kpi.actual?.value !== undefined && kpi.actual.value > 0 ? kpi.actual.value : undefined;
    const best = history.length ? bestEver(kpi, history) : undefined;
    const percent = kpi.actual?.percent ?? kpi.target?.percent ?? kpi.unit === '%';
    const target = readGoalTarget(goal, mention.index + mention.length, { base: actual ?? best?.value, percent, unit: kpi.unit });
    if (!target) continue;
    const ratio = actual === undefined ? undefined : improvement(target.value, actual, kpi.better);
    const bestRatio = best ? improvement(target.value, best.value, kpi.better) : undefined;
    if ((ratio ?? 0) > STRETCH_VS_ACTUAL || (bestRatio ?? 0) > STRETCH_VS_BEST) {
      return { kpi, raw: target.raw, target: target.value, actual, ratio, best, bestRatio };
    }
  }
  return undefined;
}
