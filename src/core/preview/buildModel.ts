// Review text → the model the KPI preview page draws. Pure: the host passes text, lint count and history.
import type { Locale } from '../i18n';
import { parse, type ParseOptions, type ParsedReview } from '../parse/parse';
import { yamlIssueText } from '../parse/yamlErrors';
import { cycleSeries, type CycleKpis } from './history';
import { kpiView } from './kpiView';
import type { EmptyModel, EmptyReason, PreviewModel } from './protocol';
import { t } from './strings';
import { summarize } from './summary';

export interface PreviewInput {
  text: string;
  uri: string;
  fileName: string;
  locale: Locale;
  locked: boolean;
  /** Count of mdreview diagnostics for the document. */
  findings: number;
  /** Earlier cycles of the same person, newest first; undefined while they are still being looked up. */
  history?: readonly CycleKpis[];
  parseOptions?: ParseOptions;
}

// Frontmatter keys that make a Markdown file a review rather than any document with frontmatter.
const REVIEW_KEYS = ['employee', 'cycle', 'kpis', 'reviewer', 'template'];

const KPI_EXAMPLE = 'kpis:\n  - { name: 观看人数, unit: 人, target: 50000, actual: 42000 }\n  - { name: 退款率, unit: "%", target: 5%, actual: 4.2%, better: lower }';

export function emptyModel(input: Pick<PreviewInput, 'uri' | 'fileName' | 'locale' | 'locked'>, reason: EmptyReason, message: string, details: string[] = []): EmptyModel {
  return { kind: 'empty', uri: input.uri, fileName: input.fileName, locale: input.locale, locked: input.locked, reason, message, details };
}

// The empty state lists at most this many YAML errors, and says how many more there are.
const MAX_YAML_DETAILS = 10;

function yamlDetails(doc: ParsedReview, locale: Locale): string[] {
  const fm = doc.frontmatter;
  if (!fm) return [];
  if (fm.unterminated) return [t(locale, 'unterminated')];
  const shown = fm.syntaxErrors.slice(0, MAX_YAML_DETAILS).map((e) => t(locale, 'yamlErrorAt', { line: e.range.start.line + 1, message: yamlIssueText(e)[locale] }));
  const more = fm.syntaxErrorCount - shown.length;
  return more > 0 ? [...shown, t(locale, 'moreYamlErrors', { n: more, total: fm.syntaxErrorCount })] : shown;
}

/** Never throws: any text gives either a review model or an empty state that says why. */
export function buildPreviewModel(input: PreviewInput): PreviewModel {
  const { locale, fileName } = input;
  const doc = parse(input.text, input.parseOptions);
  const fm = doc.frontmatter;
  const data = fm?.data;
  if (!fm) return emptyModel(input, 'not-review', t(locale, 'notReview', { file: fileName }));
  if (!data) {
    const broken = fm.unterminated || fm.syntaxErrors.length > 0;
    return broken
      ? emptyModel(input, 'yaml-error', t(locale, 'yamlError', { file: fileName }), yamlDetails(doc, locale))
      : emptyModel(input, 'not-review', t(locale, 'notReview', { file: fileName }));
  }
  if (!REVIEW_KEYS.some((k) => k in data)) return emptyModel(input, 'not-review', t(locale, 'notReview', { file: fileName }));
  if (!Array.isArray(data.kpis) || doc.kpis.length === 0) {
    const details = [KPI_EXAMPLE, ...(data.kpis !== undefined && !Array.isArray(data.kpis) ? [t(locale, 'kpisNotList')] : []), ...yamlDetails(doc, locale)];
    return emptyModel(input, 'no-kpis', t(locale, 'noKpis', { file: fileName }), details);
  }
  const numberLocale = doc.language;
  const kpis = doc.kpis.map((k) => kpiView(k, locale, numberLocale));
  const notices = [...yamlDetails(doc, locale), ...kpis.flatMap((k) => k.problems.map((problem) => t(locale, 'kpiProblem', { name: k.name, problem })))];
  const title = [doc.meta.employee, doc.meta.cycle].filter(Boolean).join(' · ') || fileName;
  return {
    kind: 'review',
    numberLocale,
    uri: input.uri,
    fileName,
    locale,
    locked: input.locked,
    title,
    cycle: doc.meta.cycle ?? '',
    kpis,
    summary: summarize(kpis, input.findings, locale),
    notices,
    history: cycleSeries(doc.kpis, doc.meta.cycle, input.history ?? [], locale, numberLocale),
    historyPending: input.history === undefined,
  };
}
