// Issue 25, point 10: `mdreview lint --fix` applies the findings' mechanical fixes (those the editor's "fix all"
// applies), writes the files they change and reports what remains; `--fix-dry-run` shows the same changes, writing
// nothing; with `--stdin` the fixed text goes to stdout.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { CLI, CLEAN_EN, DRAFT_ZH, runCli, runJson, workspace } from './helpers';

const ROOT = join(__dirname, '../../..');

/** The clean review without its "Personal growth" section: one section-missing finding, whose fix inserts it. */
const NO_GROWTH = CLEAN_EN.replace(/## 4\. Personal growth\n\n.*\n\n/, '');
/** The same review with CRLF line breaks, a BOM and comments in its frontmatter. */
const NO_GROWTH_CRLF = `\ufeff${NO_GROWTH.replace('cycle: 2026-Q3', 'cycle: 2026-Q3 # the quarter\n# reviewed in October').replace(/\n/g, '\r\n')}`;

interface Entry {
  file: string;
  findings: { ruleId: string; line: number }[];
  fixed?: { ruleId: string; title: string }[];
  output?: string;
}

/** Every file under `dir`, by path, as bytes. */
function snapshot(dir: string): Map<string, Buffer> {
  const files = readdirSync(dir, { recursive: true }).map(String).filter((f) => statSync(join(dir, f)).isFile());
  return new Map(files.sort().map((f) => [f, readFileSync(join(dir, f))]));
}

function changedFiles(before: Map<string, Buffer>, after: Map<string, Buffer>): string[] {
  return [...after.keys()].filter((f) => !before.get(f)?.equals(after.get(f)!));
}

/** `mdreview lint` with `input` on standard input; stdout as bytes. */
function runStdin(args: string[], cwd: string, input: Buffer) {
  const env = { PATH: process.env.PATH, HOME: process.env.HOME, LANG: 'en_US.UTF-8' };
  return spawnSync(process.execPath, [CLI, 'lint', '--stdin', ...args], { cwd, env, input, timeout: 60_000 });
}

describe('mdreview lint --fix', () => {
  it('inserts the missing section, reports what remains, and a second run changes nothing', () => {
    const dir = workspace({ 'alex.md': NO_GROWTH });
    const before = runJson([], dir);
    assert.deepEqual(before.reports[0].findings.map((f) => f.ruleId), ['section-missing']);
    const r = runJson(['--fix'], dir);
    assert.equal(r.status, 0, r.stderr);
    const fixed = readFileSync(join(dir, 'alex.md'), 'utf8');
    assert.match(fixed, /## 3\. Teamwork\n\n.*\n\n## 4\. Personal growth\n\n\[TODO: .*\]\n\n## 5\. Improvements/);
    const [entry] = r.reports as unknown as Entry[];
    // The inserted section is the template's stub, for the reviewer to fill in: the placeholder rule says so.
    assert.deepEqual(entry.findings.map((f) => f.ruleId), ['placeholder']);
    assert.deepEqual(entry.fixed, [{ ruleId: 'section-missing', title: 'Insert section "4. Personal growth"' }]);
    assert.equal(entry.output, fixed);
    assert.deepEqual(runJson([], dir).reports, runJson(['--fix'], dir).reports.map(({ file, findings }) => ({ file, findings })));
    assert.equal(readFileSync(join(dir, 'alex.md'), 'utf8'), fixed, 'the second --fix changes nothing');
  });

  it('keeps CRLF line breaks, the BOM and the frontmatter comments byte for byte', () => {
    const dir = workspace({ 'lf.md': NO_GROWTH, 'crlf.md': NO_GROWTH_CRLF });
    assert.equal(runCli(['lint', '--fix', '--format', 'json'], dir).status, 0);
    const lf = readFileSync(join(dir, 'lf.md'), 'utf8');
    const expected = `\ufeff${lf.replace('cycle: 2026-Q3', 'cycle: 2026-Q3 # the quarter\n# reviewed in October').replace(/\n/g, '\r\n')}`;
    assert.notEqual(lf, NO_GROWTH);
    assert.ok(readFileSync(join(dir, 'crlf.md')).equals(Buffer.from(expected, 'utf8')));
  });

  it('leaves fixes that need a person alone: an owner to name, a date to choose', () => {
    const dir = workspace({ 'zh.md': DRAFT_ZH });
    const before = runJson([], dir).reports[0].findings.map((f) => f.ruleId);
    assert.ok(before.includes('action-owner') && before.includes('action-due'), before.join());
    const r = runJson(['--fix'], dir);
    const after = r.reports[0].findings.map((f) => f.ruleId);
    assert.ok(after.includes('action-owner') && after.includes('action-due'), after.join());
    assert.match(readFileSync(join(dir, 'zh.md'), 'utf8'), /\n- \[ \] 优化直播开场脚本\n/);
  });

  it('--fix-dry-run writes nothing and shows the changes: a diff, or "fixed" and "output" in JSON', () => {
    const dir = workspace({ 'alex.md': NO_GROWTH, 'clean.md': CLEAN_EN });
    const json = runJson(['--fix-dry-run'], dir);
    assert.equal(readFileSync(join(dir, 'alex.md'), 'utf8'), NO_GROWTH);
    const entries = json.reports as unknown as Entry[];
    assert.deepEqual(entries.map((e) => [e.file, e.fixed?.length]), [['alex.md', 1], ['clean.md', undefined]]);
    assert.deepEqual(entries[0].findings.map((f) => f.ruleId), ['placeholder'], 'the findings as they would be after the fixes');
    const stylish = runCli(['lint', '--fix-dry-run'], dir);
    assert.equal(readFileSync(join(dir, 'alex.md'), 'utf8'), NO_GROWTH);
    assert.match(stylish.stdout, /^--- alex\.md\n\+\+\+ alex\.md\n@@ .* @@\n/);
    assert.match(stylish.stdout, /\n\+## 4\. Personal growth\n/);
    assert.match(stylish.stdout, /1 fix would be applied to 1 file \(--fix-dry-run: nothing written\)\n$/);
    assert.equal(runCli(['lint', '--fix-dry-run', '--locale', 'zh'], dir).stdout.split('\n').at(-2), '可在 1 个文件中应用 1 处修复（--fix-dry-run：未写入任何文件）');
    // What --fix then writes is what the dry run showed.
    assert.match(runCli(['lint', '--fix'], dir).stdout, /✔ 1 fix applied to 1 file\n$/);
    assert.equal(readFileSync(join(dir, 'alex.md'), 'utf8'), entries[0].output);
  });

  it('applied to the examples, the rule fixtures and the corpus: what the dry run shows, and idempotent', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mdreview-fix-'));
    for (const part of ['examples', 'test/fixtures/rules', 'test/corpus/reviews']) cpSync(join(ROOT, part), join(dir, part), { recursive: true });
    const original = snapshot(dir);
    const dry = runJson(['--fix-dry-run', '**/*.md'], dir).reports as unknown as Entry[];
    assert.deepEqual(changedFiles(original, snapshot(dir)), [], 'the dry run wrote nothing');
    runCli(['lint', '--fix', '**/*.md'], dir);
    const fixed = snapshot(dir);
    const changed = changedFiles(original, fixed);
    assert.ok(changed.length >= 3, changed.join());
    assert.deepEqual(dry.filter((e) => e.output !== undefined).map((e) => e.file).sort(), changed);
    for (const e of dry.filter((e) => e.output !== undefined)) assert.equal(fixed.get(e.file)!.toString('utf8').replace(/^\ufeff/, ''), e.output, e.file);
    const again = runJson(['--fix', '**/*.md'], dir).reports as unknown as Entry[];
    assert.deepEqual(changedFiles(fixed, snapshot(dir)), [], 'a second --fix changes nothing');
    assert.deepEqual(again.filter((e) => e.fixed), []);
  });

  it('with --cache, a fixed file is cached as it is after the fixes', () => {
    const dir = workspace({ 'alex.md': NO_GROWTH, 'clean.md': CLEAN_EN });
    runJson(['--cache'], dir);
    const fixed = runJson(['--cache', '--fix'], dir);
    const cached = runJson(['--cache'], dir);
    assert.deepEqual(cached.reports, runJson([], dir).reports);
    assert.deepEqual(cached.reports, fixed.reports.map(({ file, findings }) => ({ file, findings })));
    // Served from the cache: the entry's key is that of the fixed text.
    const cache = JSON.parse(readFileSync(join(dir, '.mdreviewcache'), 'utf8'));
    cache.strings[cache.strings.indexOf('placeholder')] = 'from-cache';
    writeFileSync(join(dir, '.mdreviewcache'), JSON.stringify(cache));
    assert.deepEqual(runJson(['--cache'], dir).reports[0].findings.map((f) => f.ruleId), ['from-cache']);
  });

  it('a --fix-dry-run result is not cached as the file\'s', () => {
    const dir = workspace({ 'alex.md': NO_GROWTH });
    runJson(['--cache', '--fix-dry-run'], dir);
    assert.deepEqual(runJson(['--cache'], dir).reports[0].findings.map((f) => f.ruleId), ['section-missing']);
  });

  it('with --stdin, --fix prints the fixed text (BOM and CRLF kept) and writes no file; --fix-dry-run gives the report', () => {
    const dir = workspace({ 'alex.md': NO_GROWTH_CRLF });
    const onDisk = runJson(['--fix-dry-run'], dir).reports as unknown as Entry[];
    const r = runStdin(['--fix', '--stdin-filename', 'alex.md'], dir, Buffer.from(NO_GROWTH_CRLF));
    assert.equal(r.status, 0, r.stderr.toString());
    assert.ok(r.stdout.equals(Buffer.from(`\ufeff${onDisk[0].output}`)));
    assert.deepEqual(readdirSync(dir), ['alex.md']);
    assert.equal(readFileSync(join(dir, 'alex.md'), 'utf8'), NO_GROWTH_CRLF);
    const clean = runStdin(['--fix'], dir, Buffer.from(CLEAN_EN));
    assert.equal(clean.status, 0);
    assert.equal(clean.stdout.toString(), CLEAN_EN, 'nothing to fix: the input as it came');
    const dry = runStdin(['--fix-dry-run', '--format', 'json', '--stdin-filename', 'alex.md'], dir, Buffer.from(NO_GROWTH_CRLF));
    assert.deepEqual(JSON.parse(dry.stdout.toString()), onDisk);
  });

  it('--fix and --fix-dry-run together are a usage error', () => {
    const r = runCli(['lint', '--fix', '--fix-dry-run'], workspace({ 'alex.md': NO_GROWTH }));
    assert.equal(r.status, 2);
    assert.match(r.stderr, /--fix and --fix-dry-run cannot be used together/);
  });

  it('a file that is not valid UTF-8 is not fixed: its invalid bytes would be written back as U+FFFD', () => {
    const bytes = Buffer.concat([Buffer.from(NO_GROWTH), Buffer.from([0xff, 0x0a])]);
    const dir = workspace({ 'alex.md': bytes });
    const r = runJson(['--fix'], dir);
    assert.ok(readFileSync(join(dir, 'alex.md')).equals(bytes));
    assert.deepEqual(r.reports[0].findings.map((f) => f.ruleId), ['io-error', 'section-missing']);
  });

  // root writes any file: as root the CLI runs as `nobody`, as in fileSystem.test.ts.
  const asRoot = process.getuid?.() === 0;
  const skip = process.platform === 'win32' ? 'POSIX permissions' : asRoot && !existsSync('/usr/sbin/runuser') ? 'root without runuser' : false;
  it('a read-only file is left as it is, with an io-error (exit code 2), in a folder that could replace it', { skip }, () => {
    const dir = workspace({ 'alex.md': NO_GROWTH });
    chmodSync(dir, 0o777);
    chmodSync(join(dir, 'alex.md'), 0o444);
    const command = asRoot ? ['/usr/sbin/runuser', '-u', 'nobody', '--', process.execPath, CLI] : [process.execPath, CLI];
    const r = spawnSync(command[0], [...command.slice(1), 'lint', '--fix', '--format', 'json', 'alex.md'], { cwd: dir, encoding: 'utf8', timeout: 60_000, env: { PATH: process.env.PATH, LANG: 'en_US.UTF-8' } });
    assert.equal(r.status, 2, r.stderr);
    assert.equal(readFileSync(join(dir, 'alex.md'), 'utf8'), NO_GROWTH);
    assert.equal(statSync(join(dir, 'alex.md')).mode & 0o777, 0o444);
    const [report] = JSON.parse(r.stdout) as Entry[];
    assert.deepEqual(report.findings.map((f) => f.ruleId), ['io-error', 'section-missing']);
    assert.equal(report.fixed, undefined);
    assert.match(r.stderr, /alex\.md: no permission to write the file; the fixes were not applied/);
  });
});
