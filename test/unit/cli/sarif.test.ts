// Issue 25, point 2: every SARIF result has its rule. The log of the examples, and of runs that give each id that is
// no rule (io-error, config-error, analysis-limit from the CLI; rule-error from the engine, since no shipped rule
// throws), validates against the SARIF 2.1.0 schema, and every result's ruleId resolves to a tool.driver.rules entry
// with its description in English and Chinese, a helpUri to its page under docs/rules/ and that page as help.
//
// The schema is the official OASIS one, vendored unchanged as test/schemas/sarif-schema-2.1.0.json (no installed
// package ships it): OASIS SARIF TC repository oasis-tcs/sarif-spec, file sarif-2.1/schema/sarif-schema-2.1.0.json
// (see test/schemas/README.md for the commit).
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { version } from '../../../package.json';
import { sarif } from '../../../src/cli/format/sarif';
import { RUNNER_RULES } from '../../../src/cli/format/runnerRules';
import { toReportFinding } from '../../../src/cli/lint/jobLinter';
import { text } from '../../../src/core/i18n';
import { lint } from '../../../src/core/lint/lint';
import type { Rule } from '../../../src/core/lint/types';
import { RULES } from '../../../src/core/rules/registry';
import { CLEAN_EN, runCli, workspace } from './helpers';

/** dist-test/unit/cli/ → the repository root. */
const ROOT = join(__dirname, '../../..');
const SCHEMA = JSON.parse(readFileSync(join(ROOT, 'test/schemas/sarif-schema-2.1.0.json'), 'utf8'));
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(SCHEMA);

interface SarifRule {
  id: string;
  shortDescription: { text: string };
  fullDescription?: { text: string };
  helpUri?: string;
  help?: { text: string; markdown?: string };
  defaultConfiguration?: { level: string };
}
interface SarifResult {
  ruleId: string;
  ruleIndex?: number;
  level: string;
}
interface SarifLog {
  runs: { tool: { driver: { rules: SarifRule[] } }; results: SarifResult[] }[];
}

/** Validates the log and checks that each result's rule is there, documented; returns the ruleIds seen. */
function checkLog(log: SarifLog): Set<string> {
  assert.ok(validate(log), ajv.errorsText(validate.errors, { separator: '\n' }));
  const { rules } = log.runs[0].tool.driver;
  const ids = new Set<string>();
  for (const result of log.runs[0].results) {
    ids.add(result.ruleId);
    assert.ok(result.ruleIndex !== undefined, `${result.ruleId}: a ruleIndex`);
    const rule = rules[result.ruleIndex];
    assert.equal(rule?.id, result.ruleId, 'ruleIndex points at the rule of the same id');
    assert.ok(rule.shortDescription.text.length > 0, rule.id);
    assert.match(rule.fullDescription?.text ?? '', /[\u4e00-\u9fff]/, `${rule.id}: the description in Chinese too`);
    assert.match(rule.helpUri ?? '', new RegExp(`^file://.*/docs/rules/${rule.id}\\.md$`), `${rule.id}: helpUri`);
    assert.ok(existsSync(fileURLToPath(rule.helpUri!)), `${rule.id}: its page exists`);
    assert.match(rule.help?.markdown ?? '', new RegExp(`^# ${rule.id}\\n`), `${rule.id}: the page as help`);
    assert.match(rule.help?.text ?? '', /[\u4e00-\u9fff]/, `${rule.id}: help text in Chinese too`);
  }
  return ids;
}

function sarifOf(args: string[], cwd: string): SarifLog {
  return JSON.parse(runCli(['lint', '--format', 'sarif', ...args], cwd).stdout);
}

/** Nesting deeper than the parser analyses: one analysis-limit finding. */
const DEEP = CLEAN_EN.replace('## 2. Data analysis\n', `## 2. Data analysis\n\n${'> '.repeat(40)}deep\n`);

describe('--format sarif: every result has its rule', () => {
  it('the examples: a valid log whose every ruleId resolves to a documented rule', () => {
    const log = sarifOf(['examples'], ROOT);
    assert.ok(log.runs[0].results.length > 10);
    checkLog(log);
  });

  it('io-error, config-error and analysis-limit from the CLI resolve to rule entries too', () => {
    const dir = workspace({
      '.mdreviewrc.json': '{ "rules": { "placeholder": "loud" } }',
      'scan.md': Buffer.from('PK\u0000\u0000 not a review'),
      'bad-utf8.md': Buffer.concat([Buffer.from(CLEAN_EN), Buffer.from([0xff, 0xfe, 0x0a])]),
      'deep.md': DEEP,
    });
    const log = sarifOf(['scan.md', 'bad-utf8.md', 'deep.md', 'missing.md'], dir);
    const ids = checkLog(log);
    for (const id of ['io-error', 'config-error', 'analysis-limit']) assert.ok(ids.has(id), `${id} in ${[...ids].join(', ')}`);
    const levels = new Map(log.runs[0].results.map((r) => [r.ruleId, r.level]));
    assert.equal(levels.get('config-error'), 'error');
    assert.equal(levels.get('analysis-limit'), 'note');
  });

  it('rule-error (a rule that throws) resolves to its rule entry', () => {
    const throwing: Rule = { id: 'throws', defaultSeverity: 'warning', description: text('Throws.', '抛出异常。'), check: () => { throw new Error('boom'); } };
    const { findings } = lint(CLEAN_EN, { rules: [...RULES, throwing] });
    assert.ok(findings.some((f) => f.ruleId === 'rule-error'));
    const out = sarif([{ file: 'alex.md', findings: findings.map(toReportFinding) }], { locale: 'en', color: false, cwd: ROOT, packageRoot: ROOT, version, fileCount: 1 });
    assert.ok(checkLog(JSON.parse(out)).has('rule-error'));
  });

  it('lists each of the four ids once, after the rules, with its default level', () => {
    const { rules } = sarifOf([], workspace({})).runs[0].tool.driver;
    assert.deepEqual(rules.map((r) => r.id), [...RULES.map((r) => r.id), ...RUNNER_RULES.map((r) => r.id)]);
    assert.deepEqual(RUNNER_RULES.map((r) => r.id), ['io-error', 'config-error', 'rule-error', 'analysis-limit']);
    assert.deepEqual(rules.slice(RULES.length).map((r) => r.defaultConfiguration?.level), ['error', 'error', 'error', 'note']);
  });
});
