// The unified plugin in-process, on a VFile-like object, against the CLI on the same files.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import remarkMdreview, { replacements, type Message, type Options, type VFileLike } from '../../../src/unified/plugin';
import { LineMap } from '../../../src/core/text/lineMap';
import { CLEAN_EN, DRAFT_ZH, NO_REVIEWER_EN, workspace } from '../cli/helpers';
import { cliFindings, sorted, type Compared } from './helpers';

interface Recorded extends Message {
  reason: string;
  place: { start: { line: number; column: number }; end: { line: number; column: number } };
  origin?: string;
}

/** Runs the plugin's transformer on a file at `path` (relative to `cwd`) holding `value`, as unified would. */
async function lint(cwd: string, path: string | undefined, value: string | Uint8Array, options?: Options): Promise<Recorded[]> {
  const messages: Recorded[] = [];
  const file: VFileLike = {
    cwd,
    path,
    value,
    message(reason, place, origin) {
      const m: Recorded = { reason, place: place!, origin, fatal: false };
      messages.push(m);
      return m;
    },
  };
  await remarkMdreview(options)(undefined, file);
  return messages;
}

function compared(messages: Recorded[]): Compared[] {
  return sorted(
    messages.map((m) => ({
      ruleId: String(m.ruleId),
      severity: m.fatal === true ? 'error' : m.fatal === false ? 'warning' : 'info',
      message: m.reason,
      line: m.place.start.line,
      column: m.place.start.column,
      endLine: m.place.end.line,
      endColumn: m.place.end.column,
    })),
  );
}

/** The message language comes from the environment, as the CLI's: English here, as for the CLI runs (helpers' ENV). */
const LOCALE_VARS = ['LC_ALL', 'LC_MESSAGES', 'LANG'] as const;
const saved = Object.fromEntries(LOCALE_VARS.map((k) => [k, process.env[k]]));

describe('mdreview as a unified plugin: the attacher', () => {
  before(() => {
    for (const k of LOCALE_VARS) delete process.env[k];
    process.env.LANG = 'en_US.UTF-8';
  });
  after(() => {
    for (const k of LOCALE_VARS) {
      if (saved[k] === undefined) delete process.env[k];
      else process.env[k] = saved[k];
    }
  });

  it('lints the text it is given (an editor\'s unsaved one), not the file on disk', async () => {
    const dir = workspace({ 'reviews/alex.md': CLEAN_EN });
    const onDisk = cliFindings(['reviews/alex.md'], dir).get(join(dir, 'reviews/alex.md'))!;
    assert.ok(onDisk.every((f) => f.severity !== 'error'));
    const messages = await lint(dir, 'reviews/alex.md', NO_REVIEWER_EN);
    const frontmatter = messages.find((m) => m.ruleId === 'frontmatter');
    assert.ok(frontmatter, JSON.stringify(messages));
    assert.equal(frontmatter.fatal, true);
    assert.equal(frontmatter.source, 'mdreview');
    assert.equal(frontmatter.origin, 'mdreview:frontmatter');
    writeFileSync(join(dir, 'reviews/alex.md'), NO_REVIEWER_EN);
    assert.deepEqual(compared(messages), cliFindings(['reviews/alex.md'], dir).get(join(dir, 'reviews/alex.md')));
  });

  it('reads bytes as the CLI reads a file (BOM dropped), and text from stdin (no path)', async () => {
    const dir = workspace({});
    const text = await lint(dir, 'zh.md', DRAFT_ZH);
    assert.ok(text.length > 0);
    const bytes = await lint(dir, 'zh.md', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(DRAFT_ZH, 'utf8')]));
    assert.deepEqual(compared(bytes), compared(text));
    assert.deepEqual(compared(await lint(dir, undefined, DRAFT_ZH)), compared(text));
  });

  it('gives no message for Markdown that is no review, unless the config\'s `files` makes it one', async () => {
    const dir = workspace({ '.mdreviewrc.json': JSON.stringify({ files: ['reviews/**/*.md'] }) });
    assert.deepEqual(await lint(dir, 'README.md', '# Team reviews\n\nHow we write them.\n'), []);
    assert.deepEqual(await lint(dir, 'notes.md', Buffer.from([0, 1, 2, 3])), [], 'binary');
    const matched = await lint(dir, 'reviews/draft.md', '# Draft\n');
    assert.ok(matched.length > 0);
  });

  it('uses the person\'s earlier review on disk as history, as `mdreview lint <file>` does', async () => {
    const q2 = CLEAN_EN.replace('cycle: 2026-Q3', 'cycle: 2026-Q2');
    const q3 = CLEAN_EN.replace('- [ ] Write a checklist for live unboxing segments Owner: @alex Due: 2026-11-30', '- [ ] Pair with Dana on the weekly stream plan Owner: @alex Due: 2026-12-15');
    const dir = workspace({ '2026-Q2/alex.md': q2, '2026-Q3/alex.md': q3 });
    const messages = await lint(dir, '2026-Q3/alex.md', q3);
    assert.ok(messages.some((m) => m.ruleId === 'follow-up-missing'), JSON.stringify(messages));
    assert.deepEqual(compared(messages), cliFindings(['2026-Q3/alex.md'], dir).get(join(dir, '2026-Q3/alex.md')));
  });

  it('`locale: zh` gives the messages of --locale zh; a broken config is one fatal config-error', async () => {
    const dir = workspace({ 'zh.md': DRAFT_ZH });
    const zh = await lint(dir, 'zh.md', DRAFT_ZH, { locale: 'zh' });
    assert.deepEqual(compared(zh), cliFindings(['zh.md', '--locale', 'zh'], dir).get(join(dir, 'zh.md')));
    assert.ok(zh.some((m) => /[\u4e00-\u9fff]/.test(m.reason)));

    const broken = workspace({ '.mdreviewrc.json': '{"rules": {"placeholder": "loud"}}', 'zh.md': DRAFT_ZH });
    const messages = await lint(broken, 'zh.md', DRAFT_ZH);
    const config = messages.filter((m) => m.ruleId === 'config-error');
    assert.equal(config.length, 1, JSON.stringify(messages));
    assert.equal(config[0].fatal, true);
    assert.match(config[0].reason, /^\.mdreviewrc\.json: /);
  });
});

describe('mdreview as a unified plugin: fixes as `expected`', () => {
  const lines = new LineMap('- [ ] Ship it Owner: @alex\nnext line\n');
  const range = { start: { line: 0, character: 6 }, end: { line: 0, character: 26 } };
  const at = (line: number, character: number) => ({ start: { line, character }, end: { line, character } });

  it('turns edits inside the finding\'s range into the text replacing that range', () => {
    assert.deepEqual(replacements(lines, range, [{ title: 'due', mechanical: false, edits: [{ range: at(0, 26), newText: ' Due: 2026-12-31' }] }]), ['Ship it Owner: @alex Due: 2026-12-31']);
    assert.deepEqual(
      replacements(lines, range, [{ title: 'two', mechanical: true, edits: [{ range: { start: { line: 0, character: 14 }, end: { line: 0, character: 26 } }, newText: '' }, { range: at(0, 6), newText: '[x] ' }] }]),
      ['[x] Ship it '],
    );
  });

  it('leaves out fixes that edit elsewhere or wait for a typed value', () => {
    assert.deepEqual(replacements(lines, range, [{ title: 'elsewhere', mechanical: true, edits: [{ range: at(1, 0), newText: 'x' }] }]), []);
    assert.deepEqual(replacements(lines, range, [{ title: 'typed', mechanical: false, edits: [{ range: at(0, 26), newText: ' @{name}' }], input: { prompt: 'Owner', slot: '{name}' } }]), []);
  });
});
