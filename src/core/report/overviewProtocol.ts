// The message protocol between the Team Overview host (extension) and its page (webview). Both sides
// import these types, so a renamed field is a compile error on both.
import type { Locale } from '../i18n';
import type { CycleReport } from './cycleReport';

export const TEAM_OVERVIEW_VIEW_TYPE = 'mdreview.teamOverview';

export interface OverviewModel {
  locale: Locale;
  report: CycleReport;
}

/** Messages from the host to the page. */
export type OverviewHostMessage = { type: 'model'; seq: number; model: OverviewModel };

/** Messages from the page to the host. `file` is a row's `file` (workspace-relative path). */
export type OverviewPageMessage =
  | { type: 'ready' }
  | { type: 'open'; file: string }
  | { type: 'selectCycle'; cycle: string }
  | { type: 'export'; format: 'csv' | 'html' }
  /** `pendingRows`: table rows drawn as still being checked. */
  | { type: 'rendered'; seq: number; pendingRows: number }
  | { type: 'error'; message: string };

/** Narrows an untrusted `postMessage` payload to a page message (the host must not trust the page blindly). */
export function isOverviewPageMessage(value: unknown): value is OverviewPageMessage {
  if (!value || typeof value !== 'object') return false;
  const m = value as Record<string, unknown>;
  switch (m.type) {
    case 'ready':
      return true;
    case 'open':
      return typeof m.file === 'string';
    case 'selectCycle':
      return typeof m.cycle === 'string';
    case 'export':
      return m.format === 'csv' || m.format === 'html';
    case 'rendered':
      return typeof m.seq === 'number' && typeof m.pendingRows === 'number';
    case 'error':
      return typeof m.message === 'string';
    default:
      return false;
  }
}
