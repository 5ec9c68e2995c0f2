// No finding's range starts or ends between the two halves of a surrogate pair (an emoji, a rare 汉字): seeded
// review-shaped inputs with emoji sprinkled everywhere, YAML errors next to emoji included.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { prng } from '../../../scripts/bench/generate.mjs';
import { fuzzInputs } from '../../../scripts/fuzz/inputs.mjs';
import { lint } from '../../../src/core/lint/lint';
import { LineMap } from '../../../src/core/text/lineMap';

const TODAY = new Date('2026-11-26T12:00:00');
const ASTRAL = ['😀', '🚀', '𠀀', '👍🏽'];

function splitPairs(text: string): string[] {
  const lines = new LineMap(text);
  const splits = (offset: number) => /[\ud800-\udbff]/.test(text[offset - 1] ?? '') && /[\udc00-\udfff]/.test(text[offset] ?? '');
  return lint(text, { today: TODAY, locale: 'zh' })
    .findings.filter((f) => splits(lines.offset(f.range.start)) || splits(lines.offset(f.range.end)))
    .map((f) => `${f.ruleId} ${f.range.start.line}:${f.range.start.character}-${f.range.end.line}:${f.range.end.character}`);
}

/** `text` with an astral character after roughly every `every`-th character. */
function sprinkle(text: string, rand: () => number, every: number): string {
  let out = '';
  for (const ch of text) out += rand() * every < 1 ? ch + ASTRAL[Math.floor(rand() * ASTRAL.length)] : ch;
  return out;
}

test('YAML errors beside emoji: ranges keep whole characters', () => {
  for (const text of ['---\nemployee: 😀[\n---\n', '---\nemployee: "😀\n---\n', '---\nkpis: [😀, {😀: 😀\n---\n', '---\n😀: 😀: 😀\n---\n']) {
    assert.deepEqual(splitPairs(text), [], JSON.stringify(text));
  }
});

test('seeded emoji-heavy review-shaped inputs: no range splits a surrogate pair', { timeout: 600_000 }, () => {
  const rand = prng(14);
  let i = 0;
  for (const input of fuzzInputs(1414, 120, 400)) {
    const text = sprinkle(input.text, rand, 1 + (i++ % 6));
    assert.deepEqual(splitPairs(text), [], input.label);
  }
});
