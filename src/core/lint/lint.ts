import type { Config } from '../config/config';
import { parse, type ParseOptions, type ParsedReview } from '../parse/parse';
import { RULES } from '../rules/registry';
import { disabledSpans, isDisabled } from './directives';
import type { Finding, Fix, Report, Rule, Severity, SeveritySetting } from './types';
import { messages, reviewLocale, type Locale } from '../i18n';
import { BODY_BUDGET_BYTES, covers, PROSE_BUDGET_BYTES } from '../parse/sizeBudget';

const t = messages({
  ruleFailed: { en: 'Rule {rule} failed: {error}', zh: '规则 {rule} 运行出错：{error}' },
  proseSkipped: {
    en: 'This review is larger than {kb} KB: the language checks ({rules}) were not run; structure, frontmatter, KPI data and placeholders were checked',
    zh: '此评审大于 {kb} KB：未运行语言检查（{rules}）；已检查结构、frontmatter、KPI 数据和占位符',
  },
  bodySkipped: {
    en: 'This review is larger than {mb} MB: only its frontmatter was checked; its Markdown body was not analysed',
    zh: '此评审大于 {mb} MB：只检查了 frontmatter，未解析 Markdown 正文',
  },
  timeSkipped: {
    en: 'This review took more than {seconds} s to analyse: {rules} were not run',
    zh: '此评审的分析超过 {seconds} 秒：未运行 {rules}',
  },
  bodyRulesSkipped: {
    en: 'This review is larger than {mb} MB: only its frontmatter was checked; its Markdown body was not analysed ({rules} were not checked)',
    zh: '此评审大于 {mb} MB：只检查了 frontmatter，未解析 Markdown 正文（未检查 {rules}）',
  },
});

export interface LintOptions extends ParseOptions {
  config?: Config;
  /** Severity overrides on top of the config (e.g. editor settings). */
  severities?: Record<string, SeveritySetting>;
  /** An explicit message language; without it, the config's locale, else the review's own language. */
  locale?: Locale;
  /** Earlier reviews of the same person, newest first. */
  history?: ParsedReview[];
  rules?: readonly Rule[];
  /**
   * The document's time budget (see `deadlineFrom`): once `clock()` passes `at`, rules that read beyond the
   * frontmatter are not started any more. Without it every rule runs, however long it takes.
   */
  deadline?: Deadline;
}

export interface Deadline {
  /** Milliseconds (core has no `performance`; callers pass `performance.now`, tests a fake). */
  clock: () => number;
  at: number;
}

/**
 * Parse and rules of one review may take this long (wall time) before the remaining slow rules are skipped. Any
 * review up to 100 KB lints in well under 400 ms of CPU; a cold worker's first review took up to 690 ms of wall time
 * at load 8, and a 1 s budget then cut 5 of 2,000 bench reviews short, so only a runaway gets here.
 */
export const TIME_BUDGET_MS = 5000;

/** Whether findings were cut short by the time budget (a result that must not be cached: a rerun may finish). */
export function ranOutOfTime(findings: readonly { ruleId: string; data?: Record<string, unknown> }[]): boolean {
  return findings.some((f) => f.ruleId === ANALYSIS_LIMIT && f.data?.timeBudgetMs !== undefined);
}

/** The deadline of a document whose analysis (its parse included) started `spentMs` ago. */
export function deadlineFrom(clock: () => number, spentMs = 0): Deadline {
  return { clock, at: clock() + TIME_BUDGET_MS - spentMs };
}

export interface LintResult {
  doc: ParsedReview;
  findings: Finding[];
}

/** A rule's fix in the findings' language. */
function localFix(fix: NonNullable<Report['fixes']>[number], locale: Locale): Fix {
  return { title: fix.title[locale], edits: fix.edits, mechanical: fix.mechanical ?? false, ...(fix.input ? { input: { prompt: fix.input.prompt[locale], slot: fix.input.slot } } : {}) };
}

function byPosition(a: Finding, b: Finding): number {
  return a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character || a.ruleId.localeCompare(b.ruleId);
}

/** A rule's severity under these options: editor settings over the config over the rule's default. */
export function ruleSetting(rule: Rule, options: Pick<LintOptions, 'config' | 'severities'>): SeveritySetting {
  return options.severities?.[rule.id] ?? options.config?.rules?.[rule.id] ?? rule.defaultSeverity;
}

/** The one finding that says a large review was analysed only in part, naming every rule that was skipped. */
function budgetFinding(doc: ParsedReview, skipped: readonly string[], locale: Locale): Finding | undefined {
  if (doc.depth === 'prose' || (doc.depth === 'structure' && !skipped.length)) return undefined;
  const rules = skipped.join(', ');
  const mb = BODY_BUDGET_BYTES / 1024 / 1024;
  const message =
    doc.depth === 'structure'
      ? t(locale, 'proseSkipped', { kb: PROSE_BUDGET_BYTES / 1024, rules })
      : t(locale, skipped.length ? 'bodyRulesSkipped' : 'bodySkipped', { mb, rules });
  return { ruleId: ANALYSIS_LIMIT, severity: 'info', message, range: doc.lines.range(0, 0), data: { depth: doc.depth, skipped } };
}

/** Runs every enabled rule over an already parsed review. A rule that throws becomes a finding of its own. */
export function lintDocument(doc: ParsedReview, options: LintOptions = {}): Finding[] {
  const locale = reviewLocale(options.locale, options.config?.locale, doc.language);
  const findings: Finding[] = [];
  const skipped: string[] = [];
  const late: string[] = [];
  const { deadline } = options;
  for (const rule of options.rules ?? RULES) {
    const setting = ruleSetting(rule, options);
    if (setting === 'off') continue;
    if (rule.needs && !covers(doc.depth, rule.needs)) {
      skipped.push(rule.id);
      continue;
    }
    if (rule.needs && deadline && deadline.clock() > deadline.at) {
      late.push(rule.id);
      continue;
    }
    try {
      rule.check({
        doc,
        locale,
        history: options.history ?? [],
        report(r) {
          // Advisory findings (e.g. the SMART letters A and R alone) drop to hint level.
          const severity: Severity = r.hint ? 'hint' : setting;
          findings.push({
            ruleId: rule.id,
            severity,
            message: r.message[locale],
            range: r.range,
            ...(r.data ? { data: r.data } : {}),
            ...(r.fixes?.length ? { fixes: r.fixes.map((f) => localFix(f, locale)) } : {}),
          });
        },
      });
    } catch (e) {
      findings.push({
        ruleId: 'rule-error',
        severity: 'error',
        message: t(locale, 'ruleFailed', { rule: rule.id, error: (e as Error).message }),
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        data: { rule: rule.id },
      });
    }
  }
  const budget = budgetFinding(doc, skipped, locale);
  if (budget) findings.push(budget);
  if (late.length) {
    const message = t(locale, 'timeSkipped', { seconds: TIME_BUDGET_MS / 1000, rules: late.join(', ') });
    findings.push({ ruleId: ANALYSIS_LIMIT, severity: 'info', message, range: doc.lines.range(0, 0), data: { timeBudgetMs: TIME_BUDGET_MS, skipped: late } });
  }
  for (const limit of doc.limits) {
    findings.push({ ruleId: ANALYSIS_LIMIT, severity: 'info', message: limit.message[locale], range: limit.range });
  }
  const firstContentLine = Math.min(doc.sections[0]?.headingRange.start.line ?? Infinity, doc.blocks[0]?.range.start.line ?? Infinity);
  const spans = disabledSpans(doc.comments, (offset) => doc.lines.position(offset).line, firstContentLine);
  // Editors and SARIF viewers misdraw a range that ends inside an emoji; no rule's range may do that.
  return findings
    .filter((f) => !isDisabled(f, spans))
    .map((f) => ({ ...f, range: doc.lines.wholeCharacters(f.range) }))
    .sort(byPosition);
}

/** The id of findings about parts of a document that were not analysed (too deep, too large, or the parser failed). */
export const ANALYSIS_LIMIT = 'analysis-limit';

/** Parses and lints review text. Never throws for any input string. */
export function lint(text: string, options: LintOptions = {}): LintResult {
  const doc = parse(text, { ...options, defaultTemplate: options.defaultTemplate ?? options.config?.defaultTemplate });
  return { doc, findings: lintDocument(doc, options) };
}
