// "Make this goal SMART": the letters a goal lacks, filled from the review's data and kept in the writer's words.
// S and M come from a KPI (its actual this cycle as the baseline, its target, or a stretch past it when met), T from
// the end of the next cycle: 提升团队凝聚力 → 提升团队凝聚力，2026-12-31 前把互动率从 4.3% 提升到 4.8%.
import { nextCycleDeadline } from '../cycles/cycle';
import type { Locale } from '../i18n';
import { isMet } from '../kpi/attainment';
import { findKpiMention, findMention, kpiTerms } from '../language/kpiMentions';
import { STRETCH_VS_BEST } from '../language/stretch';
import { maskNonProse } from '../language/prose';
import type { Goal, Kpi } from '../model';
import type { ParsedReview } from '../parse/parse';
import { formatValue } from '../preview/format';
import { displayUnit } from '../scaffold/kpiTable';
import type { SnippetPart } from './snippet';
import type { WritingFix } from './writingFix';

const CJK = /[\u4e00-\u9fff]/u;
// A goal's closing full stop stays after the inserted words.
const CLOSING = /[。.！!；;]\s*$/u;

/** `value` at the precision `actual` is written with (two decimals at most). */
function round(value: number, actual: number): number {
  return Number(value.toFixed(Math.min(2, /\.(\d+)/.exec(String(actual))?.[1].length ?? 0)));
}

/** A stretch for a KPI already met: a tenth past the actual. */
function stretch(kpi: Kpi, actual: number): number {
  return round(actual * (kpi.better === 'lower' ? 0.9 : 1.1), actual);
}

/**
 * The value to reach: the target while it is unmet, else a stretch past this cycle's actual. Never further than half
 * again past the actual, which the A letter accepts (against the actual, and against a best ever at or above it).
 */
function goalValue(kpi: Kpi): number | undefined {
  const actual = kpi.actual?.value;
  const target = kpi.target?.value;
  if (actual === undefined || actual <= 0) return target;
  if (target === undefined || isMet(target, actual, kpi.better) !== false) return stretch(kpi, actual);
  return kpi.better === 'lower' ? Math.max(target, round(actual / STRETCH_VS_BEST, actual)) : Math.min(target, round(actual * STRETCH_VS_BEST, actual));
}

/** The KPI the goal names, or else those with figures, least attained first (where a goal helps most). */
function candidateKpis(doc: ParsedReview, goalText: string): Kpi[] {
  const usable = doc.kpis.filter((k) => k.wellFormed && goalValue(k) !== undefined);
  // Else a KPI named in part (Improve entry share, of Clip-driven entry share), which goal-smart reads the target for.
  const named =
    usable.find((k) => findKpiMention(goalText, kpiTerms(k.name, k.id))) ?? usable.find((k) => findMention(goalText, kpiTerms(k.name, k.id)));
  if (named) return [named];
  return [...usable].sort((a, b) => (a.attainment ?? Infinity) - (b.attainment ?? Infinity)).slice(0, 3);
}

function measureParts(kpi: Kpi, zh: boolean, deadline: string | undefined): { parts: SnippetPart[]; summary: string } {
  const locale: Locale = zh ? 'zh' : 'en';
  const unit = displayUnit(kpi);
  const from = kpi.actual && formatValue(kpi.actual.value, unit, locale);
  const to = formatValue(goalValue(kpi), unit, locale);
  const lower = kpi.better === 'lower';
  const summary = `${kpi.name} ${from ? `${from} → ` : ''}${to}`;
  if (zh) {
    const verb = lower ? '降低' : '提升';
    return {
      parts: ['，', ...(deadline ? [{ stop: 1, value: deadline }, ' 前'] : []), `把${kpi.name}`, ...(from ? [`从 ${from} `] : []), `${verb}到 `, { stop: 2, value: to }],
      summary,
    };
  }
  return {
    parts: [`: ${lower ? 'reduce' : 'raise'} ${kpi.name} `, ...(from ? [`from ${from} `] : []), 'to ', { stop: 2, value: to }, ...(deadline ? [' by ', { stop: 1, value: deadline }] : [])],
    summary,
  };
}

/**
 * The fixes for a goal that lacks S or M (a goal that lacks only T gets goal-smart's own deadline fix): one per
 * KPI it could be measured by. None for a table row (text appended to a row falls outside the table) or when no KPI
 * has figures to write.
 */
export function smartGoalFixes(doc: ParsedReview, goal: Goal, missing: readonly string[], locale: Locale): WritingFix[] {
  if (goal.block.kind === 'tableRow' || !(missing.includes('specific') || missing.includes('measurable'))) return [];
  // Masked, so the words go before a trailing comment (<!-- … -->) as well as before the full stop.
  const body = maskNonProse(goal.block.text).replace(/\s+$/u, '');
  const closing = CLOSING.exec(body);
  const at = goal.block.offset + (closing ? closing.index : body.length);
  const zh = CJK.test(body);
  const deadline = missing.includes('time-bound') ? nextCycleDeadline(doc.meta.cycle, doc.today) : undefined;
  return candidateKpis(doc, body).map((kpi) => {
    const { parts, summary } = measureParts(kpi, zh, deadline);
    const when = deadline ? (locale === 'zh' ? `，${deadline} 前` : ` by ${deadline}`) : '';
    return {
      title: locale === 'zh' ? `让目标符合 SMART：${summary}${when}` : `Make this goal SMART: ${summary}${when}`,
      range: doc.lines.range(at, at),
      parts,
    };
  });
}
