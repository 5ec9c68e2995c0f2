import { readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Severity, SeveritySetting } from '../../core/lint/types';
import { ANALYSIS_LIMIT } from '../../core/lint/lint';
import { RULES, ruleDocPath } from '../../core/rules/registry';
import { CONFIG_ERROR, IO_ERROR } from '../lint/types';
import { fingerprints } from './fingerprint';
import type { Formatter } from './types';

const LEVELS: Record<SeveritySetting, string> = { error: 'error', warning: 'warning', info: 'note', hint: 'note', off: 'none' };

/** Findings that come from the CLI or the runner, not from a registered rule. */
const RUNNER_RULES = [
  { id: IO_ERROR, description: 'The file could not be read or decoded (binary, too large, unreadable, invalid UTF-8).' },
  { id: CONFIG_ERROR, description: 'A configuration or workspace template file is invalid.' },
  { id: 'rule-error', description: 'A rule failed while checking the file.' },
  { id: ANALYSIS_LIMIT, description: 'Part of the file was not analysed (nested too deep, an over-long goal or action item, or the Markdown parser failed).' },
];

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
  const rules = [
    ...RULES.map((r) => ({
      id: r.id,
      name: r.id,
      shortDescription: { text: r.description.en },
      fullDescription: { text: `${r.description.en} / ${r.description.zh}` },
      helpUri: pathToFileURL(join(packageRoot, ruleDocPath(r.id))).href,
      help: help(packageRoot, r.id, r.description.en),
      defaultConfiguration: { level: LEVELS[r.defaultSeverity], enabled: r.defaultSeverity !== 'off' },
    })),
    ...RUNNER_RULES.map((r) => ({ id: r.id, shortDescription: { text: r.description }, defaultConfiguration: { level: 'error' } })),
  ];
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
  return `${JSON.stringify(log, null, 2)}\n`;
};
