import { analyzeGoal, type SmartAnalysis, type SmartLetter } from '../language/smart';
import type { Stretch } from '../language/stretch';
import { hasWords, maskNonProse } from '../language/prose';
import { findVagueDeadline } from '../language/timeExpressions';
import type { Rule } from '../lint/types';
import { text, type Text } from '../i18n';
import type { ParsedReview } from '../parse/parse';
import { at } from './fixHelpers';

// A and R are advisory: a goal that fails only those is reported at hint level.
const ADVISORY: readonly SmartLetter[] = ['achievable', 'relevant'];

const number = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

function amount(value: number, stretch: Stretch): string {
  const unit = stretch.kpi.actual?.percent || stretch.kpi.unit === '%' ? '%' : stretch.kpi.unit ? ` ${stretch.kpi.unit}` : '';
  return number.format(value) + unit;
}

function achievableReason(s: Stretch): Text {
  const p = {
    kpi: s.kpi.name,
    target: amount(s.target, s),
    actual: s.actual === undefined ? '' : amount(s.actual, s),
    ratio: number.format(Math.round((s.ratio ?? 0) * 10) / 10),
    best: s.best ? amount(s.best.value, s) : '',
    bestRatio: number.format(Math.round((s.bestRatio ?? 0) * 10) / 10),
    cycle: s.best?.cycle ?? '',
  };
  if (s.ratio === undefined) {
    return text('may not be achievable (A): the {kpi} target {target} is {bestRatio}× the best ever reached ({best} in {cycle})', '可能难以实现（A）：{kpi}目标 {target} 是历史最好成绩（{cycle}：{best}）的 {bestRatio} 倍', p);
  }
  const base = text('may not be achievable (A): the {kpi} target {target} is {ratio}× this cycle\'s actual {actual}', '可能难以实现（A）：{kpi}目标 {target} 是本期实际值 {actual} 的 {ratio} 倍', p);
  if (!s.best) return base;
  const history = s.best.cycle
    ? text(', and {bestRatio}× the best ever reached ({best} in {cycle})', '，是历史最好成绩（{cycle}：{best}）的 {bestRatio} 倍', p)
    : text(', which is already the best on record', '，而本期已是历史最好成绩', p);
  return { en: base.en + history.en, zh: base.zh + history.zh };
}

function reasons(analysis: SmartAnalysis, kpiNames: { shown: string[]; cut: boolean }, vagueDeadline: string | undefined): Text[] {
  return analysis.missing.map((letter): Text => {
    switch (letter) {
      case 'specific':
        return analysis.vagueWord
          ? text('not specific (S): "{word}" has no concrete object or KPI', '不够具体（S）：“{word}”没有落到具体的对象或指标上', { word: analysis.vagueWord })
          : text('not specific (S): too short to say what will be achieved', '不够具体（S）：过于简略，没有说明要做成什么');
      case 'measurable':
        return text('not measurable (M): no number, percentage, amount or countable deliverable', '缺少可测量的指标（M）：没有数字、百分比、金额或可数的交付物');
      case 'achievable':
        return achievableReason(analysis.stretch!);
      case 'relevant':
        // A list cut short says so: 等 in Chinese, an ellipsis in English.
        return text('relevance unclear (R): names none of the KPIs ({en})', '相关性不明（R）：没有提到任何一项 KPI（{zh}）', {
          en: kpiNames.shown.join(', ') + (kpiNames.cut ? ', …' : ''),
          zh: kpiNames.shown.join('、') + (kpiNames.cut ? (/[\w)]$/u.test(kpiNames.shown.at(-1) ?? '') ? ' 等' : '等') : ''),
        });
      case 'time-bound':
        // Why 尽快 / ASAP does not count is said only to a goal that uses such a word.
        return vagueDeadline
          ? text('no deadline (T): "{w}" is not one; add a date or period such as 2026-12-31, next quarter or within 6 weeks', '没有时限（T）：“{w}”不算时限，请写明日期或期限，如 2026-12-31、下季度、三个月内', { w: vagueDeadline })
          : text('no deadline (T): add a date or period such as 2026-12-31, next quarter or within 6 weeks', '没有时限（T）：请写明日期或期限，如 2026-12-31、下季度、三个月内');
    }
  });
}

/** The last day of the quarter about three months after `today`: a concrete date a quarter ahead. */
function quarterAhead(today: Date): string {
  const months = today.getMonth() + 3;
  const year = today.getFullYear() + Math.floor(months / 12);
  const lastMonth = Math.floor((months % 12) / 3) * 3 + 2;
  const day = new Date(year, lastMonth + 1, 0).getDate();
  return `${year}-${String(lastMonth + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Appends a deadline to the goal, before its closing full stop if it has one. */
function deadlineFix(doc: ParsedReview, goal: { text: string; offset: number }) {
  const date = quarterAhead(doc.today);
  const stub = /[\u4e00-\u9fff]/.test(goal.text) ? `，截止：${date}` : `, by ${date}`;
  const closing = /[。.！!；;]\s*$/.exec(goal.text);
  const offset = goal.offset + (closing ? closing.index : goal.text.trimEnd().length);
  return { title: text('Add a deadline ({date})', '添加截止日期（{date}）', { date }), edits: [{ range: at(doc.lines.position(offset)), newText: stub }] };
}

/** 目标设定遵循 SMART 原则：具体、可测量、可实现、相关性强、时限性. One finding per goal that fails. */
export const goalSmartRule: Rule = {
  id: 'goal-smart',
  defaultSeverity: 'warning',
  needs: 'prose',
  description: text(
    'Goals are SMART: specific, measurable, achievable, relevant to a KPI, and time-bound.',
    '目标应符合 SMART 原则：具体、可测量、可实现、与 KPI 相关、有时限。',
  ),
  check({ doc, history, report }) {
    const context = {
      kpis: doc.kpis,
      templateKpis: doc.template.kpis,
      today: doc.today,
      history: history.map((r) => ({ cycle: r.meta.cycle, kpis: r.kpis })),
    };
    const allNames = doc.kpis.length ? doc.kpis.map((k) => k.name) : doc.template.kpis;
    const kpiNames = { shown: allNames.slice(0, 4), cut: allNames.length > 4 };
    for (const goal of doc.goals) {
      const words = maskNonProse(goal.block.text);
      if (!hasWords(words)) continue;
      const analysis = analyzeGoal(words, context);
      if (analysis.missing.length === 0) continue;
      const hint = analysis.missing.every((l) => ADVISORY.includes(l));
      const why = reasons(analysis, kpiNames, analysis.missing.includes('time-bound') ? findVagueDeadline(words)?.text : undefined);
      const head = hint ? text('Goal could be more SMART: ', '目标可以更 SMART：') : text('Goal is not SMART: ', '目标不够 SMART：');
      report({
        range: goal.block.range,
        message: { en: `${head.en}${why.map((r) => r.en).join('; ')}.`, zh: `${head.zh}${why.map((r) => r.zh).join('；')}。` },
        data: { missing: analysis.missing },
        hint,
        // Text appended to a table row would fall outside the table: rows get no deadline fix.
        fixes: analysis.missing.includes('time-bound') && goal.block.kind !== 'tableRow' ? [deadlineFix(doc, goal.block)] : undefined,
      });
    }
  },
};
