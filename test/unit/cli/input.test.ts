import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CLEAN_EN, DRAFT_ZH, NO_REVIEWER_EN, runJson, workspace } from './helpers';

/** Findings without messages: what must not change when only the encoding of a file changes. */
const shape = (r: { reports: { findings: Record<string, unknown>[] }[] }) => r.reports[0].findings.map((f) => `${f.ruleId}@${f.line}:${f.column}-${f.endLine}:${f.endColumn}`);

function utf16be(text: string): Buffer {
  return Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]);
}

describe('mdreview lint: bad input', () => {
  it('a UTF-8 BOM, UTF-16 LE and UTF-16 BE files lint like plain UTF-8', () => {
    const dir = workspace({
      'plain.md': DRAFT_ZH,
      'bom.md': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(DRAFT_ZH)]),
      'le.md': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(DRAFT_ZH, 'utf16le')]),
      'be.md': utf16be(DRAFT_ZH),
    });
    const expected = shape(runJson(['plain.md'], dir));
    assert.ok(expected.some((s) => s.startsWith('action-owner')));
    for (const file of ['bom.md', 'le.md', 'be.md']) assert.deepEqual(shape(runJson([file], dir)), expected, file);
    // Discovery reads them the same way: all four are reviews.
    assert.equal(runJson([], dir).reports.length, 4);
  });

  it('CRLF line endings give the same positions as LF', () => {
    const dir = workspace({ 'lf.md': NO_REVIEWER_EN, 'crlf.md': NO_REVIEWER_EN.replace(/\n/g, '\r\n') });
    assert.deepEqual(shape(runJson(['crlf.md'], dir)), shape(runJson(['lf.md'], dir)));
  });

  it('a binary file named explicitly is an io-error (exit 2); found by a walk it is skipped', () => {
    const binary = Buffer.concat([Buffer.from('---\nemployee: x\ncycle: 2026\n---\n'), Buffer.from([0, 1, 2, 0, 255])]);
    const dir = workspace({ 'photo.md': binary, 'alex.md': CLEAN_EN });
    const r = runJson(['photo.md', 'alex.md'], dir);
    assert.equal(r.status, 2);
    assert.equal(r.reports[0].findings.length, 1);
    assert.equal(r.reports[0].findings[0].ruleId, 'io-error');
    assert.match(r.reports[0].findings[0].message as string, /binary/);
    assert.deepEqual(runJson([], dir).reports.map((x) => x.file), ['alex.md']);
  });

  it('an empty file is linted without failing', () => {
    const dir = workspace({ 'empty.md': '' });
    const r = runJson(['empty.md'], dir);
    assert.notEqual(r.status, 2);
    assert.ok(r.reports[0].findings.every((f) => f.ruleId !== 'io-error'));
  });

  it('invalid UTF-8 is linted with a warning', () => {
    const dir = workspace({ 'latin1.md': Buffer.concat([Buffer.from(CLEAN_EN), Buffer.from([0xe9, 0x0a])]) });
    const r = runJson(['latin1.md'], dir);
    assert.equal(r.status, 0);
    const io = r.reports[0].findings.filter((f) => f.ruleId === 'io-error');
    assert.equal(io.length, 1);
    assert.equal(io[0].severity, 'warning');
    assert.match(io[0].message as string, /UTF-8/);
  });

  it('a file over 10 MB is refused with a clear error, without reading it', () => {
    const huge = `---\nemployee: A\ncycle: 2026-Q1\n---\n${'x'.repeat(11 * 1024 * 1024)}`;
    const dir = workspace({ 'huge.md': huge, 'alex.md': CLEAN_EN });
    for (const args of [['huge.md'], []]) {
      const r = runJson(args, dir, { LANG: 'zh_CN.UTF-8' });
      assert.equal(r.status, 2);
      const report = r.reports.find((x) => x.file === 'huge.md')!;
      assert.match(report.findings[0].message as string, /10 MB/);
      assert.match(r.stderr, /huge\.md/);
    }
  });
});
