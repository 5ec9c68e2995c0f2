import type { Quantity } from '../model';

// Chinese and English magnitude words and suffixes.
const MULTIPLIERS: Record<string, number> = {
  '': 1,
  k: 1e3,
  K: 1e3,
  m: 1e6,
  M: 1e6,
  mm: 1e6,
  b: 1e9,
  B: 1e9,
  bn: 1e9,
  千: 1e3,
  万: 1e4,
  十万: 1e5,
  百万: 1e6,
  千万: 1e7,
  亿: 1e8,
};

// [currency] number [magnitude] [unit]. The number may have thousands separators (1,250,000).
const QUANTITY =
  /^([¥￥$€£]|rmb|cny|usd)?\s*([+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|[+-]?\.\d+)\s*(十万|百万|千万|万|亿|千|bn|mm|[kKmMbB](?![a-zA-Z]))?\s*(.*)$/iu;

/**
 * Reads a KPI value: `8%`, `6.5 %`, `1.2万`, `120万元`, `1,250,000`, `¥1.2M`, `45 min`.
 * Returns undefined for text that is not a number with an optional unit, and beyond ±1e15 or not finite.
 */
/** Largest magnitude read as a KPI value: beyond it doubles lose whole units, and no KPI is that large. */
const MAX_MAGNITUDE = 1e15;

const inRange = (n: number) => Number.isFinite(n) && Math.abs(n) <= MAX_MAGNITUDE;

export function parseQuantity(input: unknown): Quantity | undefined {
  if (typeof input === 'number') return inRange(input) ? { value: input, percent: false, raw: String(input) } : undefined;
  if (typeof input !== 'string') return undefined;
  const raw = input;
  const text = input.normalize('NFKC').trim();
  const m = QUANTITY.exec(text);
  if (!m) return undefined;
  const [, currency, digits, magnitude = '', rest] = m;
  const number = Number(digits.replace(/,/g, ''));
  const multiplier = MULTIPLIERS[magnitude] ?? MULTIPLIERS[magnitude.toLowerCase()];
  if (!Number.isFinite(number) || multiplier === undefined) return undefined;
  const unitText = rest.trim();
  if (unitText.length > 12 || /\d/.test(unitText)) return undefined;
  const percent = unitText === '%' || unitText === '％' || unitText === 'pct' || unitText === '个百分点';
  const unit = percent ? '%' : unitText || (currency ? currencyUnit(currency) : undefined);
  const value = roundFloat(number * multiplier);
  if (!inRange(value)) return undefined;
  return { value, unit, percent, raw };
}

function currencyUnit(symbol: string): string {
  const s = symbol.toLowerCase();
  if (s === '¥' || s === '￥' || s === 'rmb' || s === 'cny') return '元';
  if (s === '$' || s === 'usd') return 'USD';
  if (s === '€') return 'EUR';
  return 'GBP';
}

/** Removes binary float noise such as 1.2 * 1e4 = 11999.999999999998. */
function roundFloat(n: number): number {
  return Number.parseFloat(n.toPrecision(12));
}

/** Units that mean the same thing, so `元` vs `CNY` is no clash. */
const UNIT_ALIASES: Record<string, string> = {
  元: 'cny', 人民币: 'cny', cny: 'cny', rmb: 'cny', '¥': 'cny',
  usd: 'usd', $: 'usd', dollars: 'usd',
  人: 'people', 人次: 'people', people: 'people', viewers: 'people', users: 'people',
  分钟: 'min', min: 'min', mins: 'min', minutes: 'min',
  秒: 's', s: 's', sec: 's', seconds: 's',
  小时: 'h', h: 'h', hours: 'h',
  '%': '%',
};

export function canonicalUnit(unit: string | undefined): string | undefined {
  if (!unit) return undefined;
  const u = unit.normalize('NFKC').trim().toLowerCase();
  return UNIT_ALIASES[u] ?? u;
}
