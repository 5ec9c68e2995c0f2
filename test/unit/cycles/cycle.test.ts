import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compareCycles, cycleOf, localDay, nextCycle, normalizeCycleId, parseCycle, previousCycle } from '../../../src/core/cycles/cycle';

test('parses the four kinds and Chinese spellings to canonical ids', () => {
  const cases: [string, string | undefined][] = [
    ['2026-Q3', '2026-Q3'],
    ['2026q1', '2026-Q1'],
    ['2026 H2', '2026-H2'],
    ['2026-7', '2026-07'],
    ['2026/12', '2026-12'],
    ['2026', '2026'],
    ['２０２６－Ｑ４', '2026-Q4'],
    ['2026年第三季度', '2026-Q3'],
    ['2026年Q2', '2026-Q2'],
    ['2026年上半年', '2026-H1'],
    ['2026年下半年', '2026-H2'],
    ['2026年7月', '2026-07'],
    ['2026年十二月', '2026-12'],
    ['2026年度', '2026'],
    ['2026-Q5', undefined],
    ['2026-13', undefined],
    ['2026-H3', undefined],
    ['next quarter', undefined],
    ['', undefined],
  ];
  for (const [input, id] of cases) assert.equal(parseCycle(input)?.id, id, input);
  assert.equal(parseCycle(2026)?.id, '2026');
  assert.equal(parseCycle(null), undefined);
  assert.equal(normalizeCycleId(' 2026年第一季度 '), '2026-Q1');
  assert.equal(normalizeCycleId(' v2 '), 'v2');
});

test('orders mixed kinds by period end, longer periods first on a tie, non-cycles last', () => {
  const ids = ['2027-01', 'later', '2026-Q4', '2026', '2026-12', '2026-H1', '2026-Q2', '2025-H2', '2026-03', 'another'];
  assert.deepEqual([...ids].sort(compareCycles), ['2025-H2', '2026-03', '2026-H1', '2026-Q2', '2026', '2026-Q4', '2026-12', '2027-01', 'another', 'later']);
  assert.equal(compareCycles('2026-Q3', '2026年第三季度'), 0);
});

test('next and previous cycle of the same kind, across year boundaries', () => {
  assert.equal(nextCycle('2026-Q3'), '2026-Q4');
  assert.equal(nextCycle('2026-Q4'), '2027-Q1');
  assert.equal(nextCycle('2026-H2'), '2027-H1');
  assert.equal(nextCycle('2026-12'), '2027-01');
  assert.equal(nextCycle('2026-09'), '2026-10');
  assert.equal(nextCycle('2026'), '2027');
  assert.equal(nextCycle('2026年上半年'), '2026-H2');
  assert.equal(nextCycle('whenever'), undefined);
  assert.equal(previousCycle('2027-Q1'), '2026-Q4');
  assert.equal(previousCycle('2027-01'), '2026-12');
  assert.equal(previousCycle('2027-H1'), '2026-H2');
  for (const id of ['2026-Q1', '2026-H2', '2026-05', '2030']) assert.equal(previousCycle(nextCycle(id)!), id);
});

test('cycleOf places a date in its period', () => {
  const d = new Date(2026, 7, 15);
  assert.equal(cycleOf(d, 'quarter'), '2026-Q3');
  assert.equal(cycleOf(d, 'half'), '2026-H2');
  assert.equal(cycleOf(d, 'month'), '2026-08');
  assert.equal(cycleOf(d, 'year'), '2026');
});

test('localDay writes the day of the local calendar, zero-padded', () => {
  assert.equal(localDay(new Date(2027, 0, 5, 23, 59)), '2027-01-05');
  assert.equal(localDay(new Date(2026, 11, 31, 0, 1)), '2026-12-31');
});

test('fiscal years, school terms and semesters of an academic year are cycles too', () => {
  assert.equal(parseCycle('FY2026')?.id, 'FY2026');
  assert.equal(parseCycle('2026财年')?.id, 'FY2026');
  assert.equal(parseCycle('2026-T3')?.id, '2026-T3');
  assert.equal(nextCycle('2026-T4'), '2027-T1');
  assert.equal(parseCycle('2025-2026-1')?.id, '2025-2026-1');
  assert.equal(nextCycle('2025-2026-1'), '2025-2026-2');
  assert.equal(nextCycle('2025-2026-2'), '2026-2027-1');
  assert.equal(previousCycle('2025-2026-1'), '2024-2025-2');
  assert.ok(compareCycles('2025-2026-1', '2025-2026-2') < 0);
  assert.ok(compareCycles('2025-2026-2', '2026-Q2') > 0, 'the spring semester ends in July');
  assert.equal(parseCycle('2025-2027-1'), undefined);
  assert.equal(parseCycle('2026-T5'), undefined);
  assert.equal(parseCycle('Q3 2026')?.id, '2026-Q3');
  assert.equal(parseCycle('H1 2026')?.id, '2026-H1');
});
