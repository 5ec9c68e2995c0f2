// A review read lazily (frontmatter now, body on first use) is the same review, and linting against a history of
// lazily read reviews gives the findings a history of fully parsed ones gives: the Team Overview and the person
// histories rely on it to skip the body of all but the previous review.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { generateReview, prng } from '../../../scripts/bench/generate.mjs';
import { fuzzInputs } from '../../../scripts/fuzz/inputs.mjs';
import { lintDocument } from '../../../src/core/lint/lint';
import { parse, parseLazily, type ParsedReview } from '../../../src/core/parse/parse';

const TODAY = new Date('2026-11-26T12:00:00');
const CYCLES = ['2025-Q2', '2025-Q3', '2025-Q4', '2026-Q1', '2026-Q2', '2026-Q3'];

/** Every field but the YAML range lookup (a closure), read through the getters where lazy. */
function fields(doc: ParsedReview): Record<string, unknown> {
  const { yamlRange, ...rest } = doc;
  assert.equal(typeof yamlRange, 'function');
  return { ...rest, kpiRanges: doc.kpis.map((_, i) => yamlRange(['kpis', i, 'actual'])) };
}

test('a lazily read review equals the parsed one, body fields included', { timeout: 300_000 }, () => {
  const rand = prng(7);
  const texts = [
    ...Array.from({ length: 12 }, (_, i) => generateReview(rand, { lang: i % 2 ? 'en' : 'zh', targetBytes: 3000, index: i })),
    ...[...fuzzInputs(5, 60, 400)].map((input) => input.text),
  ];
  for (const text of texts) assert.deepEqual(fields(parseLazily(text, { today: TODAY })), fields(parse(text, { today: TODAY })), text.slice(0, 200));
});

test('linting against lazily read earlier reviews gives the same findings as against parsed ones', { timeout: 300_000 }, () => {
  const rand = prng(20261201);
  let withHistoryOnly = 0;
  for (let person = 0; person < 8; person++) {
    const texts = CYCLES.map((cycle) => generateReview(rand, { lang: person % 2 ? 'en' : 'zh', targetBytes: 2048 + Math.floor(rand() * 4096), index: person }).replace(/^cycle: .*$/m, `cycle: ${cycle}`));
    const current = parse(texts.at(-1)!, { today: TODAY });
    const earlier = texts.slice(0, -1).reverse();
    const full = lintDocument(current, { history: earlier.map((t) => parse(t, { today: TODAY })), locale: 'en' });
    const lazy = lintDocument(current, { history: earlier.map((t) => parseLazily(t, { today: TODAY })), locale: 'en' });
    assert.deepEqual(lazy, full, `person ${person}`);
    const alone = lintDocument(current, { locale: 'en' });
    withHistoryOnly += full.length - alone.length;
  }
  assert.ok(withHistoryOnly > 0, 'the histories matter: they add findings (follow-ups, regressions)');
});
