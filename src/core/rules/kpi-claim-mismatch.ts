import { isMet } from '../kpi/attainment';
import type { Report, Rule } from '../lint/types';
import { text, type Text } from '../i18n';
import { formatQuantity } from '../history/formatDiff';
import { findClaim, findKpiMention, kpiTerms, withoutNested, type KpiClaim } from '../language/kpiMentions';
import type { Kpi, TextBlock } from '../model';
import type { ParsedReview } from '../parse/parse';
import { tableRows } from './tableRows';
import { rowVerdict } from '../language/verdicts';

// An attainment stated in text: 达成率 106%, attainment of 105%, 93% of target.
// 完成目标的 92% (完成半年目标的 86%) is an attainment too, not a claim of meeting the target.
const CLAIM_PERCENT =
  /(?:达成率|完成率|达成度|attainment|achievement)\s*(?:为|是|达到|达|约|of|was|is|:|：)?\s*(\d+(?:\.\d+)?)\s*[%％]|(\d+(?:\.\d+)?)\s*[%％]\s*of (?:the |its |his |her |their )?(?:target|quota|plan)|(?:完成|达成|达到|实现)了?[\u4e00-\u9fff]{0,4}?(?:目标|计划)的\s*(\d+(?:\.\d+)?)\s*[%％]/iu;

// Two percentage points of slack: people round.
const PERCENT_TOLERANCE = 2;

function sentences(source: string): { text: string; index: number }[] {
  return [...source.matchAll(/[^。！？!?；;\n]+(?:[。！？!?；;]|\.(?=\s|$))?/gu)].map((m) => ({ text: m[0], index: m.index }));
}

/** Each KPI the sentence names itself (not through a sub-metric such as 早场平均在线人数), where it first does. */
function mentionsIn(sentence: string, kpis: readonly Kpi[]): { kpi: Kpi; index: number; length: number }[] {
  const found: { kpi: Kpi; index: number; length: number }[] = [];
  for (const kpi of kpis) {
    const mention = findKpiMention(sentence, kpiTerms(kpi.name, kpi.id));
    if (mention) found.push({ kpi, ...mention });
  }
  return withoutNested(found).sort((a, b) => a.index - b.index);
}

const OWN_SUBJECT = /^\s*(?:(?:但|而|其中|and|but)\s*)?(?!较|比|环比|同比|相比|高于|低于|超过|本|上|这|该|全|当|实际|目标|平均|整体|同期|up\b|down\b|from\b|vs\b|against\b|target\b|actual\b)(?:[\u4e00-\u9fff]{2,10}|[A-Za-z][\w -]{2,24}?)\s*(?:(?:由|从|为|是|达到?|:|：|was|is|at)\s*)?[¥$]?\d/iu;

/**
 * The KPI a claim at `at` is about: the one named last before it ("…CSAT reached 91%, above the target" is
 * about CSAT, not the KPI named first), else the first one named after it in the same clause (达标的是互动率);
 * none when the claim opens an earlier clause (五项里四项达标，千次展示成本超了 3 块钱).
 */
function kpiAt(sentence: string, mentions: { kpi: Kpi; index: number }[], at: number): Kpi | undefined {
  const before = mentions.filter((m) => m.index <= at).pop();
  // A clause in between with a subject and figures of its own (逾期付款由 21 笔降至 14 笔) may be what the claim is
  // about: 付款准确率由 99.7% 提高至 99.9%，逾期付款由 21 笔降至 14 笔，但仍未达到目标 is no claim about 付款准确率.
  if (before && sentence.slice(before.index, at).split(/[，,；;]/u).slice(1, -1).some((c) => OWN_SUBJECT.test(c))) return undefined;
  if (before) return before.kpi;
  // (Not across a conjunction: "the QA one was met and the usability-session goal was not" opens a clause of its own.)
  const after = mentions[0];
  return after && !/[，,；;:：]|\b(?:and|but|while|whereas)\b|而|但/u.test(sentence.slice(at, after.index)) ? after.kpi : undefined;
}

/**
 * True when the figures of the claim's clause are all shares while the KPI counts something: "the share of entries
 * coming from clips was 13.2%, short of the 15% target" is about another measure than "Clips published" (138 of 120),
 * whatever figures come after (": clips posted after 9 pm…").
 */
function otherMeasure(sentence: string, kpi: Kpi, at: number): boolean {
  const clauseEnd = sentence.slice(at).search(/[:：;；]/u);
  const clause = clauseEnd < 0 ? sentence : sentence.slice(0, at + clauseEnd);
  const figures = clause.match(/\d+(?:\.\d+)?\s*[%％]?/gu) ?? [];
  return !kpi.target!.percent && !kpi.actual!.percent && figures.length > 0 && figures.every((f) => /[%％]$/u.test(f));
}

// A claim the writer reports rather than makes: "her self-assessment describes it as on target", 自评为达标.
const REPORTED = /(?:\b(?:describes?|described|calls?|called|claims?|claimed|considers?|considered|thinks?|thought)\b[^,.;]{0,40}|(?:自评|自称|自认为|他认为|她认为)[^，。；,;]{0,20})$/iu;

/**
 * Reports a claim, or the attainment % the sentence states (`percent`, CLAIM_PERCENT's match), about `kpi` that its
 * target and actual contradict.
 */
function checkClaim(
  doc: ParsedReview,
  report: (r: Report) => void,
  block: TextBlock,
  sentence: { text: string; index: number },
  kpi: Kpi,
  claim: KpiClaim | undefined,
  percent: RegExpExecArray | null,
): void {
  const met = isMet(kpi.target!.value, kpi.actual!.value, kpi.better);
  if (met === undefined) return;
  // Nothing at all of a lower-is-better KPI (0 errors) meets any ceiling but has no attainment to quote.
  const pct = kpi.attainment === undefined ? undefined : Math.round(kpi.attainment * 1000) / 10;
  const lower = kpi.better === 'lower';
  const params = { k: kpi.name, t: formatQuantity(kpi.target!, kpi.unit), a: formatQuantity(kpi.actual!, kpi.unit), p: pct };
  const flag = (index: number, said: string, message: Text, claimed: unknown) => {
    const start = block.offset + sentence.index + index;
    report({ range: doc.lines.range(start, start + said.length), message, data: { kpi: kpi.id ?? kpi.name, claimed, attainment: pct } });
  };
  if (percent) {
    if (pct === undefined) return;
    const stated = Number(percent[1] ?? percent[2] ?? percent[3]);
    if (Math.abs(stated - pct) > PERCENT_TOLERANCE) {
      flag(percent.index, percent[0], text('The text states {s}% attainment for "{k}", but target {t} and actual {a} give {p}%.', '正文称“{k}”达成率为 {s}%，但目标 {t}、实际 {a} 计算得 {p}%。', { ...params, s: stated }), stated);
    }
    return;
  }
  if (!claim) return;
  // "Above / below the target" means met or missed by the KPI's direction: 41.5 元，高于目标 38 元 misses a cost target.
  const claimedMet = claim.kind === 'met' || (claim.kind === 'above' ? kpi.better === 'higher' : claim.kind === 'below' ? kpi.better === 'lower' : false);
  if (claimedMet && !met) {
    flag(claim.index, claim.text, lower
      ? text('The text says "{k}" met its target, but the actual {a} is above the target {t} ({p}%; lower is better).', '正文称“{k}”已达成目标，但实际 {a}，高于目标 {t}（越低越好，达成率 {p}%）。', params)
      : text('The text says "{k}" met its target, but the actual {a} is below the target {t} ({p}%).', '正文称“{k}”已达成目标，但实际 {a}，低于目标 {t}（达成率 {p}%）。', params), 'met');
  } else if (!claimedMet && met) {
    const withinCeiling = pct === undefined
      ? text('The text says "{k}" missed its target, but the actual {a} is within the target {t} (lower is better).', '正文称“{k}”未达成目标，但实际 {a} 已控制在目标 {t} 以内（越低越好）。', params)
      : text('The text says "{k}" missed its target, but the actual {a} is within the target {t} ({p}%; lower is better).', '正文称“{k}”未达成目标，但实际 {a} 已控制在目标 {t} 以内（越低越好，达成率 {p}%）。', params);
    flag(claim.index, claim.text, lower
      ? withinCeiling
      : text('The text says "{k}" missed its target, but the actual {a} meets the target {t} ({p}%).', '正文称“{k}”未达成目标，但实际 {a} 已达到目标 {t}（达成率 {p}%）。', params), 'missed');
  }
}

/** Text that says a KPI met or missed its target, or states an attainment %, which the frontmatter data contradicts. */
export const kpiClaimMismatchRule: Rule = {
  id: 'kpi-claim-mismatch',
  defaultSeverity: 'warning',
  needs: 'prose',
  description: text('What the text says about a KPI agrees with its target and actual.', '正文对 KPI 的描述与头信息中的目标值、实际值一致。'),
  check({ doc, report }) {
    const kpis = doc.kpis.filter((k) => k.target && k.actual && isMet(k.target.value, k.actual.value, k.better) !== undefined);
    if (kpis.length === 0) return;
    for (const block of doc.blocks) {
      for (const sentence of sentences(block.text)) {
        const mentions = mentionsIn(sentence.text, kpis);
        if (!mentions.length) continue;
        const claim = findClaim(sentence.text);
        let percent = CLAIM_PERCENT.exec(sentence.text);
        // 供应商对账完成率 97% names the KPI's actual, not an attainment.
        if (percent && mentions.some((m) => m.index <= percent!.index && percent!.index < m.index + m.length)) percent = null;
        const at = percent?.index ?? claim?.index;
        if (at === undefined || REPORTED.test(sentence.text.slice(0, at))) continue;
        const kpi = kpiAt(sentence.text, mentions, at);
        // An attainment is a share whatever the KPI counts.
        if (kpi && (percent || !otherMeasure(sentence.text, kpi, at))) checkClaim(doc, report, block, sentence, kpi, claim, percent);
      }
    }
    // A table row states its verdict in a cell of its own, about the KPI its first cell names.
    for (const cells of tableRows(doc.blocks)) {
      const kpi = cells.length > 1 ? mentionsIn(cells[0].text, kpis)[0]?.kpi : undefined;
      const verdict = rowVerdict(cells);
      if (!kpi || !verdict) continue;
      const claim: KpiClaim = { kind: verdict.kind, index: verdict.cell.text.indexOf(verdict.said), text: verdict.said };
      checkClaim(doc, report, verdict.cell, { text: verdict.cell.text, index: 0 }, kpi, claim, null);
    }
  },
};
