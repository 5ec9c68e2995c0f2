// "Insert KPI table": the frontmatter's KPIs as a Markdown table for the goals section, in the review's language —
// target, actual, attainment and met or missed, figures with their units as the KPI preview writes them. Plain,
// editable Markdown: kpi-claim-mismatch then keeps its verdict column honest when the figures change.
import { isMet } from '../kpi/attainment';
import type { Locale } from '../i18n';
import type { Kpi } from '../model';
import { formatRatio, formatValue } from '../preview/format';

const HEADERS: Record<Locale, string[]> = {
  zh: ['指标', '目标', '实际', '达成率', '结果'],
  en: ['KPI', 'Target', 'Actual', 'Attainment', 'Result'],
};
const VERDICT: Record<Locale, { met: string; missed: string }> = { zh: { met: '达成', missed: '未达成' }, en: { met: 'Met', missed: 'Missed' } };

/** The unit a KPI's figures are shown with: its own, else the one written with its target or actual. */
export function displayUnit(k: Kpi): string | undefined {
  return k.unit ?? k.target?.unit ?? k.actual?.unit;
}

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();

/** The table, or undefined when no KPI has a target or an actual to show. */
export function kpiTable(kpis: readonly Kpi[], locale: Locale, eol = '\n'): string | undefined {
  const rows = kpis.filter((k) => k.wellFormed && (k.target || k.actual)).map((k) => {
    const unit = displayUnit(k);
    const target = k.target ? `${k.better === 'lower' ? '≤ ' : ''}${formatValue(k.target.value, unit, locale)}` : '—';
    const met = k.target && k.actual ? isMet(k.target.value, k.actual.value, k.better) : undefined;
    const verdict = met === undefined ? '—' : VERDICT[locale][met ? 'met' : 'missed'];
    return [k.name, target, formatValue(k.actual?.value, unit, locale), formatRatio(k.attainment, locale), verdict];
  });
  if (!rows.length) return undefined;
  const line = (cells: string[]) => `| ${cells.map(cell).join(' | ')} |`;
  return [line(HEADERS[locale]), line(HEADERS[locale].map(() => '---')), ...rows.map(line)].join(eol) + eol;
}
