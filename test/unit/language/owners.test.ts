import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findOwner } from '../../../src/core/language/owners';

test('owners written in prose are owners', () => {
  const cases: [string, string][] = [
    ['由刘洋牵头，12月15日前完成双十二选品复盘表', '刘洋'],
    ['陈晨负责把早场话术脚本重写一版', '陈晨'],
    ['交给运营组的孙丽整理直播间违规词清单', '孙丽'],
    ['新品上架前的卖点卡由内容组出', '内容组'],
    ['Dana owns this: rewrite the onboarding checklist', 'Dana'],
    ['Omar to draft the Q1 hiring plan by next Friday', 'Omar'],
    ['Prepare the board deck for the February meeting (Chris)', 'Chris'],
    ['负责人：刘洋（待确认） 截止：1月15日', '刘洋'],
  ];
  for (const [item, name] of cases) {
    const owner = findOwner(item);
    assert.equal(owner?.placeholder, false, item);
    assert.equal(owner?.name, name, item);
  }
  assert.ok(findOwner('Finance team to reconcile the Q4 accruals'));
  assert.ok(findOwner('我来对接品牌方，确认1月份的赠品预算'));
});

test('placeholders hold the place of an owner without naming one', () => {
  for (const item of ['负责人：待定，截止：2026-12-31', '负责人：XXX 完成新人主播带教手册', '跟进人：？ 时间：12月底前', '负责人：__ 截止：__', 'Owner: TBD. Migrate the dashboards', 'Owner: N/A - revisit the bonus', '由谁来负责待定', 'Assign someone to rewrite the FAQ']) {
    assert.equal(findOwner(item)?.placeholder, true, item);
  }
});

test('items that name nobody have no owner', () => {
  for (const item of ['提高直播间停留时长', '复盘11月的场均GMV下滑原因', 'Talk to IT about laptop refresh', 'Schedule a skip-level with Kim', 'Set up a weekly pipeline review ASAP', '任务：整理素材库', '方案，下周讨论']) {
    assert.equal(findOwner(item), undefined, item);
  }
});

test('long runs of one character stay fast', () => {
  for (const c of ['王', 'A', ' ', '负责人：', 'a and ']) {
    const started = Date.now();
    findOwner(c.repeat(20000));
    assert.ok(Date.now() - started < 500, c);
  }
});

test('an owner signed after a dash, a team as subject and a placeholder in a name\'s place', () => {
  assert.equal(findOwner('Revisit the pricing page copy soon — Lee')?.name, 'Lee');
  assert.equal(findOwner('Follow up with finance on the travel budget at some point - Priya')?.name, 'Priya');
  assert.equal(findOwner('运营组每周一早会前同步上周数据')?.name, '运营组');
  assert.equal(findOwner('内部复盘一次投放数据'), undefined);
  for (const text of ['XXX 负责 11 月数据复盘，截止 2026-12-20', '??? - decide on the new on-call rotation by 12/18']) {
    assert.equal(findOwner(text)?.placeholder, true, text);
  }
});

test('an @mention of a placeholder names nobody, and a labelled English name keeps its surname', () => {
  for (const text of ['负责人：@待定 截止：2026-12-31', 'Owner: @TBD Due: 2026-12-31', '整理选品表 @xxx 12月底前']) {
    assert.equal(findOwner(text)?.placeholder, true, text);
  }
  assert.equal(findOwner('负责人：@待定 由刘洋牵头')?.name, '刘洋', 'a real name anywhere wins');
  assert.equal(findOwner('- [ ] Write the refund playbook Owner: Alex Chen Due: 2026-08-31')?.name, 'Alex Chen');
  assert.equal(findOwner('Owner: Alex Due: 2026-08-31')?.name, 'Alex');
  assert.equal(findOwner('Owner: @alex Due: 2026-08-31')?.name, '@alex');
});
