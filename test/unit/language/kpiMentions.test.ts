import assert from 'node:assert/strict';
import { test } from 'node:test';
import { explainsChange, findClaim, findKpiMention, kpiTerms } from '../../../src/core/language/kpiMentions';

test('a KPI is named by its name or short form, not by a sub-metric', () => {
  assert.ok(findKpiMention('转化率已经达标了。', kpiTerms('销售转化率')));
  assert.ok(findKpiMention('本季度平均在线人数 1380。', kpiTerms('平均在线人数')));
  assert.equal(findKpiMention('早场平均在线人数没达到目标。', kpiTerms('平均在线人数')), undefined);
  assert.equal(findKpiMention('新品动销率达到了 85%。', kpiTerms('选品动销率')), undefined);
  assert.equal(findKpiMention('Enterprise win rate missed its target.', kpiTerms('Win rate')), undefined);
  assert.ok(findKpiMention('Our win rate was 28%.', kpiTerms('Win rate')));
});

test('claims read above and below the target apart from met and missed', () => {
  assert.equal(findClaim('获客成本 41.5 元，高于目标 38 元。')?.kind, 'above');
  assert.equal(findClaim('Cost per lead was 35 USD, below the 40 USD target.')?.kind, 'below');
  assert.equal(findClaim('互动率目标达成了，最终 6.1%。')?.kind, 'met');
  assert.equal(findClaim('观看人数没有达到 1.5 万的目标。')?.kind, 'missed');
  assert.equal(findClaim('GMV 情况详见附表。'), undefined);
  assert.equal(findClaim('及格率 91%，达到 90% 的目标。')?.kind, 'met');
  assert.equal(findClaim('Same-day dispatch was 93.4%, so we hit our target for the quarter.')?.kind, 'met');
});

test('an explanation gives a direction or a cause; a bare mention does not', () => {
  assert.ok(explainsChange('退货率上升到 12%，主要受尺码偏小影响。'));
  assert.ok(explainsChange('Vendor onboarding fell to 8 because procurement froze contracts.'));
  assert.equal(explainsChange('GMV 情况详见附表。'), false);
  assert.equal(explainsChange('Test coverage: see the attached report.'), false);
});
