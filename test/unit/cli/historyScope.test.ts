// Issue 14: `mdreview lint one.md` outside any repository looked for the person's history in every Markdown file
// under the current folder (from /tmp: > 120 s, 4.2 GB). Outside a repository the search now covers the folder of
// the file's config (else the current folder when it holds the file, else the file's own folder), and stops after
// HISTORY_SCAN_LIMIT files and folders with a notice in the run's language.
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { walk } from '../../../src/node/walk';
import { HISTORY_SCAN_LIMIT } from '../../../src/node/workspaceHost';
import { CLEAN_EN, runJson, workspace } from './helpers';

const Q2 = CLEAN_EN.replace('cycle: 2026-Q3', 'cycle: 2026-Q2').replace('Write a checklist for live unboxing segments', 'Set up a co-streaming pilot with two partners');
const followUps = (r: ReturnType<typeof runJson>) => r.reports[0].findings.filter((f) => f.ruleId === 'follow-up-missing');

/** `count` empty Markdown files in `folder`, spread over sub-folders of 500. */
function junk(folder: string, count: number): void {
  for (let i = 0; i < count; i++) {
    const dir = join(folder, `d${Math.floor(i / 500)}`);
    if (i % 500 === 0) mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, `n${i}.md`), '');
  }
}

describe('history outside a repository', () => {
  it('a file outside the current folder takes no history from the current folder', () => {
    const cwd = workspace({ 'alex-q2.md': Q2 });
    const elsewhere = workspace({ 'reviews/alex.md': CLEAN_EN });
    const alone = runJson([join(elsewhere, 'reviews/alex.md')], cwd);
    assert.deepEqual(followUps(alone), [], "the current folder's namesake is not this file's history");
    // From its own folder's parent, the same file does find the history beside it.
    writeFileSync(join(elsewhere, 'reviews/alex-q2.md'), Q2);
    assert.ok(followUps(runJson(['reviews/alex.md'], elsewhere)).some((f) => /co-streaming/.test(f.message as string)));
  });

  it("the history search stops after the limit with a notice, in English and Chinese, and the file's report is complete", () => {
    const dir = workspace({ 'alex.md': CLEAN_EN });
    junk(join(dir, 'junk'), HISTORY_SCAN_LIMIT + 100);
    const en = runJson(['alex.md'], dir);
    assert.equal(en.status, 0, en.stderr);
    assert.match(en.stderr, new RegExp(`search for earlier reviews in \\. stopped after ${HISTORY_SCAN_LIMIT} files and folders`));
    assert.deepEqual(en.reports.map((r) => r.file), ['alex.md']);
    const zh = runJson(['alex.md', '--locale', 'zh'], dir);
    assert.match(zh.stderr, new RegExp(`列出 ${HISTORY_SCAN_LIMIT} 个文件和文件夹后停止`));
    assert.deepEqual(zh.reports[0].findings.length, en.reports[0].findings.length);
  });

  it('inside a repository the whole repository is searched, without a limit', () => {
    const dir = workspace({ '.git/HEAD': 'ref: refs/heads/main\n', 'q3/alex.md': CLEAN_EN, 'zz/q2/alex.md': Q2 });
    junk(join(dir, 'junk'), HISTORY_SCAN_LIMIT + 100);
    const r = runJson(['q3/alex.md'], dir);
    assert.doesNotMatch(r.stderr, /stopped after/);
    assert.ok(followUps(r).some((f) => /co-streaming/.test(f.message as string)));
  });

  it('the walk stops listing folders once maxEntries entries were seen', async () => {
    // Nested folders of 500 files each: a folder is found only once its parent was listed.
    const dir = workspace({});
    let folder = dir;
    for (let depth = 0; depth < 10; depth++) {
      folder = join(folder, 'next');
      mkdirSync(folder);
      for (let i = 0; i < 500; i++) writeFileSync(join(folder, `n${i}.md`), '');
    }
    const fs = await import('node:fs');
    let listed = 0;
    const readdir = ((path: string, options: object, callback: (e: NodeJS.ErrnoException | null, entries?: unknown[]) => void) => {
      listed++;
      return fs.readdir(path, options as { withFileTypes: true }, callback as never);
    }) as unknown as typeof fs.readdir;
    const capped = await walk(['**/*.md'], dir, { followSymlinks: false, fs: { readdir }, maxEntries: 1200 });
    assert.ok(capped.truncated);
    assert.ok(listed <= 4, `${listed} folders listed of 11`);
    assert.ok(capped.files.length <= 1500, `${capped.files.length} files`);
    const whole = await walk(['**/*.md'], dir, { followSymlinks: false });
    assert.equal(whole.truncated, false);
    assert.equal(whole.files.length, 5000);
  });
});
