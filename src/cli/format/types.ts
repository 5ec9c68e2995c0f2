import type { Locale } from '../../core/i18n';
import type { FileReport } from '../lint/types';

export interface FormatOptions {
  locale: Locale;
  color: boolean;
  cwd: string;
  /** The installed package's folder: rule docs live at docs/rules/<id>.md under it. */
  packageRoot: string;
  version: string;
  /** How many files were linted, for the summary line. */
  fileCount: number;
  /** `--fix` (`write`) or `--fix-dry-run`: the reports say what was fixed (`FileReport.fix`). */
  fix?: 'write' | 'dry-run';
}

/** Turns the reports of a run into the text printed on stdout. */
export type Formatter = (reports: FileReport[], options: FormatOptions) => string;
