// Property tests: for arbitrary text and arbitrary YAML, lint never throws and every range lies inside
// the document; growth of lint time with input size stays near linear.
import fc from 'fast-check';
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { stringify } from 'yaml';
import { lint } from '../../src/core/lint/lint';
import { parse } from '../../src/core/parse/parse';
import type { Range } from '../../src/core/model';

const TODAY = new Date('2026-11-26T12:00:00');

function assertInside(text: string, range: Range, what: string): void {
  const lines = text.split(/\r\n|\n|\r/);
  for (const p of [range.start, range.end]) {
    assert.ok(p.line >= 0 && p.line < lines.length, `${what}: line ${p.line} outside 0..${lines.length - 1}`);
    assert.ok(p.character >= 0 && p.character <= lines[p.line].length, `${what}: character ${p.character} outside line ${p.line}`);
  }
  assert.ok(range.start.line < range.end.line || (range.start.line === range.end.line && range.start.character <= range.end.character), `${what}: start after end`);
}

function checkAll(text: string): void {
  const { findings, doc } = lint(text, { today: TODAY, locale: 'zh' });
  for (const f of findings) {
    assertInside(text, f.range, f.ruleId);
    for (const fix of f.fixes ?? []) for (const e of fix.edits) assertInside(text, e.range, `${f.ruleId} fix`);
  }
  for (const k of doc.kpis) assertInside(text, k.range, 'kpi');
  for (const s of doc.sections) assertInside(text, s.range, 'section');
}

// Pieces that make the parser and rules work hard: fences, headings, tasks, CJK, emoji, CRLF, tables.
const piece = fc.constantFrom(
  '---', '\n', '\r\n', '\r', '# ', '## 一、目标达成情况', '## 六、总结与展望', '- [ ] ', '- [x] ', '- ', '1. ', '> ',
  '| a | b |\n|---|---|\n| 1 | 2 |', 'employee: 张三', 'cycle: 2026-Q3', 'kpis:', '  - name: 互动率', '    target: 5%',
  '    actual: 4.1%', '负责人：@李四', '截止：2026-12-31', '12月底前', '尽快', '表现还可以', '😀', '\uFEFF', '\t', '<!-- mdreview-disable -->',
  '【待填写：x】', 'TODO', '&amp;', '`code`', '```\nfenced\n```', '*', '_', '[link](x)', '达成率 95%', '1.2万', ' ',
);

test('lint never throws and keeps every range inside the document (structured text)', () => {
  fc.assert(fc.property(fc.array(fc.oneof(piece, fc.string()), { maxLength: 60 }), (parts) => checkAll(parts.join(''))), { numRuns: 400 });
});

test('lint never throws on arbitrary unicode text', () => {
  fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (s) => checkAll(s)), { numRuns: 300 });
  fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (s) => checkAll(`---\n${s}\n---\n${s}`)), { numRuns: 300 });
});

test('lint never throws on arbitrary YAML frontmatter', () => {
  const yamlValue = fc.jsonValue({ maxDepth: 4 });
  fc.assert(
    fc.property(fc.dictionary(fc.constantFrom('employee', 'reviewer', 'cycle', 'status', 'date', 'template', 'kpis', 'x'), yamlValue), (data) => {
      checkAll(`---\n${stringify(data)}---\n\n## 一、目标达成情况\n\n- [ ] 跟进\n`);
    }),
    { numRuns: 300 },
  );
  const kpiEntry = fc.record(
    {
      name: fc.string(),
      target: fc.oneof(fc.string(), fc.double(), fc.constant(null)),
      actual: fc.oneof(fc.string(), fc.integer()),
      better: fc.string(),
      sessions: fc.array(fc.oneof(fc.string(), fc.double())),
    },
    { requiredKeys: [] },
  );
  fc.assert(
    fc.property(fc.array(kpiEntry), (kpis) => {
      checkAll(`---\nemployee: a\nreviewer: b\ncycle: 2026-Q3\n${stringify({ kpis })}---\n\n正文 达成了目标，达成率 95%。\n`);
    }),
    { numRuns: 300 },
  );
});

test('hostile YAML (alias bomb, deep nesting) gives a finding, not a hang', () => {
  const bomb = ['a: &a [x, x, x, x, x, x, x, x, x]'];
  for (let i = 1; i < 12; i++) bomb.push(`${'b'.repeat(i)}: &${'b'.repeat(i)} [${Array(9).fill(i === 1 ? '*a' : `*${'b'.repeat(i - 1)}`).join(', ')}]`);
  const { findings } = lint(`---\n${bomb.join('\n')}\n---\n\ntext\n`);
  assert.ok(findings.some((f) => f.ruleId === 'frontmatter'), 'alias bomb reported');
  const deep = `---\nx: ${'['.repeat(2000)}${']'.repeat(2000)}\n---\n`;
  assert.doesNotThrow(() => lint(deep));
});

// No timing ratio here (a unit test must not time things; `npm run bench` does): 1,000 sections (180 KB, below the
// prose budget) is far beyond any review, and a quadratic step in parse or rules would run past the guard.
test('a review of 1,000 repeated sections lints whole, without running away', () => {
  const unit = '## 二、数据分析\n\n观看人数峰值 1.2万，表现还可以。\n\n- [ ] 优化话术 负责人：@张伟 截止：2026-12-31\n- 下季度互动率提升到 5%\n\n';
  const text = unit.repeat(1000);
  const start = performance.now();
  const { findings } = lint(text);
  assert.ok(performance.now() - start < 30_000, 'ran away');
  assert.ok(!findings.some((f) => f.ruleId === 'analysis-limit'), 'every rule ran');
  const doc = parse(text);
  assert.equal(doc.sections.length, 1000);
  assert.equal(doc.actions.filter((a) => a.owner && a.due?.date === '2026-12-31').length, 1000);
});
