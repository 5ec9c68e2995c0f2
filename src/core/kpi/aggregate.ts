// How a KPI's per-session values make up the cycle's value. Additive KPIs (viewers, GMV, orders) are
// the sum of their sessions, so one session's share of the target is target / sessions; rates and
// averages (conversion, retention, watch time) are a mean, so every session is held to the whole target; a peak
// (峰值在线, peak concurrent viewers) is the highest session, also held to the whole target.
import type { Kpi } from '../model';

export type KpiAggregate = 'sum' | 'mean' | 'max';

export const AGGREGATES: readonly KpiAggregate[] = ['sum', 'mean', 'max'];

// Units that are ratios or durations per viewer: a percentage, "x/y", time.
const MEAN_UNIT = /^(?:%|％|‰|‱|pp|min|mins|minutes?|s|sec|secs|seconds?|h|hrs?|hours?|分钟?|秒|小时|倍)$|\//i;
// Names of peaks, in both languages.
const MAX_NAME = /峰值|最高|高峰|peak|highest|max(?:imum)?\b|pcu/i;
// Names of rates and averages, in both languages.
const MEAN_NAME = /率|比|均|平均|时长|停留|rate|ratio|average|avg|mean|per |retention|conversion|watch time|duration|ctr|roi|cpa|cost per/i;

/** `aggregate:` as declared, else inferred from the unit, then the name; sum when nothing says otherwise. */
export function kpiAggregate(declared: unknown, unit: string | undefined, name: string): KpiAggregate {
  const d = String(declared ?? '').trim().toLowerCase();
  if (d === 'sum' || d === 'mean' || d === 'max') return d;
  if (MAX_NAME.test(name)) return 'max';
  if (unit && MEAN_UNIT.test(unit.trim())) return 'mean';
  return MEAN_NAME.test(name) ? 'mean' : 'sum';
}

/** The target one session is held to: a share of the cycle's target for a sum, the target itself for a mean or a peak. */
export function sessionTarget(kpi: Pick<Kpi, 'aggregate' | 'target' | 'sessions'>): number | undefined {
  const target = kpi.target?.value;
  if (target === undefined) return undefined;
  return kpi.aggregate === 'sum' && kpi.sessions.length > 0 ? target / kpi.sessions.length : target;
}
