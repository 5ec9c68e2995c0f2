// One reader of written numbers, for figures in prose and for KPI values: digits with thousands separators and a
// Chinese or English magnitude word after them (1.2万, 120万, 1,250,000, 1.5k, ¥1.2M).

/** Magnitude words written after a number; a Latin letter only when no letter follows it (`5k`, not `5km`). */
export const MAGNITUDE = '十万|百万|千万|万|亿|千|[kKmMbB](?![a-zA-Z])';

const MULTIPLIERS: Record<string, number> = {
  '': 1,
  k: 1e3,
  m: 1e6,
  mm: 1e6,
  b: 1e9,
  bn: 1e9,
  千: 1e3,
  万: 1e4,
  十万: 1e5,
  百万: 1e6,
  千万: 1e7,
  亿: 1e8,
};

/**
 * `digits` (thousands separators allowed) times the multiplier of `magnitude` (one of MAGNITUDE, or `bn` / `mm`),
 * without binary float noise (1.2 × 1e4 is 12000, not 11999.999999999998); undefined when it is not a number.
 */
export function readNumber(digits: string, magnitude = ''): number | undefined {
  const number = Number(digits.replace(/,/g, ''));
  const multiplier = MULTIPLIERS[magnitude.toLowerCase()];
  if (!Number.isFinite(number) || multiplier === undefined) return undefined;
  return Number.parseFloat((number * multiplier).toPrecision(12));
}
