import { isMet } from '../kpi/attainment';
import type { Rule } from '../lint/types';
import { text } from '../i18n';
import type { Kpi } from '../model';

// What a sentence claims about a KPI. Negated forms come first so 未达成 is not read as 达成.
const CLAIM_MISSED = /未能?(?:达成|完成|达到|实现|达标)|没有?(?:达成|完成|达到|实现|达标)|低于目标|不及预期|差距|missed|fell short|short of|below (?:the |its )?target|did not (?:meet|reach|hit)/iu;
const CLAIM_MET = /(?:达成|完成|实现|达到)(?:了)?(?:目标|预期)|超额|超出目标|超过目标|达标|met (?:the |its )?target|exceeded|beat (?:the |its )?target|above (?:the |its )?target|hit (?:the |its )?target|on target/iu;
const CLAIM_PERCENT = /(?:达成率|完成率|达成度|attainment|achievement)\s*(?:为|是|达到|达|约|of|was|is|:|：)?\s*(\d+(?:\.\d+)?)\s*[%％]|(\d+(?:\.\d+)?)\s*[%％]\s*of (?:the |its )?target/iu;

// Two percentage points of slack: people round.
const PERCENT_TOLERANCE = 2;

function sentences(source: string): { text: string; index: number }[] {
  return [...source.matchAll(/[^。！？!?；;\n]+(?:[。！？!?；;]|\.(?=\s|$))?/gu)].map((m) => ({ text: m[0], index: m.index }));
}

function mentions(sentence: string, kpi: Kpi): boolean {
  const lower = sentence.toLowerCase();
  return [kpi.name, kpi.id].some((n) => n !== undefined && n.length > 0 && lower.includes(n.toLowerCase()));
}

/** Text that says a KPI met or missed its target, or states an attainment %, which the frontmatter data contradicts. */
export const kpiClaimMismatchRule: Rule = {
  id: 'kpi-claim-mismatch',
  defaultSeverity: 'warning',
  description: text('What the text says about a KPI agrees with its target and actual.', '正文对 KPI 的描述与头信息中的目标值、实际值一致。'),
  check({ doc, report }) {
    const kpis = doc.kpis.filter((k) => k.target && k.actual && k.attainment !== undefined);
    if (kpis.length === 0) return;
    for (const block of doc.blocks) {
      for (const sentence of sentences(block.text)) {
        const kpi = kpis.find((k) => mentions(sentence.text, k));
        if (!kpi) continue;
        const met = isMet(kpi.target!.value, kpi.actual!.value, kpi.better);
        const pct = Math.round(kpi.attainment! * 1000) / 10;
        const params = { k: kpi.name, t: kpi.target!.raw, a: kpi.actual!.raw, p: pct };
        const flag = (m: RegExpExecArray, message: ReturnType<typeof text>, claimed: unknown) => {
          const start = block.offset + sentence.index + m.index;
          report({ range: doc.lines.range(start, start + m[0].length), message, data: { kpi: kpi.id ?? kpi.name, claimed, attainment: pct } });
        };
        const percent = CLAIM_PERCENT.exec(sentence.text);
        const missed = CLAIM_MISSED.exec(sentence.text);
        const claimedMet = missed ? null : CLAIM_MET.exec(sentence.text);
        if (percent) {
          const stated = Number(percent[1] ?? percent[2]);
          if (Math.abs(stated - pct) > PERCENT_TOLERANCE) {
            flag(percent, text('The text states {s}% attainment for "{k}", but target {t} and actual {a} give {p}%.', '正文称“{k}”达成率为 {s}%，但目标 {t}、实际 {a} 计算得 {p}%。', { ...params, s: stated }), stated);
          }
        } else if (claimedMet && !met) {
          flag(claimedMet, text('The text says "{k}" met its target, but the actual {a} misses the target {t} ({p}%).', '正文称“{k}”已达成目标，但实际 {a} 未达到目标 {t}（达成率 {p}%）。', params), 'met');
        } else if (missed && met) {
          flag(missed, text('The text says "{k}" missed its target, but the actual {a} meets the target {t} ({p}%).', '正文称“{k}”未达成目标，但实际 {a} 已达到目标 {t}（达成率 {p}%）。', params), 'missed');
        }
      }
    }
  },
};
