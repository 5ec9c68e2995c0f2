// The CLI's pure parts, tested without spawning the bin.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { escapeData, escapeProperty } from '../../../src/cli/format/github';
import { chunkByPerson } from '../../../src/cli/lint/chunks';
import { looksLikeReview, sniffPerson } from '../../../src/core/workspace/sniff';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decode, readText } from '../../../src/node/readText';
import { localeFromEnv } from '../../../src/cli/locale';

describe('CLI parts', () => {
  it('reads files of every size whole, one after another (small ones share a buffer)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mdreview-read-'));
    const MB = 1024 * 1024;
    // Sizes in bytes around the shared buffer's 1 MB, then a CJK file read after a large one.
    const texts = [0, 10, MB - 1, MB, MB + 1, 3 * MB].map((size, i) => `${i}${'abcdefg'.repeat(size)}`.slice(0, Math.max(1, size)));
    texts.push('中文评审'.repeat(300_000));
    texts.forEach((text, i) => writeFileSync(join(dir, `${i}.md`), text));
    const read = [];
    for (let i = 0; i < texts.length; i++) read.push(await readText(join(dir, `${i}.md`)));
    read.forEach((r, i) => assert.ok(r.ok && r.text === texts[i], `file ${i}`));
  });

  it('escapes GitHub workflow commands', () => {
    assert.equal(escapeData('50% done\r\nnext: a, b'), '50%25 done%0D%0Anext: a, b');
    assert.equal(escapeProperty('a: b, c%'), 'a%3A b%2C c%25');
  });

  it('sniffs reviews and their person from the frontmatter', () => {
    assert.ok(looksLikeReview('---\nemployee: 张伟\ncycle: 2026-Q3\n---\n'));
    assert.ok(looksLikeReview('\uFEFF---\r\ntemplate: general\r\n---\r\n'));
    assert.ok(!looksLikeReview('---\nemployee: 张伟\n---\n'));
    assert.ok(!looksLikeReview('# employee: x\ncycle: y\n'));
    assert.ok(!looksLikeReview('---\ntitle: x\n---\nemployee: a\ncycle: b\n'));
    assert.equal(sniffPerson('---\nemployee: "Alex  Chen" # lead\n---\n'), sniffPerson('---\nemployee: alexchen\n---\n'));
    assert.equal(sniffPerson('no frontmatter'), undefined);
  });

  it('chunks never split one person across chunks, and keep every job once', () => {
    const review = (who: string) => `---\nemployee: ${who}\ncycle: 2026-Q1\n---\n`;
    const jobs = ['A', 'B', 'A', 'C', 'A', 'B', 'D'].map((who, index) => ({ index, text: review(who), settingsId: 0 }));
    const chunks = chunkByPerson(jobs, 2);
    assert.deepEqual(chunks.flat().map((j) => j.index).sort(), [0, 1, 2, 3, 4, 5, 6]);
    const chunkOf = (i: number) => chunks.findIndex((c) => c.some((j) => j.index === i));
    assert.equal(chunkOf(0), chunkOf(2));
    assert.equal(chunkOf(0), chunkOf(4));
    assert.equal(chunkOf(1), chunkOf(5));
  });

  it('decodes BOMs and UTF-16, and recognises binary and invalid UTF-8', () => {
    const ok = (r: ReturnType<typeof decode>) => (r.ok ? r.text : `failed: ${r.kind}`);
    assert.equal(ok(decode(Buffer.from([0xef, 0xbb, 0xbf, 0x61]))), 'a');
    assert.equal(ok(decode(Buffer.from([0xff, 0xfe, 0x2d, 0x4e]))), '中');
    assert.equal(ok(decode(Buffer.from([0xfe, 0xff, 0x4e, 0x2d]))), '中');
    assert.equal(ok(decode(Buffer.from('a\u0000b'))), 'failed: binary');
    const bad = decode(Buffer.from([0x61, 0xff]));
    assert.ok(bad.ok && bad.text === 'a\uFFFD' && bad.warning);
    const good = decode(Buffer.from('名字 \uFFFD'));
    assert.ok(good.ok && !good.warning);
  });

  it('reads the locale from LC_ALL, LC_MESSAGES, LANG in that order', () => {
    assert.equal(localeFromEnv({ LANG: 'zh_CN.UTF-8' }), 'zh');
    assert.equal(localeFromEnv({ LC_ALL: 'en_US.UTF-8', LANG: 'zh_CN.UTF-8' }), 'en');
    assert.equal(localeFromEnv({ LC_MESSAGES: 'zh_TW', LANG: 'en_US' }), 'zh');
    assert.equal(localeFromEnv({}), 'en');
  });
});
