import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { LintCache } from '../../../src/cli/lint/cache';
import { Selector } from '../../../src/cli/lint/select';
import type { Settings } from '../../../src/core/workspace/settings';
import { GitIgnore } from '../../../src/node/gitignore';
import { CLEAN_EN, DRAFT_ZH, runCli, runJson, workspace } from './helpers';

const Q2 = CLEAN_EN.replace('cycle: 2026-Q3', 'cycle: 2026-Q2').replace('Write a checklist for live unboxing segments', 'Set up a co-streaming pilot with two partners');
const TEMPLATE = '---\nid: general\nlanguage: en\nsections:\n  - { id: wins, heading: Wins, required: true }\n---\n## Wins\n';

/** Alex's Q2 and Q3 reviews under the root config; a Chinese review under its own config (which sets the locale). */
function reviews(): string {
  return workspace({
    '.mdreviewrc.json': '{}',
    'q2/alex.md': Q2,
    'q3/alex.md': CLEAN_EN,
    'team/.mdreviewrc.json': '{"locale": "zh"}',
    'team/zh.md': DRAFT_ZH,
  });
}

const MARK = 'from-cache';

/**
 * Replaces every stored result with a marker finding, so a report shows whether it came from the cache. A finding
 * is stored as indexes of its rule, severity and message in the file's strings, its four positions and its data's index.
 */
function markCache(file: string): void {
  const data = JSON.parse(readFileSync(file, 'utf8'));
  const mark = data.strings.push(MARK) - 1;
  const info = data.strings.push('info') - 1;
  for (const entry of Object.values<{ findings: number[] }>(data.files)) entry.findings = [mark, info, mark, 1, 1, 1, 1, -1];
  writeFileSync(file, JSON.stringify(data));
}

/** Runs `lint --cache` after marking the cache; the files that were linted afresh (not served from the cache). */
function relinted(dir: string, args: string[] = [], env: NodeJS.ProcessEnv = {}, cacheFile = join(dir, '.mdreviewcache')): string[] {
  markCache(cacheFile);
  const r = runJson(['--cache', ...args], dir, env);
  assert.notEqual(r.status, 2, r.stderr);
  return r.reports.filter((x) => !x.findings.some((f) => f.ruleId === MARK)).map((x) => x.file).sort();
}

describe('mdreview lint --cache', () => {
  it('gives the results of a run without cache, then serves every unchanged file from the cache', () => {
    const dir = reviews();
    const plain = runJson([], dir);
    const cold = runJson(['--cache'], dir);
    assert.deepEqual(cold.reports, plain.reports);
    assert.equal(cold.status, plain.status);
    const warm = runJson(['--cache'], dir);
    assert.deepEqual(warm.reports, plain.reports);
    assert.deepEqual(relinted(dir), []);
  });

  it('an unchanged run leaves the cache file as it is; a changed review or a deleted one rewrites it', () => {
    const dir = reviews();
    const file = join(dir, '.mdreviewcache');
    runJson(['--cache'], dir);
    const written = statSync(file).ino;
    runJson(['--cache'], dir);
    // Saving goes through a temporary file and a rename: a new inode means the file was written again.
    assert.equal(statSync(file).ino, written, 'not rewritten when every result came from the cache');
    writeFileSync(join(dir, 'team/zh.md'), `${DRAFT_ZH}\n补充一句。\n`);
    runJson(['--cache'], dir);
    const rewritten = statSync(file).ino;
    assert.notEqual(rewritten, written, 'rewritten with the changed review');
    rmSync(join(dir, 'q2/alex.md'));
    runJson(['--cache'], dir);
    assert.notEqual(statSync(file).ino, rewritten, 'rewritten without the deleted review');
    assert.deepEqual(Object.keys(JSON.parse(readFileSync(file, 'utf8')).files).filter((f) => f.includes('q2')), []);
  });

  it("a review's own text: only that file", () => {
    const dir = reviews();
    runJson(['--cache'], dir);
    writeFileSync(join(dir, 'team/zh.md'), `${DRAFT_ZH}\n补充一句。\n`);
    assert.deepEqual(relinted(dir), ['team/zh.md']);
  });

  it("an earlier review of the same person: that review and the person's later ones, which read it as history", () => {
    const dir = reviews();
    runJson(['--cache'], dir);
    writeFileSync(join(dir, 'q2/alex.md'), Q2.replace('co-streaming pilot', 'co-streaming trial'));
    assert.deepEqual(relinted(dir), ['q2/alex.md', 'q3/alex.md']);
    // A later review is no history of an earlier one.
    writeFileSync(join(dir, 'q3/alex.md'), `${CLEAN_EN}\nOne more line.\n`);
    assert.deepEqual(relinted(dir), ['q3/alex.md']);
  });

  it('a re-linted review still sees its cached earlier reviews as history', () => {
    const dir = reviews();
    runJson(['--cache'], dir);
    writeFileSync(join(dir, 'q3/alex.md'), `${CLEAN_EN}\nOne more line.\n`);
    const r = runJson(['--cache'], dir);
    const followUps = r.reports.find((x) => x.file === 'q3/alex.md')!.findings.filter((f) => f.ruleId === 'follow-up-missing');
    assert.ok(followUps.some((f) => /co-streaming/.test(f.message as string)));
  });

  it('a new earlier review invalidates the later one only', () => {
    const dir = reviews();
    runJson(['--cache'], dir);
    mkdirSync(join(dir, 'q1'));
    writeFileSync(join(dir, 'q1/alex.md'), CLEAN_EN.replace('cycle: 2026-Q3', 'cycle: 2026-Q1'));
    assert.deepEqual(relinted(dir), ['q1/alex.md', 'q2/alex.md', 'q3/alex.md']);
    mkdirSync(join(dir, 'q4'));
    writeFileSync(join(dir, 'q4/alex.md'), CLEAN_EN.replace('cycle: 2026-Q3', 'cycle: 2026-Q4'));
    assert.deepEqual(relinted(dir), ['q4/alex.md']);
  });

  it('the config that applies: only the files under it', () => {
    const dir = reviews();
    runJson(['--cache'], dir);
    writeFileSync(join(dir, '.mdreviewrc.json'), '{"rules": {"frontmatter": "off"}}');
    assert.deepEqual(relinted(dir), ['q2/alex.md', 'q3/alex.md']);
    writeFileSync(join(dir, 'team/.mdreviewrc.json'), '{"locale": "zh", "rules": {"action-owner": "off"}}');
    assert.deepEqual(relinted(dir), ['team/zh.md']);
  });

  it('the workspace templates at the config root: only the files under that config', () => {
    const dir = reviews();
    runJson(['--cache'], dir);
    mkdirSync(join(dir, 'team/.mdreview/templates'), { recursive: true });
    writeFileSync(join(dir, 'team/.mdreview/templates/general.md'), TEMPLATE);
    assert.deepEqual(relinted(dir), ['team/zh.md']);
    writeFileSync(join(dir, 'team/.mdreview/templates/general.md'), TEMPLATE.replace('Wins', 'Highlights'));
    assert.deepEqual(relinted(dir), ['team/zh.md']);
  });

  it('the message locale: the files whose messages change language', () => {
    const dir = reviews();
    runJson(['--cache'], dir);
    // Findings speak each review's own language (or the config's), never the environment's: nothing to re-lint.
    const zh = { LANG: 'zh_CN.UTF-8' };
    assert.deepEqual(relinted(dir, [], zh), []);
    // --locale does: the English reviews now get Chinese findings; team/zh's config said zh already.
    assert.deepEqual(relinted(dir, ['--locale', 'zh'], zh), ['q2/alex.md', 'q3/alex.md']);
    assert.deepEqual(relinted(dir, ['--locale', 'en'], zh), ['q2/alex.md', 'q3/alex.md', 'team/zh.md']);
  });

  it('another mdreview build or version: everything', () => {
    const dir = reviews();
    runJson(['--cache'], dir);
    const file = join(dir, '.mdreviewcache');
    const data = JSON.parse(readFileSync(file, 'utf8'));
    data.tool = `0.0.0+${data.tool}`;
    writeFileSync(file, JSON.stringify(data));
    assert.deepEqual(relinted(dir), ['q2/alex.md', 'q3/alex.md', 'team/zh.md']);
  });

  it('a damaged cache file is replaced, with a note, and the results are right', () => {
    const dir = reviews();
    const plain = runJson([], dir);
    writeFileSync(join(dir, '.mdreviewcache'), '{"format": 1, "files": [');
    const r = runJson(['--cache'], dir);
    assert.deepEqual(r.reports, plain.reports);
    assert.equal(r.status, plain.status);
    assert.match(r.stderr, /damaged/);
    assert.deepEqual(relinted(dir), []);
  });

  it('an entry that does not fit the file\'s tables is linted afresh; the others are served', () => {
    const dir = reviews();
    const file = join(dir, '.mdreviewcache');
    const plain = runJson(['--cache'], dir);
    markCache(file);
    const data = JSON.parse(readFileSync(file, 'utf8'));
    data.files[join(dir, 'q3/alex.md')].findings[2] = data.strings.length;
    data.files[join(dir, 'team/zh.md')].findings.push(0);
    writeFileSync(file, JSON.stringify(data));
    const r = runJson(['--cache'], dir);
    assert.equal(r.stderr, '');
    const relintedReports = r.reports.filter((x) => !x.findings.some((f) => f.ruleId === MARK));
    assert.deepEqual(relintedReports.map((x) => x.file).sort(), ['q3/alex.md', 'team/zh.md']);
    assert.deepEqual(relintedReports, plain.reports.filter((x) => relintedReports.some((y) => y.file === x.file)));
  });

  it('--cache-location: a file (its folder made if need be), or a folder that holds .mdreviewcache', () => {
    const dir = reviews();
    runJson(['--cache', '--cache-location', 'cache/results.json'], dir);
    assert.ok(!existsSync(join(dir, '.mdreviewcache')), 'no cache file at the default place');
    assert.deepEqual(relinted(dir, ['--cache-location', 'cache/results.json'], {}, join(dir, 'cache/results.json')), []);
    mkdirSync(join(dir, 'folder'));
    runJson(['--cache', '--cache-location', 'folder'], dir);
    assert.ok(existsSync(join(dir, 'folder/.mdreviewcache')));
  });

  it('an unwritable cache location is a note, not a failure', () => {
    const dir = reviews();
    const r = runCli(['lint', '--cache', '--cache-location', 'q2/alex.md/cache.json'], dir);
    assert.notEqual(r.status, 2);
    assert.match(r.stderr, /cannot write the cache file/);
  });
});

/** Waits until files written now are older than the cache's racy window (2 s), so it may trust their stat. */
function outlastRacyWindow(): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 2100);
}

describe('mdreview lint --cache, stat first', () => {
  const dir = reviews();
  outlastRacyWindow();
  const cacheFile = join(dir, '.mdreviewcache');
  const plain = (file: string) => runJson([], dir).reports.find((r) => r.file === file)!.findings;

  it('a wrong record of a file in the cache (its digest, its person) does not change the results', () => {
    runJson(['--cache'], dir);
    const data = JSON.parse(readFileSync(cacheFile, 'utf8'));
    const zh = data.files[join(dir, 'team/zh.md')];
    const q3 = data.files[join(dir, 'q3/alex.md')];
    assert.ok(zh.read?.stamp?.stat?.length === 4 && zh.read.digest, 'the stat and digest are stored');
    zh.read.digest = 'not-the-digest';
    q3.read.person = 'somebody else';
    writeFileSync(cacheFile, JSON.stringify(data));
    assert.deepEqual(runJson(['--cache'], dir).reports, runJson([], dir).reports);
    const fixed = JSON.parse(readFileSync(cacheFile, 'utf8')).files;
    assert.notEqual(fixed[join(dir, 'team/zh.md')].read.digest, 'not-the-digest', 'the record is put right');
    assert.notEqual(fixed[join(dir, 'q3/alex.md')].read.person, 'somebody else');
  });

  it('a changed file is never missed: same size with its mtime put back, or another file renamed over it', () => {
    runJson(['--cache'], dir);
    const path = join(dir, 'team/zh.md');
    const before = statSync(path);
    const changed = readFileSync(path, 'utf8').replace('开场脚本', '收尾脚本');
    assert.equal(Buffer.byteLength(changed), before.size);
    assert.notEqual(changed, readFileSync(path, 'utf8'));
    writeFileSync(path, changed);
    utimesSync(path, before.atime, before.mtime);
    assert.deepEqual(relinted(dir), ['team/zh.md']);
    assert.deepEqual(runJson(['--cache'], dir).reports.find((x) => x.file === 'team/zh.md')!.findings, plain('team/zh.md'));
    const q2 = join(dir, 'q2/alex.md');
    const old = statSync(q2);
    writeFileSync(`${q2}.new`, readFileSync(q2, 'utf8').replace('pilot', 'trial'));
    utimesSync(`${q2}.new`, old.atime, old.mtime);
    renameSync(`${q2}.new`, q2);
    assert.deepEqual(relinted(dir), ['q2/alex.md', 'q3/alex.md']);
  });
});

describe('stat first, file by file', () => {
  it('a file --cache knows unchanged is selected without being read', async () => {
    const dir = workspace({ 'notes.md': 'not a review\n' });
    const selector = new Selector(new GitIgnore());
    const settings = { id: 0, root: dir, config: {}, templates: [] } as unknown as Settings;
    const candidate = { path: join(dir, 'notes.md'), display: 'notes.md', explicit: true, reviewsOnly: true };
    assert.deepEqual(await selector.select(candidate, settings), { kind: 'skip' }, 'read: no review');
    const known = () => ({ digest: 'd', person: 'p', cycle: '2026-Q3' });
    assert.deepEqual(await selector.select(candidate, settings, known), { kind: 'lint', text: '', digest: 'd', unread: { person: 'p', cycle: '2026-Q3' } });
  });

  it('trusts a stored stat only when size, mtime, ctime, inode and settings match and the file was not modified just before its read', async () => {
    const file = join(workspace({}), 'cache.json');
    const { cache } = await LintCache.open(file, 'tool');
    const at = Date.now();
    const old: [number, number, number, number] = [100, at - 60_000, at - 60_000, 7];
    const racy: [number, number, number, number] = [100, at - 500, at - 500, 8];
    cache.set('/a.md', 'key', [], { stamp: { stat: old, at }, digest: 'd', settings: 's' });
    cache.set('/b.md', 'key', [], { stamp: { stat: racy, at }, digest: 'd', settings: 's' });
    await cache.save();
    const { cache: reopened } = await LintCache.open(file, 'tool');
    assert.equal(reopened.unchanged('/a.md', old, 's')?.digest, 'd');
    assert.equal(reopened.unchanged('/a.md', [101, old[1], old[2], 7], 's'), undefined, 'size');
    assert.equal(reopened.unchanged('/a.md', [100, old[1] + 1, old[2], 7], 's'), undefined, 'mtime');
    assert.equal(reopened.unchanged('/a.md', [100, old[1], old[2] + 1, 7], 's'), undefined, 'ctime');
    assert.equal(reopened.unchanged('/a.md', [100, old[1], old[2], 9], 's'), undefined, 'inode');
    assert.equal(reopened.unchanged('/a.md', old, 'other settings'), undefined, 'settings');
    assert.equal(reopened.unchanged('/b.md', racy, 's'), undefined, 'modified within 2 s of its read');
    assert.equal(reopened.unchanged('/c.md', old, 's'), undefined, 'unknown file');
  });
});
