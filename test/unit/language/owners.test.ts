import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findOwner, namesOf } from '../../../src/core/language/owners';

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
  for (const item of ['负责人：待定，截止：2026-12-31', '负责人：XXX 完成新人主播带教手册', '跟进人：？ 时间：12月底前', '负责人：__ 截止：__', 'Owner: TBD. Migrate the dashboards', 'Owner: N/A - revisit the bonus', '由谁来负责待定', 'Assign someone to rewrite the FAQ', 'Someone to look at the onboarding email sequence by 2027-02-28']) {
    assert.equal(findOwner(item)?.placeholder, true, item);
  }
});

test('items that name nobody have no owner', () => {
  for (const item of ['提高直播间停留时长', '复盘11月的场均GMV下滑原因', 'Talk to IT about laptop refresh', 'Schedule a skip-level with Kim', 'Set up a weekly pipeline review ASAP', '任务：整理素材库', '方案，下周讨论', 'Customer Success team to be looped in on churn-risk accounts by Oct 31']) {
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

test('more ways an owner is written: verbs, nicknames, roles, "owned by", a clause, a function signed in brackets', () => {
  const cases: [string, string][] = [
    ['福利款讲完后加 3 分钟问答，许晴执行', '许晴'],
    ['千川素材周复盘表，罗斌每周一 10 点前发到投放群', '罗斌'],
    ['由数据组何静协助搭建，赵雅琪验收，1 月底前上线', '何静'],
    ['秋冬上新类专场样品提前确认 由选品组李蔓跟进', '李蔓'],
    ['Sign up for the research course (January cohort) — Tomás', 'Tomás'],
    ['福利款讲解压到 5 分钟以内，场控老周掐表提醒', '老周'],
    ['从下周一开始每场写复盘，小美自己来', '小美'],
    ['家居收纳品类要不要砍，由张慧评估后决定', '张慧'],
    ['夜班再加一个人的事，我去跟人事申请', '我去'],
    ['Set up an intake form; owned by Marcus, live by October 31', 'Marcus'],
    ['Size card for every apparel item, Maya builds it before the Oct 20 stream', 'Maya'],
    ['Go through the cue sheet with the controller — Leo, ASAP', 'Leo'],
    ['Workforce Management (WFM) to add two agents to the late shift', 'Workforce Management'],
    ['Bug triage 每周一 10:00 with dev lead, Lin Wei 主持', 'Lin Wei'],
    ['New lighting in aisles 14–16 before end of January (facilities)', 'facilities'],
  ];
  for (const [item, name] of cases) assert.equal(findOwner(item)?.name, name, item);
  assert.equal(findOwner("You'll write a reorder rule before the buying meeting")?.placeholder, false);
});

test('a team the work goes to or with is not its owner, nor are words that look like nicknames', () => {
  for (const item of ['和选品组对齐大促主推款的投放节奏 截止：10月25日', '把素材发给选品组', '跟素材组要新品图', '讲解时长小于 5 分钟', '请老师点评脚本', '整理内部复盘']) {
    assert.equal(findOwner(item), undefined, item);
  }
  assert.equal(findOwner('与选品组共同建立新品投放测试机制，负责人：待定')?.placeholder, true);
  assert.equal(findOwner('Someone from the crew to shadow Maya on the rig setup', ['Maya Chen'])?.placeholder, true);
  assert.equal(findOwner('Establish a calibration session; responsible party to be confirmed')?.placeholder, true);
});

test('the review\'s own people own an item in the forms they are called by', () => {
  assert.deepEqual(namesOf('郑杰'), ['郑杰', '阿杰', '小杰', '杰杰', '老郑']);
  assert.deepEqual(namesOf('陈小美'), ['陈小美', '小美', '阿美', '小美', '美美', '老陈']);
  assert.deepEqual(namesOf('Tomasz Nowak'), ['Tomasz Nowak', 'Tomasz']);
  assert.equal(findOwner('新人接线话术整理成一页纸，佳佳你来弄', ['吴佳'])?.name, '佳佳');
  assert.equal(findOwner('Tomasz prepare the QBR deck template, by 30 Oct', ['Tomasz Nowak'])?.name, 'Tomasz');
  assert.equal(findOwner('Schedule a skip-level with Tomasz', ['Tomasz Nowak']), undefined);
  assert.equal(findOwner('和吴佳对齐话术', ['吴佳']), undefined);
});

test('由 hands the work to the name after it, a team member too, whatever the verb', () => {
  assert.equal(findOwner('选品清单变更后 2 小时内同步场控，由选品组的吴倩建群并维护')?.name, '吴倩');
  assert.equal(findOwner('由于天气原因推迟的场次补播'), undefined);
});

test('an item that opens with 你 is the one reviewed\'s; a role owns it as a team does', () => {
  assert.equal(findOwner('你整理一份静物拍摄 SOP，给新来的助理用')?.name, '你');
  assert.equal(findOwner('新店学员上岗前至少练满 20 小时，店长负责签字确认')?.name, '店长');
  assert.equal(findOwner('和店长对接排班'), undefined);
});
