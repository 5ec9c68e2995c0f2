// The reproductions of issue 26 (outputs, cache and config under attack): each failed before its fix. "No hang"
// is asserted with limits far above what the fixed code takes, so a loaded machine does not make them flaky.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { lstatSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { CLEAN_EN, CLI, runCli, runJson, workspace } from '../cli/helpers';

const ZH_REVIEW = `---
employee: 张三
reviewer: 李四
cycle: 2026-Q3
template: livestream-ops
kpis:
  - { name: 观看人数, unit: 人, target: 10000, actual: 12000 }
---

## 一、目标达成情况

观看人数 12000 人，超额完成目标，比上季度提高 20%。
`;

/** A tree whose config has the backtracking glob of the report: `**` then 24 × `*a`, then `*b.md`. */
function globAttack(): string {
  const glob = `**/${'*a'.repeat(24)}*b.md`;
  return workspace({ '.mdreviewrc.yaml': `files: ["${glob}"]\n`, [`notes/${'a'.repeat(40)}.md`]: '# not a review\n', 'r.md': CLEAN_EN });
}

test('issue 26.1: a config glob that made picomatch backtrack for minutes is matched at once', () => {
  const dir = globAttack();
  const start = performance.now();
  const r = runJson(['.'], dir);
  assert.ok(performance.now() - start < 20_000, 'far over what matching takes');
  assert.equal(r.status, 0, r.stderr);
  assert.deepEqual(r.reports.map((x) => x.file), ['r.md']);
});

test('issue 26.2: a symlink planted at the cache\'s temporary name is not written through', () => {
  const dir = workspace({ 'r.md': CLEAN_EN, victim: 'precious\n' });
  // The temporary file was `.mdreviewcache.<pid>.tmp`: a shell that execs the CLI knows the pid beforehand.
  const r = spawnSync('sh', ['-c', `ln -s victim .mdreviewcache.$$.tmp; exec '${process.execPath}' '${CLI}' lint . --cache`], { cwd: dir, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  assert.equal(readFileSync(join(dir, 'victim'), 'utf8'), 'precious\n');
  assert.ok(lstatSync(join(dir, '.mdreviewcache')).isFile(), 'the cache is a file of its own, not a link to the victim');
});

test('issue 26.2: a symlink planted at the cache\'s own name is replaced, not written through', () => {
  const dir = workspace({ 'r.md': CLEAN_EN, victim: 'precious\n' });
  spawnSync('ln', ['-s', 'victim', '.mdreviewcache'], { cwd: dir });
  assert.equal(runCli(['lint', '.', '--cache'], dir).status, 0);
  assert.equal(readFileSync(join(dir, 'victim'), 'utf8'), 'precious\n');
  assert.ok(lstatSync(join(dir, '.mdreviewcache')).isFile());
});

test('issue 26.3: a file that turns into invalid UTF-8 is linted again: --cache output equals a cold run', () => {
  const literal = CLEAN_EN.replace('Alex ran 39 livestreams', 'Alex ran 39 livestreams \uFFFD');
  const dir = workspace({ 'r.md': literal });
  assert.equal(runCli(['lint', '.', '--cache'], dir).status, 0);
  // The same text once decoded: U+FFFD written as the invalid byte 0xFF.
  writeFileSync(join(dir, 'r.md'), Buffer.concat([Buffer.from(literal.slice(0, literal.indexOf('\uFFFD'))), Buffer.from([0xff]), Buffer.from(literal.slice(literal.indexOf('\uFFFD') + 1))]));
  const cached = runJson(['.', '--cache', '--max-warnings', '0'], dir);
  const cold = runJson(['.', '--max-warnings', '0'], dir);
  assert.deepEqual(cached.reports, cold.reports);
  assert.equal(cached.status, cold.status);
  assert.ok(cold.reports[0].findings.some((f) => f.ruleId === 'io-error'));
});

const ESCAPES = '\\e]0;PWNED\\a\\e[2J\\e]52;c;Y2xpcA==\\a';
/** A control character other than a tab or a line break (LF, CRLF: the CSV's rows end in CRLF). */
const RAW_CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]|\r(?!\n)/;

test('issue 26.4: terminal escapes from a review reach no terminal raw: report, textconv, diff', () => {
  const hostile = CLEAN_EN.replace('employee: Alex Chen', `employee: "Alex ${ESCAPES}"`).replace('{ name: Revenue,', `{ name: "Revenue ${ESCAPES}",`);
  const dir = workspace({ 'q3.md': hostile, 'q2.md': hostile.replace('cycle: 2026-Q3', 'cycle: 2026-Q2') });
  for (const args of [['report', '.'], ['report', '.', '--format', 'csv'], ['textconv', 'q3.md'], ['diff', 'q2.md', 'q3.md']]) {
    const r = runCli(args, dir);
    assert.ok(r.status === 0 || r.status === 1, `${args.join(' ')}: ${r.stderr}`);
    assert.doesNotMatch(r.stdout, RAW_CONTROL, args.join(' '));
    assert.doesNotMatch(r.stderr, RAW_CONTROL, args.join(' '));
    assert.match(r.stdout, /\\x1b/, `${args.join(' ')} shows the escape as text`);
  }
});

test('issue 26.4: a config key with terminal escapes is shown escaped in the config error on stderr', () => {
  const dir = workspace({ '.mdreviewrc.json': JSON.stringify({ rules: { '\u001b]0;PWNED\u0007': 'off' } }), 'r.md': CLEAN_EN });
  const r = runCli(['lint', '.'], dir);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /\\x1b\]0;PWNED\\x07/);
  assert.doesNotMatch(r.stderr + r.stdout, RAW_CONTROL);
});

test('issue 26.5: a review with CR-only line ends is found by a folder walk, as when named', () => {
  const dir = workspace({ 'old-mac.md': CLEAN_EN.replace(/\n/g, '\r').replace('- [ ] Write a checklist for live unboxing segments Owner: @alex Due: 2026-11-30', '- [ ] Write a checklist') });
  const named = runJson(['old-mac.md'], dir);
  const walked = runJson(['.'], dir);
  assert.ok(named.reports[0].findings.length > 0);
  assert.deepEqual(walked.reports, named.reports);
});

test('issue 26.6: an unknown rule id in a config is a config error naming the closest id', () => {
  const dir = workspace({ '.mdreviewrc.json': '{"rules": {"action-ownr": "off"}}', 'r.md': CLEAN_EN });
  const r = runJson(['.'], dir);
  assert.equal(r.status, 2);
  const error = r.reports.flatMap((x) => x.findings).find((f) => f.ruleId === 'config-error');
  assert.match(String(error?.message), /unknown rule "action-ownr" \(did you mean "action-owner"\?\)/);
  const zh = runJson(['.', '--locale', 'zh'], dir).reports.flatMap((x) => x.findings).find((f) => f.ruleId === 'config-error');
  assert.match(String(zh?.message), /未知规则“action-ownr”（是否应为“action-owner”？）/);
});

test('issue 26.7: names in the Markdown report cannot load images, mention users or link', () => {
  const name = '![x](https://evil.example/p.png) @octocat [c](javascript:alert(1)) <img src=x> www.evil.example';
  const dir = workspace({ 'r.md': CLEAN_EN.replace('employee: Alex Chen', `employee: "${name}"`) });
  const md = runCli(['report', '.'], dir).stdout;
  const row = md.split('\n').find((line) => line.includes('octocat'))!;
  assert.ok(row, md);
  assert.doesNotMatch(row, /(?<!\\)!(?!\\)\[|(?<!\\)\[|(?<!\\)@|<img|https:\/\/|www\./, row);
  assert.match(row, /\\!\\\[x\\\]\\\(https:\u2060\/\/evil\.example\/p\.png\\\) \\@octocat/);
});

test('issue 26.8: report -o never writes over one of the reviews it read', () => {
  const dir = workspace({ 'a.md': CLEAN_EN });
  const r = runCli(['report', '.', '-o', 'a.md'], dir);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /is one of the reviews read/);
  assert.equal(readFileSync(join(dir, 'a.md'), 'utf8'), CLEAN_EN);
});

test('issue 26.8: a negative target is kpi-invalid, and the report computes nothing from it', () => {
  const dir = workspace({ 'r.md': CLEAN_EN.replace('{ name: Revenue, id: gmv, unit: USD, target: $1.4M, actual: $1.45M }', '{ name: Net, id: net, target: -100, actual: 50 }') });
  const lint = runJson(['.'], dir);
  assert.ok(lint.reports[0].findings.some((f) => f.ruleId === 'kpi-invalid' && /-100/.test(String(f.message))), JSON.stringify(lint.reports));
  const report = JSON.parse(runCli(['report', '.', '--format', 'json'], dir).stdout);
  assert.equal(report.rows[0].overall, undefined);
  assert.doesNotMatch(runCli(['report', '.'], dir).stdout, /-50/);
});

test('issue 26.8: a config nested 100,000 brackets deep is a clear config error; collection keys print no warning', () => {
  const deep = workspace({ '.mdreviewrc.yaml': `ignore: ${'['.repeat(100_000)}\n`, 'r.md': CLEAN_EN });
  const r = runCli(['lint', '.'], deep);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /nest deeper than 64 levels/);
  assert.doesNotMatch(r.stderr, /call stack/);
  const keys = workspace({ '.mdreviewrc.yaml': '? [a, b]\n: 1\n', 'r.md': CLEAN_EN });
  const k = runCli(['lint', '.'], keys);
  assert.doesNotMatch(k.stderr, /Warning|node:/);
  const template = workspace({ '.mdreview/templates/deep.md': `---\nsections: ${'['.repeat(100_000)}\n---\n`, 'r.md': CLEAN_EN });
  assert.match(runCli(['lint', '.'], template).stdout, /nest deeper than 64 levels/);
});

test('issue 26.8: a folder named on the command line that holds no review is a usage error unless the hook opts out', () => {
  const dir = workspace({ 'x.md/readme.md': '# notes\n' });
  const r = runCli(['lint', 'x.md'], dir);
  assert.equal(r.status, 2);
  assert.match(r.stdout + r.stderr, /no review found in this folder/);
  assert.equal(runCli(['lint', 'x.md', '--no-error-on-unmatched-pattern'], dir).status, 0);
  assert.equal(runCli(['lint', '*.none', '--no-error-on-unmatched-pattern'], dir).status, 0);
});

test('issue 26.8: a GB18030 review names its encoding and how to convert it, without garbled findings', () => {
  const dir = workspace({});
  mkdirSync(join(dir, 'reviews'));
  writeFileSync(join(dir, 'reviews', 'zh.md'), gb18030(ZH_REVIEW));
  assert.ok(!new TextDecoder('utf-8', { fatal: false }).decode(gb18030(ZH_REVIEW)).includes('观看'), 'the bytes are not UTF-8');
  for (const args of [['reviews/zh.md'], ['.']]) {
    const r = runJson(args, dir);
    const findings = r.reports.flatMap((x) => x.findings);
    assert.deepEqual(findings.map((f) => f.ruleId), ['io-error'], JSON.stringify(findings));
    assert.match(String(findings[0].message), /GB18030.*iconv -f GB18030 -t UTF-8/);
  }
});

/** `text` encoded as GB18030, with the two-byte codes of the characters the review uses (no encoder in Node). */
function gb18030(text: string): Buffer {
  const decoder = new TextDecoder('gb18030');
  const codes = new Map<string, number[]>();
  for (let hi = 0x81; hi <= 0xfe; hi++) {
    for (let lo = 0x40; lo <= 0xfe; lo++) {
      if (lo === 0x7f) continue;
      const c = decoder.decode(Uint8Array.of(hi, lo));
      if (!codes.has(c)) codes.set(c, [hi, lo]);
    }
  }
  const bytes: number[] = [];
  for (const c of text) bytes.push(...(c.charCodeAt(0) < 0x80 ? [c.charCodeAt(0)] : codes.get(c) ?? [0x3f]));
  return Buffer.from(bytes);
}
