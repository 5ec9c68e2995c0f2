// A small slice of `npm run fuzz` in every test run: seeded review-shaped and adversarial inputs never make
// lint() throw, and every finding's range lies inside the text. Time is only checked for runaways.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fuzzInputs } from '../../../scripts/fuzz/inputs.mjs';
import { lint } from '../../../src/core/lint/lint';

const COUNT = 120;
const NO_HANG_MS = 20_000;

test(`fuzz: ${COUNT} seeded inputs lint without throwing, with ranges inside the text`, { timeout: 600_000 }, () => {
  for (const input of fuzzInputs(7, COUNT, 3000)) {
    const start = performance.now();
    const { findings } = lint(input.text, { today: new Date('2026-11-26T12:00:00') });
    assert.ok(performance.now() - start < NO_HANG_MS, `${input.label} ran away`);
    const lines = input.text.split(/\r\n|\n|\r/);
    for (const f of findings) {
      const { start: s, end: e } = f.range;
      const inside = e.line < lines.length && e.character <= lines[e.line].length && (s.line < e.line || (s.line === e.line && s.character <= e.character));
      assert.ok(inside, `${input.label}: ${f.ruleId} range outside the text`);
    }
  }
});
