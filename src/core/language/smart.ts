// SMART analysis of one goal (具体、可测量、可实现、相关性强、时限性), from its words and the review's KPIs.
import type { Kpi } from '../model';
import { hasDeliverable, isMeasurable, maskDates } from './figures';
import { findMention, kpiTerms } from './kpiMentions';
import { findStretch, type PastCycle, type Stretch } from './stretch';
import { hasTimeExpression, maskPeriods } from './timeExpressions';

export const SMART_LETTERS = ['specific', 'measurable', 'achievable', 'relevant', 'time-bound'] as const;
export type SmartLetter = (typeof SMART_LETTERS)[number];

export interface GoalContext {
  /** The review's KPIs (frontmatter). */
  kpis: readonly Kpi[];
  /** KPI names the template lists. */
  templateKpis: readonly string[];
  /** Earlier cycles of the same person, newest first. */
  history: readonly PastCycle[];
  today?: Date;
}

export interface SmartAnalysis {
  missing: SmartLetter[];
  /** The vague verb that makes the goal unspecific, when that is why. */
  vagueWord?: string;
  /** Achievable: the target that lies too far beyond what was reached. */
  stretch?: Stretch;
}

// Verbs and hedges that say "more" or "try" without saying of what.
const VAGUE_VERB =
  /提升|提高|加强|增强|努力|尽量|尽可能|争取|力争|改善|优化|完善|做好|进一步|更好|更加|积极|认真|好好|想办法|(?<![\u4e00-\u9fff\d])多(?=[\u4e00-\u9fff])|\b(?:improve|work on|better|enhance|strengthen|try to|try harder|strive|do (?:my|his|her|their|our|your) best|focus on|optimi[sz]e|boost|be more|step up|as much as possible|keep up|get better|more|drive)\b/iu;
// Wishes that name no result unless they are about a metric or a deliverable: 跟副播多沟通, 话术再自然一点,
// 投放节奏做得更稳一点, 带新人再上点心, "Work on creativity next quarter", "Keep growing as a leader", "foster a
// culture of…", "build stronger relationships", "Better SE collaboration" (but "Better attendance next term").
const SOFT_WISH =
  /(?<=[\u4e00-\u9fff])多(?=沟通|学|练|看|想|交流|问|听)|上点心|[再更][\u4e00-\u9fff]{0,4}(?:一点|一些|点)|多做一些|^\W*better\s+[a-z]|\b(?:work on|keep growing|continue to grow|grow as|foster|build (?:stronger|better)|stronger relationships)\b/iu;
// Wishes that stay wishes even about a metric or a deliverable, unless a figure is set: 继续提升镜头表现力,
// 带一下新来的场控, 群里多做点互动活动, "Keep improving the helpdesk", "Be a stronger leader", "Grow into a more
// strategic partner", "Drive more pipeline", "Build a stronger relationship with…", 进一步提升客户满意度, 更上一层楼,
// "Take on more leadership" (not "more flagship streams", which can be counted), "Keep learning", "Try new things in class".
const SOFTEST_WISH =
  /继续(?:提升|提高|加强|改善|努力|保持)|[\u4e00-\u9fff]一下(?=[\u4e00-\u9fff])|(?<=[\u4e00-\u9fff])多做点?|进一步(?:提升|提高|加强|改善|扩大)|更上一层楼|\b(?:keep (?:improving|developing|getting better)|continue to (?:demonstrate|show|develop|improve)|grow into|build an? (?:stronger|better)|be an? (?:stronger|better)|drive more|take on more (?:[a-z]+\s+)?(?:work|responsibilit(?:y|ies)|leadership|ownership|challenges?|tasks?)|keep (?:doing what|learning|it up)|try (?:new|different) (?:things|stuff|ideas))\b/iu;

const VAGUE_VERB_ALL = new RegExp(VAGUE_VERB.source, 'giu');

// Things a goal can be about besides the review's own KPIs: common live-commerce and business metrics.
const METRIC =
  /观看|在线|峰值|互动|转化|销售|成交|GMV|留存|停留|回放|粉丝|客单价|订单|点赞|评论|分享|复购|ROI|UV|PV|曝光|点击|退货|好评|场次|满意度|\b(?:revenue|sales|conversion|retention|churn|viewers?|views|watch time|engagement|nps|csat|(?:customer\s+)?satisfaction|(?:first-contact\s+)?resolution|(?:test\s+)?coverage|orders|customers|users|sign-?ups|leads|pipeline|tickets|response time|uptime|latency|bugs|defects|cost|margin|profit|arr|mrr|gmv|roi|ctr|quota|attendance)\b/iu;

// A recurring period sets a time frame too: 每月, weekly, per quarter.
// (After a determiner an adjective names a thing, not a rhythm: "the weekly sales report".)
const RECURRING = /每个?(?:天|日|周|星期|月|季度?|年)|\b(?<!\b(?:the|our|this|that|his|her|their|its|my|your)\s+)(?:daily|weekly|monthly|quarterly|yearly|annually)\b|\b(?:per (?:day|week|month|quarter|year)|every (?:day|week|month|quarter|year))\b/iu;

// Words that leave a goal saying nothing of what will be achieved: self-improvement in general, hedges,
// and the verbs and particles any goal has. What remains once they, figures and periods are gone is its object.
const EMPTY_WORDS =
  /能力|专业|综合|自己|自身|个人|表现|本职|工作|沟通|学习|思考|态度|主动性?|积极性?|认真|配合|突破|有所|希望|继续|保持|数字|水平|素质|达到|做到|实现|增长|增加|减少|降低|成为|变得|[把将的了和与及并在到为从由至内前后起是有能要再也都更多得]|\b(?:proactive|team\s+player|communicat\w*|learn\w*|best|ownership|leader|grow|good|work|harder|more|hit|keep|up|get|do|take|step|reach|make|being|become|better|always|really|the|and|for|with|from|into|by|at|in|on|of|to|it|be|as|an?|my|our|his|her|their)\b/giu;
const NUMBERS = /[\d.,%％]+|[零〇一二两三四五六七八九十百千万亿]+|\b(?:[kKmM])\b/gu;

/** The goal names what it is about: something is left once empty words, figures and periods are removed. */
function hasObject(goal: string): boolean {
  const rest = maskPeriods(goal).replace(VAGUE_VERB_ALL, ' ').replace(EMPTY_WORDS, ' ').replace(NUMBERS, ' ');
  return (rest.match(/[\u4e00-\u9fff]/gu)?.length ?? 0) >= 2 || /[A-Za-z]{3,}/.test(rest);
}

/** Too short to say what will be achieved: fewer than 4 Chinese characters and fewer than 3 words. */
function tooShort(text: string): boolean {
  const cjk = text.match(/[\u4e00-\u9fff]/gu)?.length ?? 0;
  const words = text.match(/[A-Za-z]+/g)?.length ?? 0;
  return cjk < 4 && words < 3;
}

/** The KPI terms of the review and of its template. */
function relevantTerms(context: GoalContext): string[] {
  return [...context.kpis.flatMap((k) => kpiTerms(k.name, k.id)), ...context.templateKpis.flatMap((name) => kpiTerms(name))];
}

/** Which SMART letters a goal fails, in S-M-A-R-T order, with the details the message needs. */
export function analyzeGoal(goal: string, context: GoalContext): SmartAnalysis {
  const missing: SmartLetter[] = [];
  const terms = relevantTerms(context);
  const mentionsKpi = terms.length > 0 && findMention(goal, terms) !== undefined;
  const concrete = mentionsKpi || METRIC.test(goal) || hasDeliverable(maskDates(goal));
  const vagueWord = VAGUE_VERB.exec(goal)?.[0];
  const measurable = isMeasurable(goal);
  const timed = RECURRING.test(goal) || hasTimeExpression(goal, context.today);
  // A wish to do better at something, with no metric, figure, deliverable or time (提高团队凝聚力, Improve team
  // morale), names no result to reach: not specific, whatever its object; the softest ones not even with a time.
  const soft = SOFT_WISH.exec(goal)?.[0];
  const softest = SOFTEST_WISH.exec(goal)?.[0];
  const wish = !measurable && (soft !== undefined || (!timed && vagueWord !== undefined));
  if ((!measurable && softest !== undefined) || (!concrete && (wish || tooShort(goal) || !hasObject(goal)))) missing.push('specific');
  if (!measurable) missing.push('measurable');
  const stretch = findStretch(goal, context.kpis, context.history);
  if (stretch) missing.push('achievable');
  // With no KPI in the review or its template there is nothing to be relevant to: not judged.
  if (terms.length > 0 && !mentionsKpi) missing.push('relevant');
  if (!timed) missing.push('time-bound');
  return { missing, vagueWord: missing.includes('specific') ? (vagueWord ?? soft ?? softest) : undefined, stretch };
}
