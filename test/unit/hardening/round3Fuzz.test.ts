// What the hardening classes of issue 26 found when they were first run (scripts/fuzz/hardening.mjs, `npm run
// fuzz`): each test failed before its fix.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { lstatSync, mkdirSync, readdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import picomatch from 'picomatch';
import { compileGlobs } from '../../../src/core/workspace/glob';
import { CLEAN_EN, CLI, runCli, runJson, workspace } from '../cli/helpers';

/** A control character other than a tab or a line break (LF, CRLF), C1, or a bidi control. */
const RAW = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]|\r(?!\n)/u;

test('globs: a leading ! negates the whole glob, braces included, as picomatch', () => {
  for (const [glob, path] of [['!{a,b}/x.md', 'a/x.md'], ['!{a,b}/x.md', 'b/x.md'], ['!{a,b}/x.md', 'c/x.md'], ['!{1..3}.md', '2.md'], ['!!{a,b}', 'a']]) {
    assert.equal(compileGlobs([glob]).match(path), picomatch(glob, { dot: true })(path), `${glob} ~ ${path}`);
  }
});

test('--cache: a FIFO at the cache\'s name is not read (the run hung), and is replaced by the cache', () => {
  const dir = workspace({ 'r.md': CLEAN_EN });
  spawnSync('mkfifo', ['.mdreviewcache'], { cwd: dir });
  const r = spawnSync(process.execPath, [CLI, 'lint', '.', '--cache', '--format', 'json'], { cwd: dir, encoding: 'utf8', timeout: 20_000 });
  assert.equal(r.error, undefined, 'the run finishes');
  assert.equal(r.stdout, runCli(['lint', '.', '--format', 'json'], dir).stdout);
  assert.ok(lstatSync(join(dir, '.mdreviewcache')).isFile());
});

test('--cache-location: a link to a folder planted at its name does not lead the cache out of the tree', () => {
  const outside = workspace({});
  const dir = workspace({ 'r.md': CLEAN_EN });
  mkdirSync(join(dir, 'cache'));
  symlinkSync(outside, join(dir, 'cache', 'results.json'));
  assert.equal(runCli(['lint', '.', '--cache', '--cache-location', 'cache/results.json'], dir).status, 0);
  assert.deepEqual(readdirSync(outside), [], 'nothing written outside');
  assert.ok(lstatSync(join(dir, 'cache', 'results.json')).isFile(), 'the link is replaced by the cache file');
});

const BIDI = 'X\u202eevil\u2066Z';
const C1 = 'Y\u009b2J\u0085Z';

test('bidi controls and C1 from a review reach no output raw; JSON outputs stay JSON with the same text', () => {
  const hostile = CLEAN_EN.replace('employee: Alex Chen', `employee: "Alex ${BIDI}"`).replace('{ name: Revenue,', `{ name: "Revenue ${C1}",`).replace('target: $1.4M', 'target: "1.4M\u202e"');
  const dir = workspace({ [`q3${BIDI}.md`]: hostile, 'q2.md': hostile.replace('cycle: 2026-Q3', 'cycle: 2026-Q2') });
  const formats = [['lint', '.'], ['lint', '.', '--format', 'github'], ['report', '.'], ['report', '.', '--format', 'html'], ['report', '.', '--format', 'csv'], ['textconv', `q3${BIDI}.md`], ['diff', 'q2.md', `q3${BIDI}.md`]];
  for (const args of formats) {
    const r = runCli(args, dir);
    assert.doesNotMatch(r.stdout + r.stderr, RAW, args.join(' '));
    assert.match(r.stdout, /\\u202e/, `${args.join(' ')} shows the bidi control as text`);
  }
  for (const args of [['lint', '.', '--format', 'json'], ['lint', '.', '--format', 'sarif'], ['lint', '.', '--format', 'codequality'], ['report', '.', '--format', 'json']]) {
    const r = runCli(args, dir);
    assert.doesNotMatch(r.stdout, RAW, args.join(' '));
    // report --format json was escaped as text: `\x9b` made it invalid JSON.
    const value = JSON.stringify(JSON.parse(r.stdout));
    assert.ok(value.includes('\u202e') || value.includes('\u009b'), `${args.join(' ')} keeps the characters as JSON escapes`);
  }
});

test('a CR-only or mixed config and template are read as with LF', () => {
  const headless = CLEAN_EN.replace(/^(?:employee|cycle|template): .*\n/gm, '');
  const config = 'files:\n  - "reviews/**/*.md"\nrules:\n  section-order: warning\n';
  const lf = runJson(['.'], workspace({ 'reviews/r.md': headless, '.mdreviewrc.yaml': config }));
  const cr = runJson(['.'], workspace({ 'reviews/r.md': headless, '.mdreviewrc.yaml': config.replace(/\n/g, '\r') }));
  assert.deepEqual(cr.reports, lf.reports);
  assert.equal(lf.reports.length, 1, 'the config names the review');

  // The template's prompts: one line (found when left in a review) and two lines (a quote block, which is no leftover
  // line). A CR-only template was one line to the placeholder rule: its two-line prompt matched a CR-only review's quote.
  const template = `---\nid: general\nname: Team\nlanguage: en\nsections:\n  - id: teamwork\n    heading: 3. Teamwork\n  - id: growth\n    heading: 4. Personal growth\n---\n\n## 3. Teamwork\n\n> Name who you worked with.\n\n## 4. Personal growth\n\n> Name the course.\n> Say what it changed.\n`;
  const review = CLEAN_EN.replace('## 3. Teamwork\n', '## 3. Teamwork\n\n> Name who you worked with.\n').replace('## 4. Personal growth\n', '## 4. Personal growth\n\n> Name the course.\n> Say what it changed.\n');
  const lint = (ends: (text: string) => string) => runJson(['.'], workspace({ 'r.md': ends(review), '.mdreview/templates/general.md': ends(template) })).reports;
  const want = lint((t) => t);
  assert.equal(want[0].findings.filter((f) => f.ruleId === 'placeholder').length, 1, 'the one-line prompt left in the review is found');
  assert.deepEqual(lint((t) => t.replace(/\n/g, '\r')), want, 'CR');
  assert.deepEqual(lint((t) => t.replace(/\n/g, (_, i: number) => (i % 3 ? '\r' : '\r\n'))), want, 'mixed');
});

test('a misspelt top-level key is a config error naming it and the closest key; swapped letters are one edit', () => {
  const errors = (config: string, name: string, locale = 'en') => runJson(['.', '--locale', locale], workspace({ [name]: config, 'r.md': CLEAN_EN })).reports.flatMap((x) => x.findings).filter((f) => f.ruleId === 'config-error').map((f) => String(f.message));
  assert.match(errors('ignroe: ["archive/**"]\n', '.mdreviewrc.yaml').join('\n'), /\/: unknown key "ignroe" \(did you mean "ignore"\?\)/);
  assert.match(errors('{"Rules": {}}', '.mdreviewrc.json', 'zh').join('\n'), /未知配置项“Rules”（是否应为“rules”？）/);
  const swapped = errors('{"rules": {"palceholder": "off"}, "locael": "zh"}', '.mdreviewrc.json').join('\n');
  assert.match(swapped, /unknown rule "palceholder" \(did you mean "placeholder"\?\)/);
  assert.match(swapped, /unknown key "locael" \(did you mean "locale"\?\)/);
  assert.match(errors('{"nonsense": 1}', '.mdreviewrc.json').join('\n'), /unknown key "nonsense" \(known keys: \$schema, rules, defaultTemplate, files, ignore, locale, import\)/);
});
