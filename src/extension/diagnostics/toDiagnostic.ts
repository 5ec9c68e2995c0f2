import * as vscode from 'vscode';
import type { Range } from '../../core/model';
import type { Finding, Severity } from '../../core/lint/types';
import type { Engine } from '../engine';
import { ruleHelpUri } from './ruleHelp';

const SEVERITY: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

export function toRange(r: Range): vscode.Range {
  return new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
}

/** A finding as VS Code shows it: source `mdreview`, code = rule id linking to the rule's page, rendered (see ruleHelp). */
export function toDiagnostic(finding: Finding, engine: Engine): vscode.Diagnostic {
  const d = new vscode.Diagnostic(toRange(finding.range), finding.message, SEVERITY[finding.severity]);
  d.source = 'mdreview';
  d.code = { value: finding.ruleId, target: ruleHelpUri(engine.ruleDocPath(finding.ruleId)) };
  return d;
}

/** Whether a diagnostic shown in the editor is the one produced for `finding`. */
export function isDiagnosticOf(d: vscode.Diagnostic, finding: Finding): boolean {
  const code = typeof d.code === 'object' ? d.code.value : d.code;
  return d.source === 'mdreview' && code === finding.ruleId && d.message === finding.message && d.range.isEqual(toRange(finding.range));
}
