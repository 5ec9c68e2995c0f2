// The comparison view's page: lays out the comparison the host posts (already worded in the review's
// language): KPI table with direction-aware deltas, goals, action items, and each changed section's
// word changes in a <details>. No Node, no network; all text goes in through textContent.
import { languageTag } from '../../core/i18n';
import type { ComparisonHostMessage, ComparisonPageMessage, RenderedComparison } from '../../core/history/comparisonProtocol';
import type { ComparisonView, ItemRow, KpiRow, SectionRow } from '../../core/history/comparisonView';
import type { ShownChange } from '../../core/history/formatDiff';
import { el } from '../dom';
import './compare.css';

interface VsCodeApi {
  postMessage(message: ComparisonPageMessage): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const root = document.getElementById('root') as HTMLElement;

/** A figure's change: `from → to` and the delta, coloured by its trend (better / worse in the KPI's direction). */
function cell(change: ShownChange | undefined): HTMLElement {
  if (!change) return el('td', { class: 'num', text: '—' });
  const figures = change.from === undefined ? change.to : `${change.from} → ${change.to}`;
  return el('td', { class: 'num' }, [
    el('span', { text: figures }),
    change.delta !== undefined && el('span', { class: `delta ${change.trend ?? 'neutral'}`, text: change.delta }),
  ]);
}

function kpiTable(view: ComparisonView): HTMLElement {
  const { labels } = view;
  const head = el('tr', {}, [labels.kpi, labels.actual, labels.target, labels.attainment].map((l) => el('th', { attrs: { scope: 'col' }, text: l })));
  const row = (k: KpiRow) =>
    el('tr', { class: `kpi ${k.status}` }, [
      el('th', { attrs: { scope: 'row' } }, [
        k.statusLabel && el('span', { class: `tag ${k.status}`, text: k.statusLabel }),
        k.name,
        k.better === 'lower' && el('small', { class: 'direction', text: labels.lowerIsBetter }),
        k.renamed && el('small', { class: 'renamed', text: k.renamed }),
      ]),
      cell(k.actual),
      cell(k.target),
      cell(k.attainment),
    ]);
  return el('table', { class: 'kpis' }, [el('thead', {}, [head]), el('tbody', {}, view.kpis.map(row))]);
}

function items(rows: ItemRow[], kind: 'goals' | 'actions'): HTMLElement {
  return el(
    'ul',
    { class: `items ${kind}` },
    rows.map((r) =>
      el('li', { class: r.status }, [
        el('span', { class: `tag ${r.status}`, text: r.label }),
        el('span', { class: 'text', text: r.text }),
        r.detail && el('small', { class: 'detail', text: r.detail }),
        r.was && el('small', { class: 'was', text: r.was }),
      ]),
    ),
  );
}

function section(s: SectionRow, view: ComparisonView, open: boolean): HTMLElement {
  const summary = el('summary', {}, [el('span', { class: `tag ${s.status}`, text: s.label })]);
  if (!s.words.length) return el('div', { class: 'section plain' }, [summary.firstChild!]);
  const words = el(
    'p',
    { class: 'words', attrs: { 'aria-label': view.labels.showWords } },
    s.words.map((w) => (w.kind === 'same' ? w.text : el(w.kind === 'added' ? 'ins' : 'del', { attrs: { title: view.labels[w.kind === 'added' ? 'addedWords' : 'removedWords'] }, text: w.text }))),
  );
  const details = el('details', { class: `section ${s.status}` }, [summary, words]);
  details.open = open;
  return details;
}

function block(title: string, content: HTMLElement, extra?: string): HTMLElement {
  return el('section', {}, [el('h2', { text: title }), content, extra !== undefined && el('p', { class: 'muted', text: extra })]);
}

function draw(view: ComparisonView): RenderedComparison {
  document.documentElement.lang = languageTag(view.locale);
  const { labels } = view;
  const parts: HTMLElement[] = [
    el('header', {}, [
      el('h1', { text: view.title }),
      el('button', { class: 'open-text', text: labels.openAsText }),
    ]),
    ...view.notes.map((n) => el('p', { class: 'note', text: n })),
  ];
  const heading = parts.length;
  if (view.kpis.length || view.unchangedKpis) parts.push(block(labels.kpis, view.kpis.length ? kpiTable(view) : el('div'), view.unchangedKpis));
  if (view.goals.length) parts.push(block(labels.goals, items(view.goals, 'goals')));
  if (view.actions.length) parts.push(block(labels.actions, items(view.actions, 'actions')));
  // The first section with word changes starts open, so the view shows at once what "changed" means.
  const firstWithWords = view.sections.findIndex((s) => s.words.length > 0);
  if (view.sections.length || view.unchangedSections) parts.push(block(labels.sections, el('div', { class: 'sections' }, view.sections.map((s, i) => section(s, view, i === firstWithWords))), view.unchangedSections));
  if (parts.length === heading) parts.push(el('p', { text: labels.none }));
  root.replaceChildren(...parts);
  return {
    kpiRows: root.querySelectorAll('table.kpis tbody tr').length,
    goalRows: root.querySelectorAll('ul.goals li').length,
    actionRows: root.querySelectorAll('ul.actions li').length,
    sections: view.sections.length,
    expanded: root.querySelectorAll('details[open]').length,
    text: root.innerText,
  };
}

root.addEventListener('click', (e) => {
  if ((e.target as Element).closest('button.open-text')) vscode.postMessage({ type: 'openText' });
});

window.addEventListener('message', (event: MessageEvent<ComparisonHostMessage>) => {
  const m = event.data;
  if (m?.type !== 'model') return;
  try {
    const rendered = draw(m.view);
    requestAnimationFrame(() => vscode.postMessage({ type: 'rendered', seq: m.seq, rendered }));
  } catch (e) {
    vscode.postMessage({ type: 'error', message: String((e as Error)?.stack ?? e) });
  }
});
vscode.postMessage({ type: 'ready' });
