import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { CLEAN_EN, DRAFT_ZH, NO_REVIEWER_EN, runCli, runJson, workspace } from './helpers';

const FINDING_KEYS = ['ruleId', 'severity', 'message', 'line', 'column', 'endLine', 'endColumn'];

describe('mdreview lint: exit codes', () => {
  it('exits 0 when no finding is at error level', () => {
    const dir = workspace({ 'alex.md': CLEAN_EN });
    const r = runJson([], dir);
    assert.equal(r.status, 0, r.stdout);
    assert.deepEqual(r.reports.map((x) => x.file), ['alex.md']);
    assert.ok(r.reports[0].findings.every((f) => f.severity !== 'error'));
  });

  it('exits 1 with an error-level finding', () => {
    const dir = workspace({ 'alex.md': NO_REVIEWER_EN });
    const r = runJson([], dir);
    assert.equal(r.status, 1);
    assert.ok(r.reports[0].findings.some((f) => f.ruleId === 'frontmatter' && f.severity === 'error'));
  });

  it('exits 2 on a usage error', () => {
    const dir = workspace({ 'alex.md': CLEAN_EN });
    assert.equal(runCli(['lint', '--format', 'xml'], dir).status, 2);
    assert.equal(runCli(['lint', '--no-such-flag'], dir).status, 2);
    assert.equal(runCli(['lint', '--locale', 'fr'], dir).status, 2);
    assert.equal(runCli(['frobnicate'], dir).status, 2);
  });

  it('exits 2 for a missing file but still lints the others', () => {
    const dir = workspace({ 'alex.md': NO_REVIEWER_EN });
    const r = runJson(['alex.md', 'gone.md'], dir);
    assert.equal(r.status, 2);
    assert.deepEqual(r.reports.map((x) => x.file), ['alex.md', 'gone.md']);
    assert.ok(r.reports[0].findings.some((f) => f.ruleId === 'frontmatter'));
    assert.equal(r.reports[1].findings[0].ruleId, 'io-error');
    assert.match(r.stderr, /gone\.md/);
  });

  it('--max-warnings and --quiet', () => {
    const dir = workspace({ 'zh.md': DRAFT_ZH });
    const all = runJson(['zh.md'], dir);
    assert.ok(all.reports[0].findings.some((f) => f.severity === 'warning'));
    assert.equal(runCli(['lint', '--max-warnings', '0', 'zh.md'], dir).status, 1);
    assert.equal(runCli(['lint', '--max-warnings', '1000', 'zh.md'], dir).status, all.status);
    const quiet = runJson(['--quiet', 'zh.md'], dir);
    assert.ok(quiet.reports[0].findings.every((f) => f.severity === 'error'));
  });

  it('--help, --version and the command list', () => {
    const dir = workspace({});
    const help = runCli(['lint', '--help'], dir);
    assert.equal(help.status, 0);
    assert.match(help.stdout, /--format/);
    const version = runCli(['--version'], dir);
    assert.equal(version.stdout.trim(), JSON.parse(readFileSync(join(__dirname, '../../../package.json'), 'utf8')).version);
    assert.match(runCli(['--help'], dir).stdout, /lint/);
  });
});

describe('mdreview lint: output formats', () => {
  it('json has exactly the documented shape, 1-based positions, data only when present', () => {
    const dir = workspace({ 'zh.md': DRAFT_ZH, 'alex.md': NO_REVIEWER_EN });
    const { reports } = runJson([], dir);
    assert.deepEqual(reports.map((r) => Object.keys(r)), [['file', 'findings'], ['file', 'findings']]);
    const findings = reports.flatMap((r) => r.findings);
    assert.ok(findings.length > 2);
    for (const f of findings) {
      const keys = Object.keys(f);
      assert.deepEqual(keys.slice(0, 7), FINDING_KEYS);
      assert.ok(keys.length === 7 || (keys.length === 8 && keys[7] === 'data' && typeof f.data === 'object'), keys.join());
      assert.ok((f.line as number) >= 1 && (f.column as number) >= 1);
      assert.ok((f.endLine as number) > (f.line as number) || ((f.endLine as number) === f.line && (f.endColumn as number) >= (f.column as number)));
    }
    const owner = reports.find((r) => r.file === 'zh.md')!.findings.find((f) => f.ruleId === 'action-owner')!;
    // `- [ ] 优化直播开场脚本` is line 11; the item text starts after the 6-character marker.
    assert.equal(owner.line, 11);
    assert.equal(owner.column, 7);
  });

  it('sarif is a 2.1.0 log with rules (doc links) and results', () => {
    const dir = workspace({ 'alex.md': NO_REVIEWER_EN });
    const r = runCli(['lint', '--format', 'sarif'], dir);
    const log = JSON.parse(r.stdout);
    assert.equal(log.version, '2.1.0');
    const run = log.runs[0];
    assert.equal(run.tool.driver.name, 'mdreview');
    const rules = run.tool.driver.rules as { id: string; helpUri?: string; shortDescription: { text: string } }[];
    const frontmatter = rules.find((x) => x.id === 'frontmatter')!;
    assert.match(frontmatter.helpUri!, /^file:\/\/.*\/docs\/rules\/frontmatter\.md$/);
    assert.ok(frontmatter.shortDescription.text.length > 0);
    assert.ok(run.results.length > 0);
    for (const result of run.results) {
      assert.ok(['error', 'warning', 'note', 'none'].includes(result.level));
      assert.equal(rules[result.ruleIndex].id, result.ruleId);
      const loc = result.locations[0].physicalLocation;
      assert.equal(loc.artifactLocation.uri, 'alex.md');
      assert.ok(loc.region.startLine >= 1 && loc.region.startColumn >= 1);
    }
  });

  it('github prints one escaped annotation per finding', () => {
    const dir = workspace({ 'a, b: c.md': NO_REVIEWER_EN });
    const r = runCli(['lint', '--format', 'github'], dir);
    const lines = r.stdout.trim().split('\n');
    assert.ok(lines.length > 0);
    for (const line of lines) {
      assert.match(line, /^::(error|warning|notice) file=a%2C b%3A c\.md,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=mdreview\([a-z-]+\)::[^\n]+$/);
    }
    assert.ok(lines.some((l) => l.startsWith('::error ') && l.includes('title=mdreview(frontmatter)')));
  });

  it('stylish lists file, positions, rule ids and a summary; no colour off a terminal', () => {
    const dir = workspace({ 'alex.md': NO_REVIEWER_EN });
    const r = runCli(['lint'], dir);
    assert.match(r.stdout, /^alex\.md$/m);
    assert.match(r.stdout, /^\s+\d+:\d+\s+error\s+frontmatter\s+\S/m);
    assert.match(r.stdout, /✖ \d+ problems? \(1 error/);
    assert.doesNotMatch(r.stdout, /\x1b\[/);
    assert.match(runCli(['lint', '--color'], dir).stdout, /\x1b\[31m/);
  });
});

describe('mdreview lint: rule help', () => {
  it('stylish output names the page that explains each rule seen, as the editor\'s rule link does', () => {
    const out = runCli(['lint'], workspace({ 'zh.md': DRAFT_ZH })).stdout;
    const pages = [...out.matchAll(/^ {2}([a-z-]+) +(\S+\.md)$/gm)];
    assert.ok(pages.some(([, id]) => id === 'action-owner'), out);
    for (const [, id, page] of pages) {
      assert.ok(page.endsWith(join('docs', 'rules', `${id}.md`)), page);
      assert.match(readFileSync(page, 'utf8'), new RegExp(`^# ${id}$`, 'm'));
    }
  });
});

describe('mdreview lint: locale', () => {
  it('LANG=zh_CN gives Chinese messages; --locale overrides LANG', () => {
    const dir = workspace({ 'zh.md': DRAFT_ZH });
    const zh = runJson([], dir, { LANG: 'zh_CN.UTF-8' });
    assert.ok(zh.reports[0].findings.every((f) => /[\u4e00-\u9fff]/.test(f.message as string)));
    const en = runJson(['--locale', 'en'], dir, { LANG: 'zh_CN.UTF-8' });
    assert.ok(en.reports[0].findings.some((f) => /owner/i.test(f.message as string)));
    assert.match(runCli(['lint'], dir, { LC_ALL: 'zh_CN.UTF-8' }).stdout, /警告/);
  });

  it('on a C.UTF-8 or English runner each review gets findings in its own language', () => {
    const dir = workspace({ 'zh.md': DRAFT_ZH, 'en.md': NO_REVIEWER_EN });
    for (const LANG of ['C.UTF-8', 'en_US.UTF-8', 'zh_CN.UTF-8']) {
      const { reports } = runJson([], dir, { LANG });
      const zh = reports.find((r) => r.file === 'zh.md')!;
      const en = reports.find((r) => r.file === 'en.md')!;
      assert.ok(zh.findings.length > 0 && zh.findings.every((f) => /[\u4e00-\u9fff]/.test(f.message as string)), `${LANG}: ${JSON.stringify(zh.findings)}`);
      assert.ok(en.findings.length > 0 && en.findings.every((f) => !/[\u4e00-\u9fff]/.test(f.message as string)), `${LANG}: ${JSON.stringify(en.findings)}`);
    }
  });

  it('a config locale applies when no --locale is given', () => {
    const dir = workspace({ 'zh.md': DRAFT_ZH, '.mdreviewrc.json': '{"locale": "zh"}' });
    const r = runJson([], dir);
    assert.ok(r.reports[0].findings.some((f) => f.ruleId === 'action-owner' && /责任人/.test(f.message as string)));
  });
});
