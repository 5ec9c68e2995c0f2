// The Team Overview page: draws the cycle report the host posts (summary, charts, a sortable and
// filterable table, missing people, duplicates) and asks the host to open reviews and export files.
// The host posts the table first from the frontmatter alone: rows still being checked say so in every
// column lint fills in (never a misleading 0), and the charts wait until every row is checked.
// No Node, no network: the charts are the same inline SVG as the HTML report.
import type { Locale } from '../../core/i18n';
import type { CycleReport, PersonRow } from '../../core/report/cycleReport';
import { reportNotesLine, summaryLine } from '../../core/report/markdown';
import type { OverviewHostMessage, OverviewModel, OverviewPageMessage } from '../../core/report/overviewProtocol';
import { percent, pointsChange, rt, type ReportStringKey } from '../../core/report/strings';
import { band, distributionSvg, heatMapSvg } from '../../core/report/svg';
import './overview.css';

interface VsCodeApi {
  postMessage(message: OverviewPageMessage): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const root = document.getElementById('root') as HTMLElement;

type SortKey = 'employee' | 'status' | 'errors' | 'warnings' | 'overall' | 'change' | 'missed' | 'smart' | 'actions' | 'followUps';
interface View {
  sort: SortKey;
  descending: boolean;
  status: string;
  errorsOnly: boolean;
  missedOnly: boolean;
}
const view: View = { sort: 'employee', descending: false, status: '', errorsOnly: false, missedOnly: false };
let model: OverviewModel | undefined;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

const checked = <T>(value: (r: PersonRow) => T) => (r: PersonRow) => (r.pending ? undefined : value(r));
const change = (r: PersonRow) => (r.overall === undefined || r.previous?.overall === undefined ? undefined : r.overall - r.previous.overall);
const SORT_VALUE: Record<SortKey, (r: PersonRow) => string | number | undefined> = {
  employee: (r) => r.employee,
  status: (r) => r.status ?? '',
  errors: checked((r) => r.findings.error),
  warnings: checked((r) => r.findings.warning),
  overall: (r) => r.overall,
  change,
  missed: checked((r) => r.missedKpis),
  smart: checked((r) => r.smartGoals),
  actions: checked((r) => r.openActions),
  followUps: checked((r) => r.followUpsMissing),
};

function compareRows(a: PersonRow, b: PersonRow): number {
  const va = SORT_VALUE[view.sort](a);
  const vb = SORT_VALUE[view.sort](b);
  // Rows without a value go last whatever the direction.
  if (va === undefined || vb === undefined) return va === vb ? 0 : va === undefined ? 1 : -1;
  const order = typeof va === 'number' && typeof vb === 'number' ? va - vb : String(va).localeCompare(String(vb));
  return (view.descending ? -order : order) || a.employee.localeCompare(b.employee);
}

function visible(report: CycleReport): PersonRow[] {
  return report.rows
    .filter((r) => (view.status === '' ? true : view.status === '\u0000done' ? r.done : view.status === '\u0000open' ? !r.done : (r.status ?? '') === view.status))
    .filter((r) => !view.errorsOnly || r.findings.error > 0)
    .filter((r) => !view.missedOnly || r.missedKpis > 0)
    .sort(compareRows);
}

function svgFragment(markup: string): Node {
  // Markup from core/report/svg.ts: every text in it is escaped there.
  return document.createRange().createContextualFragment(markup);
}

function controls(report: CycleReport, locale: Locale): HTMLElement {
  const cycle = el('select', { title: rt(locale, 'cycle') });
  for (const c of report.cycles) cycle.append(el('option', { value: c, selected: c === report.cycle }, c));
  cycle.addEventListener('change', () => vscode.postMessage({ type: 'selectCycle', cycle: cycle.value }));
  const status = el('select', { title: rt(locale, 'filterStatus'), className: 'status-filter' });
  status.append(el('option', { value: '' }, rt(locale, 'filterAll')), el('option', { value: '\u0000done' }, rt(locale, 'filterDone')), el('option', { value: '\u0000open' }, rt(locale, 'filterOpen')));
  for (const s of Object.keys(report.totals.statuses).sort()) status.append(el('option', { value: s }, s || rt(locale, 'noStatus')));
  status.value = view.status;
  status.addEventListener('change', () => ((view.status = status.value), draw()));
  const checkbox = (key: 'errorsOnly' | 'missedOnly', label: ReportStringKey) => {
    const box = el('input', { type: 'checkbox', checked: view[key], className: key });
    box.addEventListener('change', () => ((view[key] = box.checked), draw()));
    return el('label', {}, box, rt(locale, label));
  };
  const button = (format: 'csv' | 'html', label: ReportStringKey) => {
    // A file of half-checked rows would pass zeros off as results.
    const b = el('button', { className: `export-${format}`, disabled: report.totals.pending > 0 }, rt(locale, label));
    b.addEventListener('click', () => vscode.postMessage({ type: 'export', format }));
    return b;
  };
  return el('div', { className: 'controls' }, el('label', {}, `${rt(locale, 'cycle')} `, cycle), el('label', {}, `${rt(locale, 'filterStatus')} `, status), checkbox('errorsOnly', 'filterErrors'), checkbox('missedOnly', 'filterMissed'), button('csv', 'exportCsv'), button('html', 'exportHtml'));
}

function table(report: CycleReport, locale: Locale): HTMLElement {
  const columns: [SortKey, ReportStringKey, (r: PersonRow) => Node | string][] = [
    ['employee', 'employee', (r) => {
      const link = el('a', { href: '#', className: 'open', title: rt(locale, 'openReview', { file: r.file }) }, r.employee, r.duplicate ? ` (${rt(locale, 'duplicate')})` : '');
      link.dataset.file = r.file;
      return link;
    }],
    ['status', 'status', (r) => el('span', { className: r.done ? 'done' : 'open-status' }, r.status ?? rt(locale, 'noStatus'))],
    ['errors', 'errors', (r) => String(r.findings.error)],
    ['warnings', 'warnings', (r) => String(r.findings.warning)],
    ['overall', 'overall', (r) => el('span', { className: `pill band-${band(r.overall)}` }, percent(r.overall))],
    ['change', 'change', (r) => pointsChange(r.overall, r.previous?.overall, locale)],
    ['missed', 'missedKpis', (r) => String(r.missedKpis)],
    ['smart', 'smartGoals', (r) => (r.smartGoals === undefined ? String(r.goals) : `${r.smartGoals} / ${r.goals}`)],
    ['actions', 'openActions', (r) => String(r.openActions)],
    ['followUps', 'followUpsMissing', (r) => String(r.followUpsMissing)],
  ];
  const head = el('tr');
  for (const [key, label] of columns) {
    const th = el('th', { scope: 'col' });
    th.setAttribute('aria-sort', view.sort === key ? (view.descending ? 'descending' : 'ascending') : 'none');
    const b = el('button', { className: 'sort', title: rt(locale, 'sortBy', { column: rt(locale, label) }) }, rt(locale, label), view.sort === key ? (view.descending ? ' ▼' : ' ▲') : '');
    b.addEventListener('click', () => {
      view.descending = view.sort === key ? !view.descending : key !== 'employee' && key !== 'status';
      view.sort = key;
      draw();
    });
    th.append(b);
    head.append(th);
  }
  const rows = visible(report);
  const body = el('tbody');
  const pending = () => el('span', { className: 'muted' }, rt(locale, 'checking'));
  for (const r of rows) {
    const cells = columns.map(([, , cell], i) => (r.pending && i > 1 ? el('td', { className: 'num pending' }, pending()) : el('td', { className: i > 1 ? 'num' : '' }, cell(r))));
    body.append(el('tr', { className: r.pending ? 'pending' : r.findings.error ? 'has-errors' : '' }, ...cells));
  }
  return el('section', {}, el('h2', {}, rt(locale, 'reviewsTitle'), el('small', {}, ` · ${rt(locale, 'shown', { shown: rows.length, total: report.rows.length })}`)), el('table', {}, el('thead', {}, head), body));
}

function draw(): void {
  if (!model) return;
  const { report, locale } = model;
  document.documentElement.lang = locale === 'zh' ? 'zh-CN' : 'en';
  const parts: Node[] = [el('h1', {}, report.cycle ? rt(locale, 'title', { cycle: report.cycle }) : rt(locale, 'titleNoCycle'))];
  if (!report.cycle) {
    parts.push(el('p', {}, rt(locale, 'noReviews')));
  } else {
    const { pending, reviews } = report.totals;
    parts.push(el('p', { className: 'summary' }, pending ? rt(locale, 'checkingProgress', { checked: reviews - pending, reviews }) : summaryLine(report, locale)));
    // The average of the rows checked so far is no figure of the team: notes wait too.
    const notes = pending ? '' : reportNotesLine(report, locale);
    if (notes) parts.push(el('p', { className: 'muted' }, notes));
    parts.push(controls(report, locale), table(report, locale));
    if (report.missing.length) parts.push(el('section', { className: 'missing' }, el('h2', {}, rt(locale, 'missingTitle')), el('ul', {}, ...report.missing.map((m) => el('li', {}, rt(locale, 'missingLine', { ...m, current: report.cycle }))))));
    if (report.duplicates.length) parts.push(el('section', {}, el('h2', {}, rt(locale, 'duplicatesTitle')), el('ul', {}, ...report.duplicates.map((d) => el('li', {}, `${d.employee}: ${d.files.join(', ')}`)))));
    parts.push(pending ? el('p', { className: 'muted charts-pending' }, rt(locale, 'chartsPending')) : charts(report, locale));
  }
  if (report.unplaced.length) parts.push(el('section', {}, el('h2', {}, rt(locale, 'unplacedTitle')), el('ul', {}, ...report.unplaced.map((f) => el('li', {}, f)))));
  root.replaceChildren(...parts);
}

function charts(report: CycleReport, locale: Locale): HTMLElement {
  const heat = heatMapSvg(report, locale);
  const legend = el('p', { className: 'legend' }, ...(['met', 'near', 'missed', 'none'] as const).map((b) => el('span', {}, el('i', { className: `band-${b}` }), rt(locale, b === 'met' ? 'legendMet' : b === 'near' ? 'legendNear' : b === 'missed' ? 'legendMissed' : 'legendNone'))));
  return el('div', { className: 'charts' }, el('section', { className: 'distribution-section' }, el('h2', {}, rt(locale, 'distributionTitle')), el('p', { className: 'muted' }, rt(locale, 'distributionNote')), svgFragment(distributionSvg(report, locale))), el('section', { className: 'heatmap-section' }, el('h2', {}, rt(locale, 'heatMapTitle')), el('p', { className: 'muted' }, rt(locale, 'heatMapNote')), legend, heat ? el('div', { className: 'scroll' }, svgFragment(heat)) : el('p', {}, rt(locale, 'noAttainment'))));
}

// One listener for every click-through: names in the table and rows of the heat map.
root.addEventListener('click', (e) => {
  const target = e.target as Element;
  const link = target.closest<HTMLElement>('a.open');
  const heatRow = target.closest('g.row');
  const file = link?.dataset.file ?? (heatRow && model ? model.report.rows[Number(heatRow.getAttribute('data-row'))]?.file : undefined);
  if (!file) return;
  e.preventDefault();
  vscode.postMessage({ type: 'open', file });
});

window.addEventListener('message', (event: MessageEvent<OverviewHostMessage>) => {
  const m = event.data;
  if (m?.type !== 'model') return;
  try {
    model = m.model;
    draw();
    // How many rows say they are being checked, as drawn: the host logs it with the first paint's time.
    const pendingRows = Array.from(root.querySelectorAll('tbody tr.pending')).filter((tr) => tr.querySelector('td.pending')?.textContent === rt(m.model.locale, 'checking')).length;
    requestAnimationFrame(() => vscode.postMessage({ type: 'rendered', seq: m.seq, pendingRows }));
  } catch (e) {
    vscode.postMessage({ type: 'error', message: String((e as Error)?.stack ?? e) });
  }
});
vscode.postMessage({ type: 'ready' });
