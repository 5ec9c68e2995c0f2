import type { Kpi } from '../model';
import { parseQuantity } from '../kpi/quantity';

// Dates, years, quarters and durations are numbers too, but never a KPI target: blank them out first.
const NOT_A_TARGET =
  /\d{4}\s*[-/.年]\s*\d{1,2}(?:\s*[-/.月]\s*\d{1,2}\s*日?)?|(?<!\d)(?:19|20)\d{2}(?!\s*(?:[%％万亿千元人]|\d))|\b[qh][1-4]\b|\d{1,2}\s*(?:月(?:底|初|中|份)?|号|日)|\d+\s*(?:个月|个季度|周|天|weeks?|days?|months?|quarters?)/giu;
const NUMBER = /[¥￥$]?\d[\d,]*(?:\.\d+)?\s*(?:%|％|万元|万|亿|千|[kKmM](?![a-zA-Z])|元|人次|人|分钟|min|秒)?/gu;
// Words that introduce the value to reach: 提升到 5%, reach 1,200, to 2.6%.
const TO_MARKER = /(?:到|至|达到|达|为|to|reach(?:es|ing)?|at least|≥|>=)\s*$/iu;
// A goal may name several KPIs; a clause ends at sentence punctuation.
const CLAUSE_END = /[。；;！!？?\n]/u;

function blankOut(text: string): string {
  return text.replace(NOT_A_TARGET, (m) => ' '.repeat(m.length));
}

function mentionIndex(goal: string, kpi: Kpi): number {
  const lower = goal.toLowerCase();
  for (const name of [kpi.name, kpi.id]) {
    if (!name) continue;
    const i = lower.indexOf(name.toLowerCase());
    if (i >= 0) return i + name.length;
  }
  return -1;
}

function isPercentKpi(kpi: Kpi): boolean {
  return kpi.unit === '%' || kpi.target?.percent === true || kpi.actual?.percent === true;
}

/**
 * The target a next-cycle goal sets for a KPI ("将互动率从 4.1% 提升到 5%" → `5%`), as written, or
 * undefined when no goal names the KPI together with a number of the KPI's kind. A percentage for a
 * KPI counted in people is a relative change, not a target, and is skipped.
 */
export function targetFromGoals(kpi: Kpi, goals: readonly string[]): string | number | undefined {
  for (const goal of goals) {
    const after = mentionIndex(goal, kpi);
    if (after < 0) continue;
    const rest = blankOut(goal.slice(after));
    const end = rest.search(CLAUSE_END);
    const clause = end >= 0 ? rest.slice(0, end) : rest;
    let chosen: string | undefined;
    for (const m of clause.matchAll(NUMBER)) {
      const raw = m[0].trim();
      const q = parseQuantity(raw);
      if (!q || q.percent !== isPercentKpi(kpi)) continue;
      chosen = raw;
      if (TO_MARKER.test(clause.slice(0, m.index))) break;
    }
    if (chosen !== undefined) return /^\d+(?:\.\d+)?$/.test(chosen) ? Number(chosen) : chosen;
  }
  return undefined;
}
