import { isMet } from '../kpi/attainment';
import type { Rule } from '../lint/types';
import { text, type Text } from '../i18n';
import { formatQuantity } from '../history/formatDiff';
import { findClaim, findKpiMention, kpiTerms } from '../language/kpiMentions';
import type { Kpi } from '../model';

// An attainment stated in text: 达成率 106%, attainment of 105%, 93% of target.
const CLAIM_PERCENT = /(?:达成率|完成率|达成度|attainment|achievement)\s*(?:为|是|达到|达|约|of|was|is|:|：)?\s*(\d+(?:\.\d+)?)\s*[%％]|(\d+(?:\.\d+)?)\s*[%％]\s*of (?:the |its )?target/iu;

// Two percentage points of slack: people round.
const PERCENT_TOLERANCE = 2;

function sentences(source: string): { text: string; index: number }[] {
  return [...source.matchAll(/[^。！？!?；;\n]+(?:[。！？!?；;]|\.(?=\s|$))?/gu)].map((m) => ({ text: m[0], index: m.index }));
}

/** The KPI a sentence is about: the first one it names itself, not through a sub-metric (早场平均在线人数). */
function kpiOf(sentence: string, kpis: readonly Kpi[]): Kpi | undefined {
  let best: { kpi: Kpi; index: number } | undefined;
  for (const kpi of kpis) {
    const mention = findKpiMention(sentence, kpiTerms(kpi.name, kpi.id));
    if (mention && (!best || mention.index < best.index)) best = { kpi, index: mention.index };
  }
  return best?.kpi;
}

/** Text that says a KPI met or missed its target, or states an attainment %, which the frontmatter data contradicts. */
export const kpiClaimMismatchRule: Rule = {
  id: 'kpi-claim-mismatch',
  defaultSeverity: 'warning',
  needs: 'prose',
  description: text('What the text says about a KPI agrees with its target and actual.', '正文对 KPI 的描述与头信息中的目标值、实际值一致。'),
  check({ doc, report }) {
    const kpis = doc.kpis.filter((k) => k.target && k.actual && k.attainment !== undefined);
    if (kpis.length === 0) return;
    for (const block of doc.blocks) {
      for (const sentence of sentences(block.text)) {
        const kpi = kpiOf(sentence.text, kpis);
        if (!kpi) continue;
        const met = isMet(kpi.target!.value, kpi.actual!.value, kpi.better);
        if (met === undefined) continue;
        const pct = Math.round(kpi.attainment! * 1000) / 10;
        const lower = kpi.better === 'lower';
        const params = { k: kpi.name, t: formatQuantity(kpi.target!, kpi.unit), a: formatQuantity(kpi.actual!, kpi.unit), p: pct };
        const flag = (index: number, said: string, message: Text, claimed: unknown) => {
          const start = block.offset + sentence.index + index;
          report({ range: doc.lines.range(start, start + said.length), message, data: { kpi: kpi.id ?? kpi.name, claimed, attainment: pct } });
        };
        const percent = CLAIM_PERCENT.exec(sentence.text);
        if (percent) {
          const stated = Number(percent[1] ?? percent[2]);
          if (Math.abs(stated - pct) > PERCENT_TOLERANCE) {
            flag(percent.index, percent[0], text('The text states {s}% attainment for "{k}", but target {t} and actual {a} give {p}%.', '正文称“{k}”达成率为 {s}%，但目标 {t}、实际 {a} 计算得 {p}%。', { ...params, s: stated }), stated);
          }
          continue;
        }
        const claim = findClaim(sentence.text);
        if (!claim) continue;
        // "Above / below the target" means met or missed by the KPI's direction: 41.5 元，高于目标 38 元 misses a cost target.
        const claimedMet = claim.kind === 'met' || (claim.kind === 'above' ? kpi.better === 'higher' : claim.kind === 'below' ? kpi.better === 'lower' : false);
        if (claimedMet && !met) {
          flag(claim.index, claim.text, lower
            ? text('The text says "{k}" met its target, but the actual {a} is above the target {t} ({p}%; lower is better).', '正文称“{k}”已达成目标，但实际 {a}，高于目标 {t}（越低越好，达成率 {p}%）。', params)
            : text('The text says "{k}" met its target, but the actual {a} is below the target {t} ({p}%).', '正文称“{k}”已达成目标，但实际 {a}，低于目标 {t}（达成率 {p}%）。', params), 'met');
        } else if (!claimedMet && met) {
          flag(claim.index, claim.text, lower
            ? text('The text says "{k}" missed its target, but the actual {a} is within the target {t} ({p}%; lower is better).', '正文称“{k}”未达成目标，但实际 {a} 已控制在目标 {t} 以内（越低越好，达成率 {p}%）。', params)
            : text('The text says "{k}" missed its target, but the actual {a} meets the target {t} ({p}%).', '正文称“{k}”未达成目标，但实际 {a} 已达到目标 {t}（达成率 {p}%）。', params), 'missed');
        }
      }
    }
  },
};
