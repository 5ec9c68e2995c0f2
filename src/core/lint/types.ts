import type { Locale, Text } from '../i18n';
import type { Range } from '../model';
import type { ParsedReview } from '../parse/parse';
import type { AnalysisDepth } from '../parse/sizeBudget';

export type Severity = 'error' | 'warning' | 'info' | 'hint';
export type SeveritySetting = Severity | 'off';

export interface TextEdit {
  range: Range;
  newText: string;
}

/** A value only the user knows (a name): `slot` in the fix's edits stands for what they type at `prompt`. */
export interface FixInput<T = string> {
  prompt: T;
  slot: string;
}

/** An edit that resolves a finding, offered as a quick fix. `mechanical` fixes are safe to apply in bulk. */
export interface Fix {
  title: string;
  edits: TextEdit[];
  mechanical: boolean;
  /** Set when the edits wait for a typed value; such a fix is never mechanical. */
  input?: FixInput;
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  range: Range;
  data?: Record<string, unknown>;
  fixes?: Fix[];
}

export interface Report {
  range: Range;
  message: Text;
  data?: Record<string, unknown>;
  fixes?: { title: Text; edits: TextEdit[]; mechanical?: boolean; input?: FixInput<Text> }[];
  /** Lowers this finding to hint level (e.g. SMART letters that are only advisory). */
  hint?: boolean;
}

export interface RuleContext {
  doc: ParsedReview;
  locale: Locale;
  /** Earlier reviews of the same person, newest first (empty when unknown). */
  history: ParsedReview[];
  report(report: Report): void;
}

export interface Rule {
  id: string;
  defaultSeverity: SeveritySetting;
  description: Text;
  /**
   * What the rule reads beyond the frontmatter: `structure` (sections, lists) or `prose` (the language layer).
   * A review too large to be analysed that far skips the rule (one `analysis-limit` finding says so).
   */
  needs?: AnalysisDepth;
  check(context: RuleContext): void;
}
