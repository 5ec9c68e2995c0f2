import { readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Severity, SeveritySetting } from '../../core/lint/types';
import { RULES, ruleDocPath } from '../../core/rules/registry';
import { escapeControlsInJson } from '../../core/text/controls';
import { fingerprints } from './fingerprint';
import { RUNNER_RULES } from './runnerRules';
import type { Formatter } from './types';

const LEVELS: Record<SeveritySetting, string> = { error: 'error', warning: 'warning', info: 'note', hint: 'note', off: 'none' };

/** The rule's documentation page as `help`: code-scanning UIs show it, where a file:// helpUri cannot be opened. */
function help(packageRoot: string, ruleId: string, description: string) {
  try {
    return { text: description, markdown: readFileSync(join(packageRoot, ruleDocPath(ruleId)), 'utf8') };
  } catch {
    return { text: description };
  }
}

/** SARIF 2.1.0 for code-scanning tools: every rule with its doc, then one result per finding. */
export const sarif: Formatter = (reports, { cwd, packageRoot, version }) => {
  // The registered rules, then the ids of findings that come from the CLI or the runner (io-error, config-error,
  // rule-error, analysis-limit): every result's ruleId has its entry, with its doc page.
  const entry = (id: string, description: { en: string; zh: string }, severity: SeveritySetting) => ({
    id,
    name: id,
    shortDescription: { text: description.en },
    fullDescription: { text: `${description.en} / ${description.zh}` },
    helpUri: pathToFileURL(join(packageRoot, ruleDocPath(id))).href,
    help: help(packageRoot, id, `${description.en} / ${description.zh}`),
    defaultConfiguration: { level: LEVELS[severity], enabled: severity !== 'off' },
  });
  const rules = [...RULES.map((r) => entry(r.id, r.description, r.defaultSeverity)), ...RUNNER_RULES.map((r) => entry(r.id, r.description, r.severity))];
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const results = reports.flatMap((report) => {
    const prints = fingerprints(report);
    return report.findings.map((f, i) => ({
      ruleId: f.ruleId,
      ...(index.has(f.ruleId) ? { ruleIndex: index.get(f.ruleId) } : {}),
      level: LEVELS[f.severity as Severity],
      message: { text: f.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: isAbsolute(report.file) ? { uri: pathToFileURL(report.file).href } : { uri: encodeURI(report.file), uriBaseId: '%SRCROOT%' },
            region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn },
          },
        },
      ],
      partialFingerprints: { 'mdreviewFinding/v1': prints[i] },
      ...(f.data ? { properties: { data: f.data } } : {}),
    }));
  });
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'mdreview', version, semanticVersion: version, rules } },
        originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(cwd.endsWith('/') ? cwd : `${cwd}/`).href } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return `${escapeControlsInJson(JSON.stringify(log, null, 2))}\n`;
};
