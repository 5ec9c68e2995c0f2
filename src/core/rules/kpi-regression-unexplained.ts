import { trendOf } from '../history/diff';
import { formatQuantity } from '../history/formatDiff';
import { matchKpis } from '../history/kpiMatch';
import { hasNumber, maskDates } from '../language/figures';
import { valuesIn } from '../language/goalTarget';
import { explainsChange, findKpiMention, kpiTerms } from '../language/kpiMentions';
import { maskNonProse, splitSentences } from '../language/prose';
import { blocksIn } from '../history/sectionLookup';
import type { Rule } from '../lint/types';
import { text } from '../i18n';

// The sections where a change in the numbers is expected to be explained.
const EXPLAINING_SECTIONS = ['data', 'goals'];

/** 对比历史数据: a KPI that got worse than last cycle is discussed in the data analysis (or goals) section. */
export const kpiRegressionUnexplainedRule: Rule = {
  id: 'kpi-regression-unexplained',
  defaultSeverity: 'warning',
  needs: 'prose',
  description: text(
    'A KPI that got worse than last cycle is explained in the data analysis or goals section.',
    '比上一周期变差的 KPI 需在数据分析或目标达成部分说明原因。',
  ),
  check({ doc, history, report }) {
    const previous = history[0];
    if (!previous) return;
    const sentences = blocksIn(doc, EXPLAINING_SECTIONS).flatMap((b) => splitSentences(maskNonProse(b.text)));
    for (const { old, new: kpi } of matchKpis(previous.kpis, doc.kpis).pairs) {
      const before = old.actual?.value;
      const after = kpi.actual?.value;
      if (trendOf(before, after, kpi.better) !== 'worse') continue;
      // Explained by a sentence about this KPI (not a sub-metric) that gives a direction, a cause or a figure;
      // a bare mention (GMV 情况详见附表) explains nothing.
      const terms = [...new Set([...kpiTerms(kpi.name, kpi.id), ...kpiTerms(old.name, old.id)])].sort((a, b) => b.length - a.length);
      // A sentence that states this cycle's figure and says how or why it moved explains it under any name
      // (场均观看 3.0 万，比上季度少了一千人 for 场均观看人数; "Spend went up to ¥1.05M" for Ad spend).
      const statesActual = (sentence: string) => valuesIn(maskDates(sentence)).some((v) => Math.abs(v - after!) <= Math.abs(after!) * 0.005);
      const explained = sentences.some((sentence) => {
        const mention = findKpiMention(sentence, terms);
        if (!mention) return statesActual(sentence) && explainsChange(sentence);
        const rest = sentence.slice(0, mention.index) + ' ' + sentence.slice(mention.index + mention.length);
        return explainsChange(rest) || hasNumber(maskDates(rest));
      });
      if (explained) continue;
      const params = {
        kpi: kpi.name,
        before: formatQuantity(old.actual!, kpi.unit),
        after: formatQuantity(kpi.actual!, kpi.unit),
        cycle: previous.meta.cycle ?? '?',
      };
      report({
        range: kpi.actualRange ?? kpi.range,
        message: text(
          '"{kpi}" got worse than {cycle} ({before} → {after}), but the data analysis does not mention it. Explain why.',
          '“{kpi}”比 {cycle} 变差（{before} → {after}），但数据分析中没有提到：请说明原因。',
          params,
        ),
        data: { kpi: kpi.id ?? kpi.name, previous: before, current: after, previousCycle: previous.meta.cycle, better: kpi.better },
      });
    }
  },
};
