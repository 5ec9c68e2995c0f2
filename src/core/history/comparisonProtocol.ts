// The message protocol between the comparison view's host (extension) and its page (webview). Both sides
// import these types, so a renamed field is a compile error on both.
import type { ComparisonView } from './comparisonView';

export const COMPARISON_VIEW_TYPE = 'mdreview.comparison';

/** Messages from the host to the page. */
export type ComparisonHostMessage = { type: 'model'; seq: number; view: ComparisonView };

/** What the page drew, for the host's test state: counts and the visible text. */
export interface RenderedComparison {
  kpiRows: number;
  goalRows: number;
  actionRows: number;
  sections: number;
  /** Sections whose word changes are expanded. */
  expanded: number;
  text: string;
}

/** Messages from the page to the host. */
export type ComparisonPageMessage =
  | { type: 'ready' }
  | { type: 'rendered'; seq: number; rendered: RenderedComparison }
  | { type: 'openText' }
  | { type: 'error'; message: string };

const COUNTS = ['kpiRows', 'goalRows', 'actionRows', 'sections', 'expanded'] as const;

function isRendered(value: unknown): value is RenderedComparison {
  if (!value || typeof value !== 'object') return false;
  const r = value as Record<string, unknown>;
  return COUNTS.every((k) => Number.isInteger(r[k])) && typeof r.text === 'string';
}

/** Narrows an untrusted `postMessage` payload to a page message (the host must not trust the page blindly). */
export function isComparisonPageMessage(value: unknown): value is ComparisonPageMessage {
  if (!value || typeof value !== 'object') return false;
  const m = value as Record<string, unknown>;
  switch (m.type) {
    case 'ready':
    case 'openText':
      return true;
    case 'rendered':
      return typeof m.seq === 'number' && isRendered(m.rendered);
    case 'error':
      return typeof m.message === 'string';
    default:
      return false;
  }
}
