import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findTimeExpression, findVagueDeadline, hasTimeExpression, readDeadline } from '../../../src/core/language/timeExpressions';

const TODAY = new Date('2026-11-26T12:00:00');

test('finds dates and periods in Chinese and English', () => {
  const cases: [string, string][] = [
    ['2026-12-31 前将互动率提升到 5%', '2026-12-31'],
    ['12月底前上线新栏目', '12月底'],
    ['下季度观看人数达到 2 万', '下季度'],
    ['三个月内完成投放课程', '三个月内'],
    ['Q4 达到 5% 转化率', 'Q4'],
    ['Raise conversion to 3% by end of March', 'end of March'],
    ['Ship the dashboard within 6 weeks', 'within 6 weeks'],
    ['6月30日前完成复盘', '6月30日前'],
    ['明年上半年开设第二个直播间', '明年'],
    ['Reach 12,000 viewers next quarter', 'next quarter'],
    ['Close the gap in Q3 2027', 'Q3 2027'],
    ['年底前完成', '年底前'],
    ['双十一前上线新品专场', '双十一前'],
    ['618 大促期间 GMV 达到 200 万', '618 大促期间'],
    ['春节前完成年货节复盘', '春节前'],
    ['第四周前完成 3 套开场话术', '第四周前'],
    ['年内带出 2 名新主播', '年内'],
    ['下一场直播前完成卖点卡', '下一场直播前'],
    ['周五前把复盘表同步给主播组', '周五前'],
    ['试用期结束前独立完成 10 场直播', '试用期结束前'],
    ['半年内考取证书', '半年内'],
    ['Reduce churn to 3.5% by fiscal year-end', 'fiscal year-end'],
    ['Improve gross margin in FY2027', 'FY2027'],
    ['Ship the onboarding flow before the spring release', 'before the spring release'],
    ['Raise CSAT over the next two quarters', 'next two quarters'],
    ['Close the books within the first quarter', 'first quarter'],
    ['Get the advisory board off the ground by mid-year', 'mid-year'],
    ['Reach a 4.5-star average by the end of 2027', 'end of 2027'],
    ['新人主播每周至少跟播2场，到1月底', '1月底'],
  ];
  for (const [text, expected] of cases) {
    const found = findTimeExpression(text, TODAY);
    assert.ok(found, `a time expression in ${JSON.stringify(text)}`);
    assert.equal(found.text, expected, text);
    assert.equal(text.slice(found.index, found.index + found.text.length), found.text, `index of ${expected}`);
  }
});

test('resolves a concrete day to an ISO date', () => {
  assert.equal(findTimeExpression('截止：2027-03-31', TODAY)?.date, '2027-03-31');
  assert.equal(findTimeExpression('Finish before March 31', TODAY)?.date, '2027-03-31');
});

test('尽快, ASAP and bare figures are not deadlines', () => {
  for (const text of ['尽快完成', '请尽早处理', 'ASAP', 'as soon as possible', '提升 20%', '观看人数提升20%', 'Grow revenue 20%', '完成 3 场直播', '长期坚持复盘', '提升互动率到 8%', 'reach 12,000 viewers', '']) {
    assert.equal(findTimeExpression(text, TODAY), undefined, JSON.stringify(text));
  }
});

test('comparison bases and durations are not deadlines', () => {
  for (const text of ['比上季度提升 10% 的观看人数', '观看人数较去年同期增长一成', '平均首响 10 分钟内', '售后处理时长从 48 小时缩短到 24 小时', 'Increase sales by 15% compared with last quarter', 'Sell 10% more than last quarter', 'Resolution time under 2 hours', 'Reduce onboarding time to 3 days', 'Make sure 90% of invoices are paid within 30 days', '控场节奏要再紧凑一点', '建立每周一次的数据复盘会机制']) {
    assert.equal(findTimeExpression(text, TODAY), undefined, text);
  }
});

test('readDeadline tells a vague word from no deadline', () => {
  assert.equal(readDeadline('尽快完成复盘', TODAY).vagueWord, '尽快');
  assert.equal(readDeadline('Fix the export ASAP', TODAY).vagueWord, 'ASAP');
  assert.deepEqual(readDeadline('完成复盘', TODAY), { vagueWord: undefined });
  assert.equal(readDeadline('下周五前完成复盘', TODAY).deadline?.text, '下周五前');
});

test('hasTimeExpression agrees with findTimeExpression', () => {
  for (const text of ['2026-12-31 前', '下季度', 'by end of March', 'next Friday', '周五前', '尽快', 'ASAP', '提升 20%', '2026-13-45']) {
    assert.equal(hasTimeExpression(text, TODAY), findTimeExpression(text, TODAY) !== undefined, text);
  }
  assert.equal(findTimeExpression('2026-13-45', TODAY), undefined, 'not a date');
});

test('never throws on odd input', () => {
  for (const text of ['😀'.repeat(50), '\u0000\uFFFF', '一'.repeat(5000), '2026-13-45', 'Q9', '\r\n\r\n']) {
    assert.doesNotThrow(() => findTimeExpression(text, TODAY));
  }
});

test('any festival named with 节 is a deadline, a 环节 or 章节 is not', () => {
  for (const text of ['元宵节前把主播排班表固定下来', '年货节前上线 20 条短视频', '女神节期间每天两场专场', '下一个大促周期前控制备货误差']) {
    assert.ok(hasTimeExpression(text), text);
  }
  for (const text of ['互动环节前先讲尺码', '把话术手册的第三章节前后对齐', '注意季节前后的选品差异']) {
    assert.ok(!hasTimeExpression(text), text);
  }
});

test('a period inside a noun phrase says which, not when', () => {
  for (const text of ['Write the Q1 hiring plan', 'Run a retro on the November outage', 'Refresh the Q2 forecast model', '复盘11月的场均GMV下滑原因', '复盘 10 月的退货原因', '尽早把 Q4 复盘 PPT 发给老板', '找时间和品牌方对一下 Q1 排期']) {
    assert.equal(findTimeExpression(text, TODAY), undefined, text);
  }
  // With a preposition or a suffix, or opening a clause, the same labels are deadlines.
  assert.equal(findTimeExpression('Priya will agree on a case by the March calibration', TODAY)?.text, 'March');
  assert.ok(findTimeExpression('Q3 销售额达到 150 万元', TODAY));
  assert.ok(findTimeExpression('2027 年 Q1 GMV 提升两成', TODAY));
  assert.equal(findTimeExpression('确认1月份的赠品预算，12月20日前回复', TODAY)?.text, '12月20日前');
});

test('a recurring deadline is a deadline; a speed is not', () => {
  assert.ok(hasTimeExpression('每场直播结束后 24 小时内完成复盘', TODAY));
  assert.ok(hasTimeExpression('运营组每周一早会前同步上周数据', TODAY));
  assert.equal(hasTimeExpression('平均首响 10 分钟内', TODAY), false);
  assert.ok(hasTimeExpression('write up the incident postmortem within 5 business days', TODAY));
  assert.ok(hasTimeExpression('与财务核对佣金结算差异 —— 赵强 / 12.12', TODAY));
  assert.equal(hasTimeExpression('把 ROI 提到 2.5', TODAY), false);
  assert.ok(hasTimeExpression('Move stock changes to the shared run sheet, locked by 3 pm on stream days', TODAY));
  assert.ok(hasTimeExpression('Send the merchandiser her demo wish-list by noon on every stream day', TODAY));
});

test('school terms and exams set a time', () => {
  for (const text of ['期中考试前完成一份单元分层作业设计', '截止：下学期开学第二周起', '本学期完成 4 次公开课', '期末考试前把错题本发给家长']) {
    assert.ok(hasTimeExpression(text, TODAY), text);
  }
});

test('one list of words that sound like a deadline but set none', () => {
  for (const [text, word] of [['Clean up the Jira backlog when things calm down', 'when things calm down'], ['Look into the flaky CI jobs when there is time', 'when there is time'], ['找时间和品牌方对一下排期', '找时间'], ['Revisit the copy soon — Lee', 'soon']]) {
    assert.equal(readDeadline(text, TODAY).vagueWord, word, text);
    assert.equal(findVagueDeadline(text)?.text, word, text);
  }
});

test('recurring and event deadlines are deadlines; a frequency is not', () => {
  for (const text of [
    '每周五将样品寄送及尺码核对结果发送至客服组',
    '指标口径文档每月首个工作日更新',
    '许晴每月第一个工作日发一份月报',
    '替班主播提前一周排好',
    'Bug triage 每周一 10:00 with dev lead',
    'Every technical incident goes into the log within 24 hours of every stream',
    'CRM notes same day after every client call',
    'Creative refresh every Monday with the short-video team',
    "Ship version 2 before the Singles' Day warm-up starts",
    'Finish the course before the Lunar New Year sale',
    'Reach a ROAS of 3.2 across the 618 campaign',
    'Return rate under 9% through the holiday peak',
    'Add smoke tests before your probation review',
    'Check refund eligibility, starting from his next shift',
    'Forecast accuracy at 96% for the full year 2027',
    '618 预热开始前完成主推款备货',
    '季节品清仓 截止：每季度第 7 周',
    '把待处理凭证清单发给各部门 截止：每月 25 日',
    '每场下播后复盘',
    'Triage every new bug within 24 hours of it being filed',
    'Redlines attached to every checkout ticket before it moves to dev',
    'Raise attendance in 8B from 89% to 95% by the end of the autumn term',
    'Run the reading club again next semester',
    '到货预约如需变更，由许蔓提前 48 小时通知仓库',
    'Ask the trust for a second checking bench before the winter pressures start',
    'Agree a transfer escalation protocol before the winter plan is signed off',
    'Run a refresher for every new joinee within the first week of joining',
    'Finance team to share landed-cost data monthly, by the 5th business day.',
    'Walk every vacant unit within 48 hours of move-out',
    'Check every file against the client style sheet before delivery',
    'Kill any ad set with CPA over $30 after 2 hours of spend, every stream.',
    'Coupon-timing walkthrough for Lily — Ben, before her first solo stream',
    '户外活动前 10 分钟检查滑梯和塑胶场地 许佳负责 每天',
    '新店学员上岗前至少练满 20 小时，店长负责签字确认，每家新店开业前',
    '压疮护理小讲课继续，改为每两个月一次 刘婷负责 每双月最后一周',
    '双十一大促前备好主推款',
  ]) {
    assert.ok(findTimeExpression(text, TODAY), text);
  }
  for (const text of ['建立每周一次的数据复盘会机制', '制定年货节直播排期', 'Resolution time under 2 hours', 'Reply within 2 hours', 'Talk to the couriers about the Sunday pickups', 'Weekend shift roster to be revisited.', 'Ask the director about a second educator']) {
    assert.equal(findTimeExpression(text, TODAY), undefined, text);
  }
});
