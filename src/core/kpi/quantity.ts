import { MAGNITUDE, readNumber } from '../language/numbers';
import type { Quantity } from '../model';

// [currency] number [magnitude] [unit]. The number may have thousands separators (1,250,000).
const QUANTITY = new RegExp(
  `^([¥￥$€£]|rmb|cny|usd)?\\s*([+-]?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?|[+-]?\\.\\d+)\\s*(bn|mm|${MAGNITUDE})?\\s*(.*)$`,
  'iu',
);

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
  const value = readNumber(digits, magnitude);
  if (value === undefined) return undefined;
  const unitText = rest.trim();
  if (unitText.length > 12 || /\d/.test(unitText)) return undefined;
  const percent = unitText === '%' || unitText === '％' || unitText === 'pct' || unitText === '个百分点';
  const unit = percent ? '%' : unitText || (currency ? currencyUnit(currency) : undefined);
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
