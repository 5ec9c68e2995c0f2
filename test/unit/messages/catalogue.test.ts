// The message catalogue: every finding message the rules give on the fixtures, the labelled reviews and the
// examples, in English and in Chinese, held in a snapshot so a change of wording is seen in review; and read for
// what a fluent writer would not write (doubled punctuation, internal words, English field names in Chinese).
// Update the snapshots deliberately with MDREVIEW_UPDATE_SNAPSHOTS=1 npm run test:unit.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type { Locale } from '../../../src/core/i18n';
import { lint } from '../../../src/core/lint/lint';
import { parse } from '../../../src/core/parse/parse';

const ROOT = join(__dirname, '../../..');
const TODAY = new Date('2026-11-26T12:00:00');

interface Input {
  text: string;
  previous?: string;
}

function inputs(): Input[] {
  const read = (p: string) => readFileSync(p, 'utf8');
  const list: Input[] = [];
  const fixtures = join(ROOT, 'test/fixtures/rules');
  for (const f of readdirSync(fixtures).filter((f) => f.endsWith('.md')).sort()) list.push({ text: read(join(fixtures, f)) });
  const reviews = join(ROOT, 'test/corpus/reviews');
  for (const f of readdirSync(reviews).sort()) {
    const path = join(reviews, f);
    if (statSync(path).isDirectory()) list.push({ text: read(join(path, 'current.md')), previous: read(join(path, 'previous.md')) });
    else if (f.endsWith('.md') && f !== 'README.md') list.push({ text: read(path) });
  }
  const q2 = join(ROOT, 'examples/reviews/2026-Q2');
  const q3 = join(ROOT, 'examples/reviews/2026-Q3');
  for (const f of readdirSync(q3).filter((f) => f.endsWith('.md')).sort()) {
    list.push({ text: read(join(q3, f)), previous: existsSync(join(q2, f)) ? read(join(q2, f)) : undefined });
  }
  return list;
}

function catalogue(locale: Locale): string[] {
  const lines = new Set<string>();
  for (const input of inputs()) {
    const history = input.previous ? [parse(input.previous, { today: TODAY })] : [];
    for (const f of lint(input.text, { locale, today: TODAY, history }).findings) lines.add(`${f.ruleId} | ${f.message.replace(/\s+/g, ' ')}`);
  }
  return [...lines].sort();
}

for (const locale of ['en', 'zh'] as const) {
  const messages = catalogue(locale);
  const snapshot = join(ROOT, `test/unit/messages/catalogue.${locale}.txt`);

  test(`the ${locale} message catalogue matches its snapshot`, () => {
    const text = messages.join('\n') + '\n';
    if (process.env.MDREVIEW_UPDATE_SNAPSHOTS === '1') writeFileSync(snapshot, text);
    assert.equal(text, readFileSync(snapshot, 'utf8'), `messages changed: review them, then MDREVIEW_UPDATE_SNAPSHOTS=1 npm run test:unit`);
  });

  test(`${locale} messages have no doubled punctuation and no internal words`, () => {
    const bad = messages.filter((m) => /[。，；：！？、]{2}|[。.][。.](?!\.)|,,|\bseed\b|undefined|NaN|\[object /u.test(m.slice(m.indexOf('|') + 2)));
    assert.deepEqual(bad, []);
  });
}

test('Chinese messages name no English field of the frontmatter outside code marks, quotes or brackets', () => {
  const bare = /(?<![`\w])(?:target|actual|better|sessions|employee|reviewer|cycle|status|template|owner|due)(?![`\w])/u;
  const bad = catalogue('zh').filter((m) => bare.test(m.slice(m.indexOf('|') + 2).replace(/“[^”]*”|`[^`]*`|（[^）]*）/gu, '')));
  assert.deepEqual(bad, []);
});
