// The number a goal aims at: "将互动率从 4.1% 提升到 5%" → 5%, "GMV 达到 120万" → 120万.
import { parseQuantity } from '../kpi/quantity';
import type { Quantity } from '../model';

// Dates and times first, so 2027-03-31 or 3月底 is never read as a target.
const DATES = /\d{4}\s*[-年]?\s*[qh][1-4]\b|\d{4}[-/.年]\d{1,2}(?:[-/.月]\d{1,2}日?)?|\d{1,2}月(?:\d{1,2}日|底|初|中)?|\d{4}\s*年(?:底|初|中|度)?|\bq[1-4]\b/giu;
// A number with its magnitude and unit, as parseQuantity reads it.
const NUMBER = /[¥￥$€£]?\s*\d[\d,]*(?:\.\d+)?\s*(?:十万|百万|千万|万|亿|千|k|m|%|％|个百分点|元|人次|人|分钟|min|秒|s)?/giu;
// Words after which the target value follows.
const TARGET_CUE = /(?:提升到|提高到|增长到|降低到|降到|下降到|达到|达|至|到|不低于|不少于|不高于|不超过|超过|高于|低于|to|reach(?:es|ing)?|at least|at most|above|below|under|over|≥|>=|≤|<=)\s*$/iu;

/** Every number with its unit in a text, with its offset (dates are not blanked here). */
function numbersIn(text: string): { q: Quantity; index: number }[] {
  const out: { q: Quantity; index: number }[] = [];
  for (const m of text.matchAll(NUMBER)) {
    const q = parseQuantity(m[0].trim());
    if (q) out.push({ q, index: m.index });
  }
  return out;
}

/** The values of the numbers a text states, dates left out: "观看人数 97 万，目标 95 万" → [970000, 950000]. */
export function valuesIn(text: string): number[] {
  return numbersIn(text.normalize('NFKC').replace(DATES, (d) => ' '.repeat(d.length))).map((n) => n.q.value);
}

/**
 * The goal's target value: the number after a cue word (到, to, ≥…), else the last number; undefined when
 * none. With `kpiName`, only the clause that names the KPI is read, so in
 * "把转化率从 2.3% 提升到 2.6%：讲解时长从 90 秒延长到 150 秒" the target of 转化率 is 2.6%, not 150 秒.
 */
export function goalTarget(text: string, kpiName?: string): Quantity | undefined {
  let cleaned = text.normalize('NFKC').replace(DATES, (d) => ' '.repeat(d.length));
  const at = kpiName ? cleaned.toLowerCase().indexOf(kpiName.normalize('NFKC').toLowerCase()) : -1;
  if (at >= 0) {
    const rest = cleaned.slice(at);
    const end = rest.search(/[:;。!?\n]/u); // after NFKC, full-width ：；！？ are these too
    cleaned = end > 0 ? rest.slice(0, end) : rest;
  }
  const found = numbersIn(cleaned).map((n) => ({ q: n.q, cued: TARGET_CUE.test(cleaned.slice(Math.max(0, n.index - 12), n.index)) }));
  return (found.filter((f) => f.cued).at(-1) ?? found.at(-1))?.q;
}
