import { ReviewIndex } from '../../core/history/reviewIndex';
import { deadlineFrom, lintDocument } from '../../core/lint/lint';
import type { Finding } from '../../core/lint/types';
import { reviewLocale, type Locale } from '../../core/i18n';
import { parse, parseLazily } from '../../core/parse/parse';
import { summarizeReview } from '../../core/report/summary';
import { TemplateRegistry } from '../../core/templates/template';
import type { Settings } from '../../core/workspace/settings';
import { historyGroupOf, IO_ERROR, type JobResult, type LintJob, type ReportFinding } from './types';

/** Converts a core finding (0-based positions) to the printed shape (1-based); quick fixes stay behind. */
export function toReportFinding(f: Finding): ReportFinding {
  return {
    ruleId: f.ruleId,
    severity: f.severity,
    message: f.message,
    line: f.range.start.line + 1,
    column: f.range.start.character + 1,
    endLine: f.range.end.line + 1,
    endColumn: f.range.end.character + 1,
    ...(f.data ? { data: f.data } : {}),
  };
}

/** A finding about the whole file (reading or config problems), placed at its start. */
export function fileFinding(ruleId: string, severity: ReportFinding['severity'], message: string): ReportFinding {
  return { ruleId, severity, message, line: 1, column: 1, endLine: 1, endColumn: 1 };
}

/** Lints read files against their settings; the same code runs in the main thread and in each worker. */
export class JobLinter {
  private readonly registries = new Map<number, TemplateRegistry>();

  /**
   * `flagLocale`: the `--locale` flag; without it, the config's `locale`, else each review's own language.
   * `summarize`: also summarise each review for `mdreview report`, from the same parse and findings.
   * `keepFixes`: findings keep their quick fixes (the unified plugin turns them into `expected` replacements).
   */
  constructor(
    private readonly settings: readonly Settings[],
    private readonly flagLocale: Locale | undefined,
    private readonly summarize = false,
    private readonly keepFixes = false,
  ) {}

  private templatesOf(settings: Settings): TemplateRegistry {
    let templates = this.registries.get(settings.id);
    if (!templates) {
      templates = new TemplateRegistry(settings.templates);
      this.registries.set(settings.id, templates);
    }
    return templates;
  }

  /**
   * Lints a chunk of files. Each review gets as history the earlier reviews of the same person found in the
   * chunk (chunks keep a person's reviews together), so follow-up rules work from the command line too.
   * One person at a time: only that person's parsed reviews are held, which keeps the heap (and the
   * garbage collector's work) small on large runs. History-only jobs are parsed but give no result.
   */
  lintChunk(jobs: readonly LintJob[]): JobResult[] {
    const byPerson = new Map<string, LintJob[]>();
    for (const job of jobs) {
      const key = historyGroupOf(job) ?? `\u0000${job.index}`;
      const group = byPerson.get(key);
      if (group) group.push(job);
      else byPerson.set(key, [job]);
    }
    const order = new Map(jobs.map((job, i) => [job.index, i]));
    return [...byPerson.values()].flatMap((group) => this.lintPerson(group)).sort((a, b) => order.get(a.index)! - order.get(b.index)!);
  }

  private lintPerson(jobs: readonly LintJob[]): JobResult[] {
    const reviews = new ReviewIndex();
    /** Milliseconds each review's parse took: part of its time budget. */
    const parseMs: number[] = [];
    const docs = jobs.map((job, i) => {
      const { config } = this.settings[job.settingsId];
      // A review read only as history has its body parsed only if a rule reads it (the previous review's).
      const read = job.historyOnly || job.summaryOnly ? parseLazily : parse;
      const start = performance.now();
      const doc = read(job.text, { templates: this.templatesOf(this.settings[job.settingsId]), defaultTemplate: config.defaultTemplate });
      parseMs[i] = performance.now() - start;
      reviews.set(String(job.index), doc);
      return doc;
    });
    return jobs.flatMap((job, i) => {
      if (job.historyOnly) return [];
      const { config } = this.settings[job.settingsId];
      if (job.summaryOnly) return { index: job.index, findings: [], summary: summarizeReview('', docs[i], [], { config }) };
      const locale = reviewLocale(this.flagLocale, config.locale, docs[i].language);
      const { employee, cycle } = docs[i].meta;
      const history = employee && cycle ? reviews.earlier(employee, cycle).map((e) => e.review) : [];
      const found = lintDocument(docs[i], { config, locale, history, deadline: deadlineFrom(() => performance.now(), parseMs[i]) });
      const findings = found.map((f) => (this.keepFixes && f.fixes ? { ...toReportFinding(f), fixes: f.fixes } : toReportFinding(f)));
      return {
        index: job.index,
        findings: job.warning ? [fileFinding(IO_ERROR, 'warning', job.warning[locale]), ...findings] : findings,
        // The file name is the main thread's to give: it knows how the user named the file.
        ...(this.summarize ? { summary: summarizeReview('', docs[i], found, { config }) } : {}),
      };
    });
  }
}
