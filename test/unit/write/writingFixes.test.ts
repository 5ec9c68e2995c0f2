// Fixes that write: on every example and corpus review, each writing fix applied (its stops at their defaults, the
// behaviour and result of a feedback template typed as a writer would) removes its finding and adds none.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import { lint } from '../../../src/core/lint/lint';
import type { Finding } from '../../../src/core/lint/types';
import { filled, written } from '../../../src/core/write/snippet';
import { writingFixes, type WritingFix } from '../../../src/core/write/writingFix';
import { exampleAndCorpusReviews } from '../fixtures';

const ROOT = resolve(__dirname, '../../..');
const TODAY = new Date(2026, 9, 8);
const WRITTEN_RULES = new Set(['goal-smart', 'vague-feedback', 'action-owner', 'action-due']);
// What a writer types over a feedback template's prompts (the figure only where the data gave none).
const TYPED: Record<'zh' | 'en', Record<number, string>> = {
  zh: { 1: '开播前核对福袋库存', 2: '64 场福袋零差错', 3: '错发 0 次' },
  en: { 1: 'she checked stock before each stream', 2: '0 wrong giveaways in 64 streams', 3: '0 errors in 64 streams' },
};

function apply(text: string, fix: WritingFix, values: Record<number, string>): string {
  const lines = text.split('\n');
  const offset = (p: { line: number; character: number }) => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
  return text.slice(0, offset(fix.range.start)) + filled(fix.parts, values) + text.slice(offset(fix.range.end));
}

// A finding by rule and line: a message that changes (fewer SMART letters missing) is the same finding.
const key = (f: Finding) => `${f.ruleId}:${f.range.start.line}`;

test('snippets escape what VS Code reads as syntax, and give the defaults as plain text', () => {
  const w = written(['cost $5 {a}', { stop: 1, value: 'x}y' }, { stop: 2, choices: ['李娜', 'a,b|c'] }]);
  assert.equal(w.snippet, 'cost \\$5 {a\\}${1:x\\}y}${2|李娜,a\\,b\\|c|}');
  assert.equal(w.text, 'cost $5 {a}x}y李娜');
});

test('a vague goal gets its measure and deadline from the data, in the writer\'s words', () => {
  const text = readFileSync(join(ROOT, 'examples/reviews/2026-Q3/李娜.md'), 'utf8').replace(/(## 六[^\n]*\n)/u, '$1\n- 提升团队凝聚力\n');
  const { doc, findings } = lint(text, { today: TODAY });
  const finding = findings.find((f) => f.ruleId === 'goal-smart' && /凝聚力/.test(text.split('\n')[f.range.start.line]))!;
  const fixes = writingFixes(doc, finding, { people: [], locale: 'zh' });
  assert.ok(fixes.length >= 1);
  const after = apply(text, fixes[0], {}).split('\n')[finding.range.start.line];
  assert.match(after, /^- 提升团队凝聚力，2026-12-31 前把\S+从 \S+ (提升|降低)到 \S+$/u, after);
  assert.match(fixes[0].title, /^让目标符合 SMART：/u);
});

test('every writing fix on the example and corpus reviews removes its finding and adds none', (t) => {
  const files = exampleAndCorpusReviews();
  const applied: Record<string, number> = {};
  const problems: string[] = [];
  for (const file of files) {
    const text = readFileSync(file, 'utf8').replace(/\r\n/g, '\n');
    const { doc, findings: before } = lint(text, { today: TODAY });
    const beforeKeys = before.map(key);
    for (const finding of before.filter((f) => WRITTEN_RULES.has(f.ruleId))) {
      for (const fix of writingFixes(doc, finding, { people: ['王强'], locale: 'en' })) {
        const zh = /[\u4e00-\u9fff]/u.test(text.split('\n')[finding.range.start.line]);
        const typed = { ...TYPED[zh ? 'zh' : 'en'] };
        if (!/待填写：数据|TODO: a figure/u.test(written(fix.parts).text)) delete typed[3];
        const next = apply(text, fix, finding.ruleId === 'vague-feedback' ? typed : {});
        const after = lint(next, { today: TODAY }).findings;
        const where = `${file}:${finding.range.start.line + 1} ${fix.title}\n${next.split('\n')[finding.range.start.line]}`;
        if (after.some((f) => f.ruleId === finding.ruleId && f.range.start.line === finding.range.start.line)) problems.push(`still reported: ${where}`);
        const added = after.map(key).filter((k) => !beforeKeys.includes(k));
        if (added.length) problems.push(`new findings: ${where}\n  ${added.join('\n  ')}`);
        applied[finding.ruleId] = (applied[finding.ruleId] ?? 0) + 1;
      }
    }
  }
  t.diagnostic(`fixes applied: ${JSON.stringify(applied)} in ${files.length} reviews`);
  assert.deepEqual(problems, []);
  for (const rule of WRITTEN_RULES) assert.ok((applied[rule] ?? 0) >= 10, `${rule}: ${applied[rule] ?? 0} fixes applied`);
});
