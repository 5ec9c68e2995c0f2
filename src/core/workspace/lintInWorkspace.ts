// One editor lint of one document against its workspace: the config and templates that apply, the person's
// earlier reviews, the rules. The answer is plain data (no parse tree), so it can come back from a worker thread:
// the desktop extension runs this off the extension host's main thread, the web extension inline.
import { reviewLocale, type Locale } from '../i18n';
import { deadlineFrom, lintDocument } from '../lint/lint';
import type { Finding, SeveritySetting } from '../lint/types';
import { parse, type ParsedReview } from '../parse/parse';
import { summarizeReview, type ReviewSummary } from '../report/summary';
import type { SettingsProblem } from './settings';
import type { Workspace } from './workspace';

export interface EditorLintRequest {
  /** The model path of the document. */
  path: string;
  text: string;
  /** The `mdreview.rules` setting. */
  severities: Record<string, SeveritySetting>;
  /** The `mdreview.defaultTemplate` setting; empty: the config's. */
  defaultTemplate: string;
  /** The `mdreview.locale` setting; `auto`: the config's locale, else the review's own language. */
  locale: 'auto' | Locale;
}

export interface EditorLintReply {
  findings: Finding[];
  /** The review's summary (status, counts, KPIs) for the status bar and the Team Overview; its `file` is empty. */
  summary: ReviewSummary;
  /** The first line after the frontmatter: where whole-file directives go, and below which line directives work. */
  bodyStartLine: number;
  locale: Locale;
  /** Parse and rules, without reading config, templates and earlier reviews. */
  engineMs: number;
  /** Broken config and template files seen so far. */
  problems: SettingsProblem[];
}

/** The first line after the frontmatter (0 without one). */
export function bodyStartLine(doc: ParsedReview): number {
  return doc.frontmatter && !doc.frontmatter.unterminated ? doc.frontmatter.range.end.line + 1 : 0;
}

/** `clock`: milliseconds for `engineMs` (core has no `performance`; callers pass `performance.now`). */
export async function lintInWorkspace(workspace: Workspace, request: EditorLintRequest, clock: () => number): Promise<EditorLintReply> {
  // The request's text is the file's: the workspace scan sniffs it rather than asking for it again.
  workspace.remember(request.path, request.text);
  const settings = await workspace.settings.forFile(request.path);
  const { config } = settings;
  const parseStart = clock();
  const doc = parse(request.text, {
    templates: workspace.settings.templatesOf(settings),
    defaultTemplate: request.defaultTemplate || config.defaultTemplate,
    chunkTrees: workspace.chunkTrees(request.path),
  });
  const parseMs = clock() - parseStart;
  const history = (await workspace.historyOf(request.path, doc)).earlier.map((e) => e.review);
  const locale = reviewLocale(request.locale, config.locale, doc.language);
  const rulesStart = clock();
  const findings = lintDocument(doc, { config, severities: request.severities, locale, history, deadline: deadlineFrom(clock, parseMs) });
  const engineMs = parseMs + clock() - rulesStart;
  return {
    findings,
    summary: summarizeReview('', doc, findings, { config, severities: request.severities }),
    bodyStartLine: bodyStartLine(doc),
    locale,
    engineMs,
    problems: workspace.settings.problems,
  };
}
