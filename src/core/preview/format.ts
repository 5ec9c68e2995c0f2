// Numbers as a reader of the review expects them: 万/亿 in Chinese, k/M/B in English.
import type { Locale } from '../i18n';

const INTL_LOCALE: Record<Locale, string> = { zh: 'zh-CN', en: 'en-US' };

// Below this, full digits read better than a compact form (8,500 not 8.5k; 9,999 not 0.9999万).
const COMPACT_FROM = 10_000;

const formatters = new Map<string, Intl.NumberFormat>();

function formatter(locale: Locale, compact: boolean): Intl.NumberFormat {
  const key = `${locale}:${compact}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(INTL_LOCALE[locale], compact ? { notation: 'compact', maximumFractionDigits: 2 } : { maximumFractionDigits: 2 });
    formatters.set(key, f);
  }
  return f;
}

/** `123456` → `12.35万` (zh) / `123.46k` (en); small numbers keep their digits with grouping. */
export function formatNumber(value: number, locale: Locale): string {
  if (!Number.isFinite(value)) return '—';
  const compact = Math.abs(value) >= COMPACT_FROM;
  const text = formatter(locale, compact).format(value);
  // Intl writes thousands as "K"; English business writing (and the brief) uses "k".
  return compact && locale === 'en' ? text.replace(/K$/, 'k') : text;
}

/** A KPI value with its unit: `8.5%`, `12万人`, `45 min`, `1.2M 元`. */
export function formatValue(value: number | undefined, unit: string | undefined, locale: Locale): string {
  if (value === undefined) return '—';
  const number = formatNumber(value, locale);
  if (!unit) return number;
  if (unit === '%' || unit === '％') return `${number}%`;
  // CJK units join the number in Chinese (12万人); Latin units take a space (45 min).
  const cjkUnit = /^[\u3000-\u9fff\uff00-\uffef]/u.test(unit);
  return cjkUnit && locale === 'zh' ? `${number}${unit}` : `${number} ${unit}`;
}

/**
 * A signed change. Between two percentages it is in percentage points (`+0.3 pp`, `+0.3个百分点`):
 * "+0.3%" would read as a relative change.
 */
export function formatDelta(delta: number, unit: string | undefined, locale: Locale): string {
  const sign = delta > 0 ? '+' : delta < 0 ? '-' : '±';
  if (unit === '%' || unit === '％') {
    const points = formatter(locale, false).format(Math.abs(delta));
    return locale === 'zh' ? `${sign}${points}个百分点` : `${sign}${points} pp`;
  }
  return `${sign}${formatValue(Math.abs(delta), unit, locale)}`;
}

/** A ratio as a percentage: 0.8437 → `84.4%`. */
export function formatRatio(ratio: number | undefined, locale: Locale): string {
  if (ratio === undefined || !Number.isFinite(ratio)) return '—';
  return `${formatter(locale, false).format(Math.round(ratio * 1000) / 10)}%`;
}
