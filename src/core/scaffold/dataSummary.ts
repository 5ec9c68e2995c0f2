// "Insert data summary": for the data section, each KPI's highest and lowest session (with its label or date) and
// the change against the previous cycle's review, as a Markdown table in the review's language — the founding
// document's 峰值与谷值 and 与往期对比, written from the frontmatter instead of by hand.
import type { Locale } from '../i18n';
import { matchKpis } from '../history/kpiMatch';
import type { Kpi, KpiSession } from '../model';
import { formatDelta, formatRatio, formatValue } from '../preview/format';
import { displayUnit } from './kpiTable';

export interface PreviousCycle {
  cycle: string;
  kpis: readonly Kpi[];
}

const HEADERS: Record<Locale, (previous?: string) => string[]> = {
  zh: (previous) => ['指标', '最高场次', '最低场次', ...(previous ? [`上期（${previous}）`, '本期', '变化'] : [])],
  en: (previous) => ['KPI', 'Highest session', 'Lowest session', ...(previous ? [`Previous (${previous})`, 'This cycle', 'Change'] : [])],
};

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();

type Measured = KpiSession & { value: NonNullable<KpiSession['value']> };

function session(s: Measured | undefined, unit: string | undefined, locale: Locale): string {
  if (!s) return '—';
  const value = formatValue(s.value.value, unit, locale);
  if (!s.label) return value;
  return locale === 'zh' ? `${value}（${s.label}）` : `${value} (${s.label})`;
}

/** The change as the comparison view writes it: points between percentages, else the difference and its ratio. */
function change(old: Kpi, now: Kpi, unit: string | undefined, locale: Locale): string {
  const before = old.actual?.value;
  const after = now.actual?.value;
  if (before === undefined || after === undefined) return '—';
  const delta = formatDelta(after - before, unit, locale);
  if (unit === '%' || unit === '％' || before === 0) return delta;
  const sign = after >= before ? '+' : '';
  return `${delta} (${sign}${formatRatio((after - before) / Math.abs(before), locale)})`;
}

/** The table, or undefined when no KPI has sessions and there is no previous cycle to compare with. */
export function dataSummary(kpis: readonly Kpi[], previous: PreviousCycle | undefined, locale: Locale, eol = '\n'): string | undefined {
  const olds = previous ? new Map(matchKpis(previous.kpis, kpis).pairs.map((p) => [p.new, p.old])) : new Map<Kpi, Kpi>();
  const rows = kpis.filter((k) => k.wellFormed).flatMap((k) => {
    const unit = displayUnit(k);
    const measured = k.sessions.filter((s): s is Measured => s.value !== undefined);
    const old = olds.get(k);
    if (!measured.length && !(old?.actual && k.actual)) return [];
    const highest = measured.reduce<Measured | undefined>((best, s) => (!best || s.value.value > best.value.value ? s : best), undefined);
    const lowest = measured.reduce<Measured | undefined>((worst, s) => (!worst || s.value.value < worst.value.value ? s : worst), undefined);
    const compared = previous ? [formatValue(old?.actual?.value, unit, locale), formatValue(k.actual?.value, unit, locale), old ? change(old, k, unit, locale) : '—'] : [];
    return [[k.name, session(highest, unit, locale), session(measured.length > 1 ? lowest : undefined, unit, locale), ...compared]];
  });
  if (!rows.length) return undefined;
  const headers = HEADERS[locale](previous?.cycle);
  const line = (cells: string[]) => `| ${cells.map(cell).join(' | ')} |`;
  return [line(headers), line(headers.map(() => '---')), ...rows.map(line)].join(eol) + eol;
}
