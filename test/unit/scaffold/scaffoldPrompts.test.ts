// Issue 25, point 6: a review made by New Review reports each unfilled prompt once, from `placeholder`; action-owner
// and action-due stay quiet on an owner or date left as a prompt. A placeholder a person wrote in the owner or due
// slot (负责人：待定, 截止：待定) is the owner or due rule's one finding, which names it, and not placeholder's too.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lint } from '../../../src/core/lint/lint';
import type { Finding } from '../../../src/core/lint/types';
import { parse } from '../../../src/core/parse/parse';
import { scaffoldNewReview } from '../../../src/core/scaffold/newReview';
import { TemplateRegistry } from '../../../src/core/templates/template';

const templates = new TemplateRegistry();

/** The prompts the built-in templates write: bracketed ones first (a date prompt inside one is part of it), then bare markers. */
const PROMPT = /【[^】\n]*】|\[(?:TODO|TBD)[^\]\n]*\]|YYYY-MM-DD|\bTODO\b|\bTBD\b/g;

/** The findings of `text` whose range overlaps [start, end) (document offsets). */
function findingsOver(text: string, findings: readonly Finding[], start: number, end: number): Finding[] {
  const { lines } = parse(text, { templates });
  return findings.filter((f) => lines.offset(f.range.start) < end && start < lines.offset(f.range.end));
}

function assertOnePerPrompt(text: string): Finding[] {
  const { findings } = lint(text, { templates });
  const prompts = [...text.matchAll(PROMPT)];
  assert.ok(prompts.length >= 8, `the scaffold holds its template's prompts (${prompts.length})`);
  for (const m of prompts) {
    const over = findingsOver(text, findings, m.index, m.index + m[0].length);
    assert.deepEqual(over.map((f) => f.ruleId), ['placeholder'], `${m[0]}: ${over.map((f) => `${f.ruleId}: ${f.message}`).join(' | ')}`);
  }
  return findings;
}

const previousZh = [
  '---',
  'employee: 张三',
  'reviewer: 李四',
  'cycle: 2026-Q3',
  'status: final',
  'template: livestream-ops',
  '---',
  '',
  '## 五、改进建议',
  '',
  '- [ ] 建立复盘模板 负责人：@张三 截止：2026-10-31',
  '',
].join('\n');

describe('a fresh scaffold reports each unfilled prompt once', () => {
  for (const id of ['livestream-ops', 'general']) {
    it(`${id}: every prompt has exactly one finding, from placeholder; action-owner and action-due say nothing`, () => {
      const text = scaffoldNewReview({ template: templates.get(id)!, employee: id === 'general' ? 'Ada' : '张三', cycle: '2027-Q1', date: '2026-12-01', reviewer: 'Eve' });
      const findings = assertOnePerPrompt(text);
      assert.deepEqual(findings.filter((f) => f.ruleId === 'action-owner' || f.ruleId === 'action-due'), []);
    });
  }

  it('with a previous review: the carried-over item is linted as written, the prompts still once each', () => {
    const previous = parse(previousZh, { templates });
    const text = scaffoldNewReview({ template: previous.template, employee: '张三', cycle: '2026-Q4', date: '2026-12-01', previous });
    assert.ok(text.includes('建立复盘模板 负责人：@张三 截止：2026-10-31'));
    assertOnePerPrompt(text);
  });
});

/** One open action item in a Chinese review, linted; the findings on its line. */
function itemFindings(item: string): { text: string; findings: Finding[] } {
  const text = `---\nemployee: 张三\nreviewer: 李四\ncycle: 2026-Q4\n---\n\n## 五、改进建议\n\n- [ ] ${item}\n`;
  return { text, findings: lint(text, { templates }).findings.filter((f) => f.range.start.line === 8) };
}

/** The rules reporting the first occurrence of `marker` in the item. */
function rulesOver(item: string, marker: string, from = 0): string[] {
  const { text, findings } = itemFindings(item);
  const at = text.indexOf(marker, text.indexOf('- [ ]') + from);
  return findingsOver(text, findings, at, at + marker.length).map((f) => f.ruleId);
}

describe('a placeholder in an action item is reported once, by the rule that reads it', () => {
  it('a person\'s 负责人：待定 / Owner: TBD / 负责人：XXX: action-owner, which names it; placeholder does not repeat it', () => {
    assert.deepEqual(rulesOver('优化开场脚本 负责人：待定 截止：2026-12-31', '待定'), ['action-owner']);
    assert.deepEqual(rulesOver('Fix the opening script Owner: TBD Due: 2026-12-31', 'TBD'), ['action-owner']);
    assert.deepEqual(rulesOver('优化开场脚本 负责人：XXX 截止：2026-12-31', 'XXX'), ['action-owner']);
    const owner = itemFindings('优化开场脚本 负责人：待定 截止：2026-12-31').findings.find((f) => f.ruleId === 'action-owner')!;
    assert.equal(owner.data?.placeholder, '负责人：待定');
  });

  it('a person\'s 截止：待定 / Due: TBD: action-due ("not a real deadline"); placeholder does not repeat it', () => {
    assert.deepEqual(rulesOver('优化开场脚本 负责人：@张三 截止：待定', '待定'), ['action-due']);
    assert.deepEqual(rulesOver('Fix the opening script Owner: @zhang Due: TBD', 'TBD'), ['action-due']);
  });

  it('a date or owner left as a prompt: placeholder alone', () => {
    assert.deepEqual(rulesOver('优化开场脚本 负责人：@张三 截止：YYYY-MM-DD', 'YYYY-MM-DD'), ['placeholder']);
    assert.deepEqual(rulesOver('优化开场脚本 负责人：【待填写】 截止：2026-12-31', '【待填写】'), ['placeholder']);
    assert.deepEqual(itemFindings('夜班排班调整，负责人：【待填写】，10月底前出方案').findings.map((f) => f.ruleId), ['placeholder']);
    assert.deepEqual(itemFindings('Fix the night shift gap Owner: [TODO] Due: [TODO: YYYY-MM-DD]').findings.map((f) => f.ruleId), ['placeholder']);
    assert.deepEqual(itemFindings('优化开场脚本 负责人：@张三 截止：【待填写：YYYY-MM-DD】').findings.map((f) => f.ruleId), ['placeholder']);
  });

  it('what is missing outright is still reported: no due date beside a placeholder owner, 尽快 beside a prompt', () => {
    assert.deepEqual(itemFindings('优化开场脚本 负责人：待定').findings.map((f) => f.ruleId).sort(), ['action-due', 'action-owner']);
    assert.deepEqual(itemFindings('【待填写：改进事项】 截止：尽快').findings.map((f) => f.ruleId).sort(), ['action-due', 'placeholder']);
    // A done item is no one's to follow up: its 待定 is a leftover placeholder.
    const text = `---\nemployee: 张三\nreviewer: 李四\ncycle: 2026-Q4\n---\n\n## 五、改进建议\n\n- [x] 优化开场脚本 负责人：待定\n`;
    assert.deepEqual(lint(text, { templates }).findings.filter((f) => f.range.start.line === 8).map((f) => f.ruleId), ['placeholder']);
  });
});
