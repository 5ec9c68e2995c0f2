// Builds the page for a model: header, summary strip, notices, charts each followed by its table.
import type { Chart } from 'chart.js';
import type { Locale } from '../core/i18n';
import type { EmptyModel, ReviewModel, Summary } from '../core/preview/protocol';
import { t } from '../core/preview/strings';
import { chartableKpis, cycleChart, sessionChart, targetChart } from './charts';
import { el } from './dom';
import { cycleTable, kpiTable, sessionTable } from './tables';
import type { Theme } from './theme';

export interface PageActions {
  reveal(kpiIndex: number): void;
  toggleLock(): void;
  exportPng(): void;
  exportCsv(): void;
}

/** A chart's canvas in a box whose height the chart fills (set through CSSOM, which the CSP allows). */
function chartBox(label: string, height: number): { box: HTMLDivElement; canvas: HTMLCanvasElement } {
  const canvas = el('canvas', { attrs: { role: 'img', 'aria-label': label } });
  const box = el('div', { class: 'chart' }, [canvas]);
  box.style.height = `${height}px`;
  return { box, canvas };
}

function withUnit(name: string, unit: string | undefined): string {
  return unit ? `${name} (${unit})` : name;
}

function header(model: ReviewModel | EmptyModel, title: string, actions: PageActions): HTMLElement {
  const l = model.locale;
  const lock = el('button', { class: model.locked ? 'locked' : '', attrs: { type: 'button', 'aria-pressed': String(model.locked), title: t(l, model.locked ? 'unlock' : 'lock') }, text: t(l, model.locked ? 'locked' : 'lock') });
  lock.addEventListener('click', actions.toggleLock);
  const buttons: HTMLElement[] = [lock];
  if (model.kind === 'review') {
    const png = el('button', { attrs: { type: 'button' }, text: t(l, 'exportPng') });
    png.addEventListener('click', actions.exportPng);
    const csv = el('button', { attrs: { type: 'button' }, text: t(l, 'exportCsv') });
    csv.addEventListener('click', actions.exportCsv);
    buttons.push(png, csv);
  }
  return el('header', {}, [el('h1', { text: title }), el('div', { class: 'actions' }, buttons)]);
}

function summaryStrip(s: Summary, locale: Locale, actions: PageActions): HTMLElement {
  const item = (label: string, value: string, cls: string) => el('div', { class: `stat ${cls}` }, [el('span', { class: 'label', text: label }), el('span', { class: 'value', text: value })]);
  const gap = s.biggestGap;
  const gapValue = el('button', { class: 'link value', attrs: { type: 'button' }, text: gap ? gap.text : t(locale, 'none') });
  if (gap) gapValue.addEventListener('click', () => actions.reveal(gap.kpiIndex));
  else gapValue.disabled = true;
  return el('section', { class: 'summary', attrs: { 'aria-label': 'summary' } }, [
    item(t(locale, 'summaryMet'), `${s.met} / ${s.total}`, 'met'),
    item(t(locale, 'summaryMissed'), String(s.missed), s.missed ? 'missed' : ''),
    s.incomplete > 0 && item(t(locale, 'summaryIncomplete'), String(s.incomplete), 'unknown'),
    el('div', { class: 'stat gap' }, [el('span', { class: 'label', text: t(locale, 'summaryGap') }), gapValue]),
    item(t(locale, 'summaryFindings'), String(s.findings), s.findings ? 'findings' : ''),
  ]);
}

function notices(lines: string[]): HTMLElement | undefined {
  if (!lines.length) return undefined;
  return el('ul', { class: 'notices', attrs: { role: 'status' } }, lines.map((n) => el('li', { text: n })));
}

export function renderEmpty(root: HTMLElement, model: EmptyModel, actions: PageActions): void {
  const details = model.details.map((d) => (d.includes('\n') ? el('pre', { text: d }) : el('p', { text: d })));
  root.replaceChildren(header(model, t(model.locale, 'panelTitleEmpty'), actions), el('section', { class: 'empty', attrs: { role: 'status' } }, [el('p', { class: 'message', text: model.message }), ...details]));
}

/** Renders a review model into `root` and returns the charts it created (the caller destroys them). */
export function renderReview(root: HTMLElement, model: ReviewModel, theme: Theme, actions: PageActions): Chart[] {
  const l = model.locale;
  const charts: Chart[] = [];
  const sections: HTMLElement[] = [];

  const drawable = chartableKpis(model.kpis);
  const targetTitle = t(l, 'targetVsActual');
  const target = chartBox(targetTitle, 60 + drawable.length * 44);
  sections.push(
    el('section', { class: 'target' }, [
      el('h2', { text: targetTitle }),
      el('p', { class: 'note', text: `${t(l, 'targetVsActualNote')} ${t(l, 'revealHint')}` }),
      drawable.length > 0 && target.box,
      kpiTable(model.kpis, targetTitle, l, actions.reveal),
    ]),
  );

  const withSessions = model.kpis.filter((k) => k.sessions.some((s) => s.value !== undefined));
  const sessionBoxes = withSessions.map((k) => ({ kpi: k, ...chartBox(`${t(l, 'sessionTrend')}: ${k.name}`, 220) }));
  sections.push(
    el('section', { class: 'sessions' }, [
      el('h2', { text: t(l, 'sessionTrend') }),
      withSessions.length === 0 && el('p', { class: 'note', text: t(l, 'sessionTrendNone') }),
      ...sessionBoxes.flatMap((b) => [
        el('h3', { text: withUnit(b.kpi.name, b.kpi.unit) }),
        b.kpi.sessionNote && el('p', { class: 'note session-target', text: b.kpi.sessionNote }),
        b.box,
        sessionTable(b.kpi, l),
      ]),
    ]),
  );

  const cycleBoxes = model.history.map((s) => ({ series: s, ...chartBox(`${t(l, 'cycleTrend')}: ${s.name}`, 220) }));
  sections.push(
    el('section', { class: 'cycles' }, [
      el('h2', { text: t(l, 'cycleTrend') }),
      cycleBoxes.length === 0 && el('p', { class: 'note no-history', attrs: { role: 'note' }, text: t(l, model.historyPending ? 'historyPending' : 'noHistory') }),
      ...cycleBoxes.flatMap((b) => [el('h3', { text: withUnit(b.series.name, b.series.unit) }), b.box, cycleTable(b.series, l)]),
    ]),
  );

  root.replaceChildren(header(model, model.title, actions), summaryStrip(model.summary, l, actions), notices(model.notices) ?? '', ...sections);

  // Charts measure their box, so they are made once the boxes are in the document.
  if (drawable.length > 0) charts.push(targetChart(target.canvas, drawable, theme, l, actions.reveal));
  for (const b of sessionBoxes) charts.push(sessionChart(b.canvas, b.kpi, theme, l, model.numberLocale));
  for (const b of cycleBoxes) charts.push(cycleChart(b.canvas, b.series, theme, l, model.numberLocale));
  return charts;
}
