import { lint } from '../../core/lint/lint';
import type { Finding, Locale } from '../../core/lint/types';
import { TemplateRegistry } from '../../core/templates/template';
import { IO_ERROR, type LintJob, type ReportFinding, type Settings } from './types';

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

  /** `locale`: the `--locale` flag or the environment's; a config's own `locale` wins over the environment. */
  constructor(
    private readonly settings: readonly Settings[],
    private readonly locale: { flag?: Locale; env: Locale },
  ) {}

  lint(job: LintJob): ReportFinding[] {
    const settings = this.settings[job.settingsId];
    let templates = this.registries.get(settings.id);
    if (!templates) {
      templates = new TemplateRegistry(settings.templates);
      this.registries.set(settings.id, templates);
    }
    const locale = this.locale.flag ?? settings.config.locale ?? this.locale.env;
    const findings = lint(job.text, { config: settings.config, templates, locale }).findings.map(toReportFinding);
    return job.warning ? [fileFinding(IO_ERROR, 'warning', job.warning[locale]), ...findings] : findings;
  }
}
