// The labelled corpus guards the rules: every figure `npm run eval` reports must stay at or above its floor.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { corpusDir, evaluateAll } from '../../eval/evaluators';

const dir = corpusDir(__dirname);
const floors: Record<string, number> = JSON.parse(readFileSync(join(dir, 'floors.json'), 'utf8'));
const figures = evaluateAll(dir);

test('every floor names a figure the evaluators report', () => {
  const reported = new Set(figures.map((f) => f.id));
  assert.deepEqual(Object.keys(floors).filter((id) => !reported.has(id)), []);
});

for (const f of figures) {
  const floor = floors[f.id];
  if (floor === undefined) continue;
  test(`${f.id} stays at or above ${floor}`, () => {
    const examples = f.failures.slice(0, 5).map((x) => `  ${x.text}: expected ${x.expected}; got ${x.got}`).join('\n');
    assert.ok(f.value >= floor, `${f.id} = ${f.value.toFixed(3)} (n=${f.count}) is below its floor ${floor}; failing:\n${examples}`);
  });
}
