// Accessible data tables under each chart: a caption, header cells with scope, plain copyable numbers.
import type { Locale } from '../core/i18n';
import type { CycleSeries, KpiView } from '../core/preview/protocol';
import { t } from '../core/preview/strings';
import { el } from './dom';

function table(caption: string, headers: string[], rows: HTMLTableRowElement[]): HTMLTableElement {
  return el('table', { class: 'data' }, [
    el('caption', { text: caption }),
    el('thead', {}, [el('tr', {}, headers.map((h) => el('th', { attrs: { scope: 'col' }, text: h })))]),
    el('tbody', {}, rows),
  ]);
}

function statusCell(k: KpiView, locale: Locale): HTMLTableCellElement {
  const key = k.met === undefined ? 'unknown' : k.met ? 'met' : 'missed';
  return el('td', { class: `status ${key}`, text: t(locale, key) });
}

/** The target-vs-actual table; each KPI name is a button that reveals the KPI in the frontmatter. */
export function kpiTable(kpis: readonly KpiView[], chartTitle: string, locale: Locale, onPick: (kpiIndex: number) => void): HTMLTableElement {
  const rows = kpis.map((k) => {
    const button = el('button', { class: 'link', attrs: { type: 'button', title: t(locale, 'revealHint') }, text: k.name });
    button.addEventListener('click', () => onPick(k.index));
    return el('tr', { attrs: { 'data-kpi': String(k.index) } }, [
      el('th', { attrs: { scope: 'row' } }, [button]),
      el('td', { class: 'num', text: k.targetText }),
      el('td', { class: 'num', text: k.actualText }),
      el('td', { class: 'num', text: k.attainmentText }),
      el('td', { text: k.gapText }),
      el('td', { text: t(locale, k.better === 'lower' ? 'lowerBetter' : 'higherBetter') }),
      statusCell(k, locale),
    ]);
  });
  const headers = [t(locale, 'kpi'), t(locale, 'target'), t(locale, 'actual'), t(locale, 'attainment'), t(locale, 'gap'), t(locale, 'direction'), t(locale, 'status')];
  return table(t(locale, 'tableCaption', { chart: chartTitle }), headers, rows);
}

export function sessionTable(kpi: KpiView, locale: Locale): HTMLTableElement {
  const rows = kpi.sessions.map((s) =>
    el('tr', {}, [el('th', { attrs: { scope: 'row' }, text: s.label }), el('td', { class: 'num', text: s.text }), el('td', { class: 'num', text: kpi.targetText })]),
  );
  return table(t(locale, 'tableCaption', { chart: kpi.name }), [t(locale, 'session'), t(locale, 'actual'), t(locale, 'target')], rows);
}

export function cycleTable(series: CycleSeries, locale: Locale): HTMLTableElement {
  const rows = series.points.map((p) =>
    el('tr', {}, [el('th', { attrs: { scope: 'row' }, text: p.cycle }), el('td', { class: 'num', text: p.actualText }), el('td', { class: 'num', text: p.targetText })]),
  );
  return table(t(locale, 'tableCaption', { chart: series.name }), [t(locale, 'cycle'), t(locale, 'actual'), t(locale, 'target')], rows);
}
