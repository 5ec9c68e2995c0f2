// What the cycle report needs from one review, taken from the parse and lint results the CLI and the
// editor already have. Plain data: it crosses from lint workers and is cached per file by the editor.
import { attainment, isMet } from '../kpi/attainment';
import { ruleSetting, type LintOptions } from '../lint/lint';
import type { Finding, Severity } from '../lint/types';
import { goalSmartRule } from '../rules/goal-smart';
import type { KpiDirection } from '../model';
import type { ParsedReview } from '../parse/parse';
import { normalizeCycleId } from '../cycles/cycle';
import { personKey } from '../history/reviewIndex';
import { reviewLocale, type Locale } from '../i18n';

export interface KpiResult {
  /** Matches the same KPI across people and cycles: its `id`, else its folded name. */
  key: string;
  name: string;
  unit?: string;
  better: KpiDirection;
  target?: number;
  actual?: number;
  /** Direction-aware ratio (1 = on target; for `better: lower`, target / actual). */
  attainment?: number;
  met?: boolean;
}

export type SeverityCounts = Record<Severity, number>;

export interface ReviewSummary {
  /** How the caller names the file (a path relative to the cwd, or a URI). */
  file: string;
  employee?: string;
  /** `personKey` of the employee: the same person whatever the spacing or case. */
  person?: string;
  reviewer?: string;
  /** Canonical cycle id (`2026年第三季度` → `2026-Q3`). */
  cycle?: string;
  /** As written in the frontmatter: draft / submitted / final or the team's own values. */
  status?: string;
  /** The language of the review's findings (the config's locale, else the review's own); absent when only sniffed. */
  locale?: Locale;
  findings: SeverityCounts;
  /** Findings per rule id (every severity). */
  rules: Record<string, number>;
  kpis: KpiResult[];
  goals: number;
  /** Goals without a goal-smart finding above hint level; undefined when goal-smart is off. */
  smartGoals?: number;
  openActions: number;
  /** Last cycle's goals and action items this review does not follow up (follow-up-missing findings). */
  followUpsMissing: number;
  /** Known only from the frontmatter sniff: findings, KPIs, goals and actions are not read yet (all zero here). */
  pending?: true;
}

/** What a finding must carry to be counted: the core's findings and the CLI's printed ones both do. */
export type CountedFinding = Pick<Finding, 'ruleId' | 'severity' | 'range'>;

function kpiKey(name: string, id: string | undefined): string {
  return id ? `id:${id.toLowerCase()}` : `name:${personKey(name)}`;
}

/**
 * A review known only by the person, cycle and status its frontmatter names (the workspace's sniff), not parsed:
 * enough to place it in a cycle and draw its row as pending, without its findings or KPIs.
 */
export function placedSummary(file: string, employee: string | undefined, cycle: string | undefined, status?: string): ReviewSummary {
  return {
    file,
    employee: employee?.trim() || undefined,
    person: employee?.trim() ? personKey(employee) : undefined,
    cycle: cycle ? normalizeCycleId(cycle) : undefined,
    status: status?.trim() || undefined,
    pending: true,
    findings: { error: 0, warning: 0, info: 0, hint: 0 },
    rules: {},
    kpis: [],
    goals: 0,
    openActions: 0,
    followUpsMissing: 0,
  };
}

/**
 * Summarises a parsed review and the findings linting it with `settings` gave. Whether goal-smart ran
 * decides if its silence means the goals are SMART or merely unchecked.
 */
export function summarizeReview(file: string, doc: ParsedReview, findings: readonly CountedFinding[], settings: Pick<LintOptions, 'config' | 'severities'>): ReviewSummary {
  const smartChecked = ruleSetting(goalSmartRule, settings) !== 'off';
  const counts: SeverityCounts = { error: 0, warning: 0, info: 0, hint: 0 };
  const rules: Record<string, number> = {};
  for (const f of findings) {
    counts[f.severity]++;
    rules[f.ruleId] = (rules[f.ruleId] ?? 0) + 1;
  }
  const unsmart = new Set(findings.filter((f) => f.ruleId === 'goal-smart' && f.severity !== 'hint').map((f) => `${f.range.start.line}:${f.range.start.character}`));
  const { employee, reviewer, cycle, status } = doc.meta;
  return {
    file,
    employee: employee?.trim() || undefined,
    person: employee?.trim() ? personKey(employee) : undefined,
    reviewer,
    cycle: cycle ? normalizeCycleId(cycle) : undefined,
    status: status?.trim() || undefined,
    locale: reviewLocale(undefined, settings.config?.locale, doc.language),
    findings: counts,
    rules,
    kpis: doc.kpis
      .filter((k) => k.wellFormed && k.name)
      .map((k) => {
        const target = k.target?.value;
        const actual = k.actual?.value;
        return {
          key: kpiKey(k.name, k.id),
          name: k.name,
          ...(k.unit ? { unit: k.unit } : {}),
          better: k.better,
          target,
          actual,
          attainment: attainment(target, actual, k.better),
          met: target === undefined || actual === undefined ? undefined : isMet(target, actual, k.better),
        };
      }),
    goals: doc.goals.length,
    smartGoals: smartChecked ? doc.goals.filter((g) => !unsmart.has(`${g.block.range.start.line}:${g.block.range.start.character}`)).length : undefined,
    openActions: doc.actions.filter((a) => !a.done).length,
    followUpsMissing: rules['follow-up-missing'] ?? 0,
  };
}

/** The language most of the summarised reviews speak, for a report about them; undefined when none was linted. */
export function reviewsLocale(summaries: readonly Pick<ReviewSummary, 'locale'>[]): Locale | undefined {
  const zh = summaries.filter((s) => s.locale === 'zh').length;
  const en = summaries.filter((s) => s.locale === 'en').length;
  return zh + en === 0 ? undefined : zh > en ? 'zh' : 'en';
}
