// The one message protocol between the KPI preview host (extension) and its page (webview).
// Both sides import these types, so a renamed field is a compile error on both.
import type { KpiDirection, Range } from '../model';
import type { Locale } from '../i18n';
import type { KpiAggregate } from '../kpi/aggregate';

/** One KPI as the page draws it: numbers for the charts, formatted text for labels and the table. */
export interface KpiView {
  index: number;
  name: string;
  unit?: string;
  better: KpiDirection;
  target?: number;
  actual?: number;
  targetText: string;
  actualText: string;
  /** Direction-aware ratio (1 = on target); undefined when it cannot be computed. */
  attainment?: number;
  attainmentText: string;
  /** actual / target × 100 as drawn on the bar chart (not inverted for `better: lower`). */
  percentOfTarget?: number;
  met?: boolean;
  /** actual − target in the KPI's unit; positive means over target. */
  gap?: number;
  gapText: string;
  /** Where the KPI is written in the frontmatter, to reveal it on click. */
  range: Range;
  sessions: SessionPoint[];
  /** How sessions make up the cycle's value, and so the target each session is drawn against. */
  aggregate: KpiAggregate;
  /** Target of one session: target / sessions for a sum (viewers, GMV), the target itself for a mean (a rate). */
  sessionTarget?: number;
  /** Says how `sessionTarget` follows from the target, when it is a share of it. */
  sessionNote?: string;
  /** Why this KPI cannot be charted fully (missing or unparsable target / actual / sessions). */
  problems: string[];
}

export interface SessionPoint {
  label: string;
  value?: number;
  text: string;
}

/** The same KPI across cycles (earlier ones from the history provider, then this one). */
export interface CycleSeries {
  kpiIndex: number;
  name: string;
  unit?: string;
  points: { cycle: string; actual?: number; target?: number; actualText: string; targetText: string }[];
}

export interface Summary {
  total: number;
  met: number;
  missed: number;
  /** KPIs whose target or actual is missing or unreadable. */
  incomplete: number;
  /** The KPI furthest from its target (lowest attainment below 100%). */
  biggestGap?: { kpiIndex: number; name: string; text: string };
  /** mdreview lint findings currently reported for the document. */
  findings: number;
}

/** Why the panel has nothing to chart. */
export type EmptyReason = 'no-document' | 'not-review' | 'yaml-error' | 'no-kpis';

interface ModelBase {
  locale: Locale;
  /** The document the model is for (a URI string), kept in the page state to restore after reload. */
  uri: string;
  fileName: string;
  locked: boolean;
}

export interface ReviewModel extends ModelBase {
  kind: 'review';
  /** The review's language: numbers follow it (12万 in a Chinese review whatever the UI language). */
  numberLocale: Locale;
  title: string;
  kpis: KpiView[];
  summary: Summary;
  /** Document-level problems (e.g. YAML errors next to readable KPIs). */
  notices: string[];
  /** Empty until a history provider returns earlier cycles: the page then says so instead of faking one. */
  history: CycleSeries[];
  /** True while the history provider is still looking: the page says so rather than "no history". */
  historyPending: boolean;
  cycle: string;
}

export interface EmptyModel extends ModelBase {
  kind: 'empty';
  reason: EmptyReason;
  message: string;
  details: string[];
}

export type PreviewModel = ReviewModel | EmptyModel;

/** Messages from the host to the page. */
export type HostMessage =
  | { type: 'model'; seq: number; model: PreviewModel }
  | { type: 'export'; format: 'png' };

/** Messages from the page to the host. */
export type PageMessage =
  | { type: 'ready'; state?: PageState }
  | { type: 'reveal'; kpiIndex: number }
  | { type: 'rendered'; seq: number; charts: number; timing: PageTiming }
  | { type: 'toggleLock' }
  | { type: 'exportPng'; dataUrl: string }
  | { type: 'exportCsv' }
  | { type: 'error'; message: string };

/** The page's clock (ms since its document began loading) at the steps of showing a model. */
export interface PageTiming {
  /** When the bundle started running: the cost of loading webview.js and webview.css. */
  scriptStart: number;
  /** When this model arrived. */
  received: number;
  /** When the frame with the charts was painted. */
  painted: number;
}

/** What the page keeps with `setState`, handed back to the panel serializer after a window reload. */
export interface PageState {
  uri: string;
  locked: boolean;
}

/** The view type of the panel; also the serializer's key and the activation event's suffix. */
export const KPI_PREVIEW_VIEW_TYPE = 'mdreview.kpiPreview';

const PAGE_TYPES: ReadonlySet<string> = new Set(['ready', 'reveal', 'rendered', 'toggleLock', 'exportPng', 'exportCsv', 'error']);

/** Narrows an untrusted `postMessage` payload to a page message (the host must not trust the page blindly). */
export function isPageMessage(value: unknown): value is PageMessage {
  return !!value && typeof value === 'object' && PAGE_TYPES.has(String((value as { type?: unknown }).type));
}

/** Narrows a restored `getState()` value. */
export function isPageState(value: unknown): value is PageState {
  const v = value as Partial<PageState> | undefined;
  return !!v && typeof v === 'object' && typeof v.uri === 'string' && typeof v.locked === 'boolean';
}
