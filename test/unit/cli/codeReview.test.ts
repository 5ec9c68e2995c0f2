import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { DRAFT_ZH, NO_REVIEWER_EN, runCli, workspace } from './helpers';

/** The official OASIS schema, vendored unchanged (see test/schemas/README.md). */
const SARIF_SCHEMA = JSON.parse(readFileSync(join(__dirname, '../../../test/schemas/sarif-schema-2.1.0.json'), 'utf8'));

function validateSarif(log: unknown): string {
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  const validate = ajv.compile(SARIF_SCHEMA);
  return validate(log) ? '' : ajv.errorsText(validate.errors, { separator: '\n' });
}

/** The Chinese draft with three lines added above its findings. */
const SHIFTED_ZH = DRAFT_ZH.replace('# 张伟 · 绩效面谈\n', '# 张伟 · 绩效面谈\n\n本次面谈在线上进行。\n\n');

function sarifOf(files: Record<string, string>) {
  const r = runCli(['lint', '--format', 'sarif'], workspace(files));
  return JSON.parse(r.stdout);
}

describe('mdreview lint --format sarif against the SARIF 2.1.0 schema', () => {
  it('validates, with and without findings, for Chinese and English reviews and odd file names', () => {
    const withFindings = sarifOf({ 'alex.md': NO_REVIEWER_EN, 'reviews/张 伟#1.md': DRAFT_ZH });
    assert.ok(withFindings.runs[0].results.length > 2);
    assert.equal(validateSarif(withFindings), '');
    assert.equal(validateSarif(sarifOf({})), '');
  });

  it('the schema check can fail: a result without a message is refused', () => {
    const log = sarifOf({ 'alex.md': NO_REVIEWER_EN });
    delete log.runs[0].results[0].message;
    assert.match(validateSarif(log), /message/);
  });

  it('every rule carries its documentation: a help URI and the doc page as help markdown', () => {
    const rules = sarifOf({}).runs[0].tool.driver.rules as { id: string; helpUri?: string; help?: { markdown?: string } }[];
    for (const rule of rules.filter((r) => r.helpUri)) {
      assert.match(rule.helpUri!, new RegExp(`/docs/rules/${rule.id}\\.md$`));
      assert.ok((rule.help?.markdown ?? '').includes(rule.id), rule.id);
    }
    assert.ok(rules.filter((r) => r.helpUri).length >= 14);
  });

  it('partialFingerprints survive lines moving and tell identical findings apart', () => {
    const before = sarifOf({ 'zh.md': DRAFT_ZH }).runs[0].results;
    const after = sarifOf({ 'zh.md': SHIFTED_ZH }).runs[0].results;
    const print = (r: { partialFingerprints: Record<string, string> }) => r.partialFingerprints['mdreviewFinding/v1'];
    const owner = (rs: typeof before) => rs.find((r: { ruleId: string }) => r.ruleId === 'action-owner');
    assert.equal(owner(after).locations[0].physicalLocation.region.startLine, owner(before).locations[0].physicalLocation.region.startLine + 3);
    assert.equal(print(owner(after)), print(owner(before)));
    const all = before.map(print);
    assert.equal(new Set(all).size, all.length);
  });
});

describe('mdreview lint --format codequality (GitLab Code Quality)', () => {
  it('one issue per finding with GitLab severities, repository paths and unique fingerprints', () => {
    const dir = workspace({ 'alex.md': NO_REVIEWER_EN, 'reviews/zh.md': DRAFT_ZH });
    const json = JSON.parse(runCli(['lint', '--format', 'json'], dir).stdout) as { file: string; findings: { ruleId: string; severity: string; line: number }[] }[];
    const r = runCli(['lint', '--format', 'codequality'], dir);
    assert.equal(r.status, 1);
    const issues = JSON.parse(r.stdout) as { check_name: string; description: string; severity: string; fingerprint: string; location: { path: string; lines: { begin: number } } }[];
    const expected = json.flatMap((rep) => rep.findings.map((f) => ({ path: rep.file, rule: f.ruleId, line: f.line, severity: { error: 'major', warning: 'minor', info: 'info', hint: 'info' }[f.severity] })));
    assert.deepEqual(issues.map((i) => ({ path: i.location.path, rule: i.check_name, line: i.location.lines.begin, severity: i.severity })), expected);
    assert.ok(issues.some((i) => i.location.path === 'reviews/zh.md'));
    assert.equal(new Set(issues.map((i) => i.fingerprint)).size, issues.length);
    for (const i of issues) assert.match(i.fingerprint, /^[0-9a-f]{64}$/);
  });

  it('an empty run is an empty array (GitLab treats it as "no issues")', () => {
    assert.equal(runCli(['lint', '--format', 'codequality'], workspace({})).stdout.trim(), '[]');
  });
});

describe('ESLint-style --max-warnings and --quiet', () => {
  it('--max-warnings=-1 means no limit; --quiet hides warnings but they still count', () => {
    const dir = workspace({ 'zh.md': DRAFT_ZH });
    assert.equal(runCli(['lint', '--max-warnings=-1', 'zh.md'], dir).status, runCli(['lint', 'zh.md'], dir).status);
    const quiet = runCli(['lint', '--quiet', '--max-warnings', '0', '--format', 'json', 'zh.md'], dir);
    assert.equal(quiet.status, 1);
    assert.ok((JSON.parse(quiet.stdout) as { findings: { severity: string }[] }[])[0].findings.every((f) => f.severity === 'error'));
    assert.match(quiet.stderr, /more than --max-warnings 0/);
    assert.equal(runCli(['lint', '--max-warnings', '-2', 'zh.md'], dir).status, 2);
  });
});
