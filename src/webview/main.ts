// The KPI preview page. It draws whatever model the host posts; it never reloads, so an update
// after a keystroke is one message and one frame.
import type { Chart } from 'chart.js';
import { languageTag } from '../core/i18n';
import { isPageState, type HostMessage, type PageMessage, type PageState, type PreviewModel } from '../core/preview/protocol';
import { chartsAsPng } from './exportPng';
import { renderEmpty, renderReview, type PageActions } from './render';
import { readTheme, watchTheme } from './theme';
import './preview.css';

interface VsCodeApi {
  postMessage(message: PageMessage): void;
  getState(): unknown;
  setState(state: PageState): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const scriptStart = performance.now();
const vscode = acquireVsCodeApi();
const root = document.getElementById('root') as HTMLElement;
let charts: Chart[] = [];
let current: PreviewModel | undefined;

const actions: PageActions = {
  reveal: (kpiIndex) => vscode.postMessage({ type: 'reveal', kpiIndex }),
  toggleLock: () => vscode.postMessage({ type: 'toggleLock' }),
  exportCsv: () => vscode.postMessage({ type: 'exportCsv' }),
  exportPng: () => {
    const dataUrl = chartsAsPng(charts.map((c) => c.canvas), readTheme().background);
    if (dataUrl) vscode.postMessage({ type: 'exportPng', dataUrl });
  },
};

function draw(model: PreviewModel): void {
  for (const c of charts) c.destroy();
  charts = [];
  document.documentElement.lang = languageTag(model.locale);
  if (model.kind === 'empty') renderEmpty(root, model, actions);
  else charts = renderReview(root, model, readTheme(), actions);
}

function show(model: PreviewModel, seq: number): void {
  const received = performance.now();
  current = model;
  vscode.setState({ uri: model.uri, locked: model.locked });
  try {
    draw(model);
  } catch (e) {
    // A page that throws would stay blank: say what happened instead.
    root.replaceChildren(Object.assign(document.createElement('p'), { className: 'error', textContent: String((e as Error).stack ?? e) }));
    vscode.postMessage({ type: 'error', message: String((e as Error).message ?? e) });
  }
  // Report once the frame with the charts has been painted.
  requestAnimationFrame(() =>
    vscode.postMessage({ type: 'rendered', seq, charts: charts.length, timing: { scriptStart, received, painted: performance.now() } }),
  );
}

window.addEventListener('message', (event: MessageEvent<HostMessage>) => {
  const message = event.data;
  if (message?.type === 'model') show(message.model, message.seq);
  else if (message?.type === 'export') actions.exportPng();
});

window.addEventListener('error', (event) => vscode.postMessage({ type: 'error', message: event.message }));

watchTheme(() => {
  if (current) draw(current);
});

const saved = vscode.getState();
vscode.postMessage({ type: 'ready', state: isPageState(saved) ? saved : undefined });
