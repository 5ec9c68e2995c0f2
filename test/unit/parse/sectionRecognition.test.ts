// Headings people write for the six parts, read by near-miss, key words, number and place; meta headings never.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parse } from '../../../src/core/parse/parse';

const ids = (template: string, headings: string[]) =>
  parse(`---\nemployee: x\ncycle: 2026-Q4\ntemplate: ${template}\n---\n${headings.map((h) => `## ${h}\n\ntext\n`).join('\n')}`).sections.map((s) => s.id ?? '-');

const SIX = ['goals', 'data', 'teamwork', 'growth', 'improvements', 'outlook'];

test('colloquial headings: doing words before time words, time words before 目标', () => {
  assert.deepEqual(ids('livestream-ops', ['这季度咋样', '看看数据', '跟大家配合', '你自己的进步', '下一步要改的', '往后的目标']), SIX);
  assert.deepEqual(ids('livestream-ops', ['本期回顾', '数据', '协作', '成长', '接下来要做的', '下季度目标']), SIX);
  assert.deepEqual(ids('general', ['How the quarter went', 'What the numbers say', 'Working with the crew', 'You, growing', 'Things to work on', 'Looking ahead']), SIX);
});

test('a period named in a heading is no outlook by itself: 下半年咋样 is the half under review', () => {
  assert.deepEqual(ids('livestream-ops', ['下半年咋样', '数据这块', '跟组里配合', '自己的成长', '还得改的', '接下来咱们这么干']), SIX);
});

test('"Goals" after the period under review is the next goals; a second period heading with 目标 too', () => {
  assert.deepEqual(ids('general', ['Results', 'Data', 'Collaboration', 'Growth', 'Action items', 'Goals']), SIX);
  assert.deepEqual(ids('general', ['Overall', 'numbers', 'Teamwork', 'Personal growth', 'Improvments', 'Goals']), SIX);
  assert.deepEqual(ids('livestream-ops', ['Q4 结果', '数据', '协作', '成长', '改进', '一季度目标']), SIX);
});

test('by place: one unnamed heading where one part is missing is that part; two for one are left', () => {
  assert.deepEqual(ids('general', ['The year in review', 'Numbers', 'Working with others', 'Growth', 'Where we go from here', 'Outlook']), SIX);
  assert.deepEqual(ids('general', ['Wins', 'Misses', 'Stream data', 'Working with the crew', 'To fix', 'Next quarter']), ['goals', '-', 'data', 'teamwork', 'improvements', 'outlook']);
});

test('by number, when the numbers agree with the parts already read', () => {
  assert.deepEqual(ids('livestream-ops', ['一、目标达成情况', '二、数据分析', '三、团队协作', '四、个人成长', '五、聊聊别的', '六、总结与展望']), SIX);
  // 5 is not the fifth part here: the numbers are no guide.
  assert.deepEqual(ids('livestream-ops', ['1. 目标达成情况', '3. 数据分析', '5. 聊聊别的'])[2], '-');
});

test('headings written as questions or in the second person', () => {
  assert.deepEqual(ids('general', ['Did we hit the targets?', 'What do the numbers say?', 'How is work with the team?', 'What have you learnt?', 'What must change?', 'What next?']), SIX);
  assert.deepEqual(ids('general', ['What you delivered', 'Working with the studio', 'Your development', "Things I'd like us to change", 'Looking ahead']), ['goals', 'teamwork', 'growth', 'improvements', 'outlook']);
});

test('numbered parts with an alias out of place, and English headings in many words', () => {
  assert.deepEqual(ids('general', ["Part 1: Did we hit the month's goals?", 'Part 2: What the chat logs say', 'Part 3: How you work with the hosts', 'Part 4: Learning', 'Part 5: What we agreed', 'Part 6: Goals']), SIX);
  assert.deepEqual(ids('general', ['What we set out to do, and what happened', 'Looking at the figures', 'Working with colleagues', 'Your own development', 'Ideas for next term', 'Summing up and looking forward']), SIX);
  assert.deepEqual(ids('general', ['results', 'numbers', 'team', 'growth', 'to do', 'going forward']), SIX);
});

test('a numbered heading takes the part its number names among its key words (指标 is data, 一 the goals)', () => {
  assert.deepEqual(ids('general', ['一、指标完成情况', '二、数据说明', '三、协作情况', '四、个人成长', '五、整改要求', '六、下季度目标']), SIX);
  assert.deepEqual(ids('livestream-ops', ['一、指标核对', '二、数据', '三、协作', '四、能力', '五、整改', '六、下季度要求']), SIX);
  assert.deepEqual(ids('livestream-ops', ['议题一：指标', '议题二：数据', '议题三：协作', '议题四：成长', '议题五：改进', '议题六：下季度目标（双方确认）']), SIX);
  assert.deepEqual(ids('general', ['议题一：三季度指标回顾', '议题二：数据怎么看', '议题三：跟仓库的配合', '议题四：要改的', '议题五：下季度']), ['goals', 'data', 'teamwork', 'improvements', 'outlook']);
});

test('meta headings are never read as a part, not even by place', () => {
  assert.deepEqual(ids('livestream-ops', ['一、目标达成情况', '二、数据分析', '三、团队协作', '四、个人成长', '备注', '六、总结与展望']), ['goals', 'data', 'teamwork', 'growth', '-', 'outlook']);
  assert.deepEqual(ids('general', ['Goal attainment', 'Appendix', 'Teamwork', 'Growth', 'Improvements', 'Outlook'])[1], '-');
});

test('a document with thousands of headings is read by key words alone, in linear time', () => {
  const headings = Array.from({ length: 20000 }, (_, i) => (i % 7 ? `杂项 ${i}` : `数据 ${i}`));
  const start = performance.now();
  const read = ids('livestream-ops', headings);
  assert.equal(read.filter((id) => id !== '-').length, 1);
  assert.ok(performance.now() - start < 5000);
});
