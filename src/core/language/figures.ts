// Concrete figures in prose: numbers, amounts, percentages and countable deliverables, in Chinese and English.
// Dates and durations are not figures (a deadline says when, not how much), so they are blanked out first.

import { parseQuantity } from '../kpi/quantity';
import type { Quantity } from '../model';
import { MAGNITUDE } from './numbers';

const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\b\\.?';

const DATES = new RegExp(
  [
    '(?:19|20)\\d\\d\\s*[-/.年]\\s*\\d{1,2}(?:\\s*[-/.月]\\s*\\d{1,2}\\s*[日号]?)?', // 2026-12-31, 2026年12月
    '20\\d\\d\\s*-?\\s*[QqHh][1-4]', // 2026-Q4
    '(?<![A-Za-z])[QqHh][1-4](?:\\s*,?\\s*20\\d\\d)?(?![0-9])', // Q4, H1, Q4 2026
    '20\\d\\d\\s*年', // 2026年
    '\\b(?:in|by|before|until|of)\\s+(?:fy\\s*)?20\\d\\d\\b(?!\\s*[-/.]\\s*\\d)', // by 2027 (a bare 2000 may be an amount)
    '\\d{1,2}\\s*月(?:\\s*\\d{1,2}\\s*[日号])?', // 12月, 9月9日
    '\\d{1,2}\\s*[:：]\\s*\\d{2}', // 20:30
    '双\\s*1[12]|(?<!\\d)618(?=\\s*(?:大促|活动|期间|前|当天))', // 双11, 618 大促
    '(?:早上|上午|中午|下午|晚上|晚)\\s*\\d{1,2}\\s*点(?:半|\\d{1,2}\\s*分)?',
    // Numeral runs are tried from their first character only: from every character a 100 KB run of digits took minutes.
    '(?<![\\d一二两三四五六七八九十])[\\d一二两三四五六七八九十]+\\s*个?\\s*(?:天|日|周|星期|个月|季度|年)(?:内|之内|以内|后)?',
    '(?<!\\d)\\d+\\s*(?:days?|weeks?|months?|quarters?|years?)\\b',
    `\\b${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s*\\d{4})?`,
    `\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}`,
  ].join('|'),
  'giu',
);

/**
 * A figure and, when written, its magnitude and unit: `2 万`, `120万元`, `¥1.2M`, `5.5%`, `3 个百分点`,
 * `12,000 viewers`. Groups: 1 currency, 2 digits, 3 magnitude, 4 unit.
 */
export const FIGURE =
  `(?:([¥￥$€£])\\s*)?(\\d(?:,?\\d)*(?:\\.\\d+)?)\\s*(${MAGNITUDE})?\\s*(个百分点|百分点|percentage points?|pp\\b|%|％|元|人次|人|次|场|分钟|秒|小时|单|件|位|名|(?:usd|rmb|cny|dollars|viewers|users|people|orders|minutes|mins?|seconds|secs?|hours?)\\b)?`;

/** The quantity of a `FIGURE` match; `points` for percentage points (`3 个百分点`, `2 pp`). */
export function figureQuantity(m: RegExpExecArray): { quantity: Quantity; points: boolean } | undefined {
  const unitWord = m[4] ?? '';
  const points = /百分点|percentage|pp/i.test(unitWord);
  const quantity = parseQuantity(m[0].slice(0, m[0].length - unitWord.length).trim() + (points ? '' : unitWord));
  return quantity && { quantity, points };
}

// A duration right after a target word is the amount aimed at, not a date: 缩短到 3 天, from 5 days to 2 days;
// after an average or a change it is an amount measured: 平均 9 天到货, 快了 4 天, an average of 3 days.
const AMOUNT_BEFORE = /(?:\b(?:to|under|below|from|than|at\s+most|no\s+more\s+than|averag(?:e|ed|ing)(?:\s+of)?|took|takes|faster\s+by|quicker\s+by)|[≤<]=?|从|由|到|至|缩短到|缩到|降到|降至|控制在|稳定在|保持在|维持在|压到|压缩到|降回|回到|升到|升至|不超过|低于|少于|平均|快了|慢了|早了|晚了|提前了|缩短了|延长了|多了|少了)\s*$/iu;
// After a duration, the words that make it an amount: "32 days or less".
const AMOUNT_AFTER = /^\s*or\s+(?:less|fewer|under|below|more)\b/iu;

/** The text with dates, times of day and durations blanked out (same length); durations aimed at stay. */
export function maskDates(text: string): string {
  if (!/[\dQqHh一二两三四五六七八九十]/.test(text)) return text;
  return text.replace(DATES, (m, ...rest) => {
    const offset = rest.at(-2) as number;
    const amount = AMOUNT_BEFORE.test(text.slice(Math.max(0, offset - 12), offset)) || AMOUNT_AFTER.test(text.slice(offset + m.length));
    return amount && /天|日|周|day|week/iu.test(m) ? m : ' '.repeat(m.length);
  });
}

// Measure words of countable things (场 sessions, 份 copies, 篇 articles…). `一个`, `一些`, `一点` are mere
// articles in Chinese, so a lone 一 counts only with the measure words of a deliverable.
// Each numeral run is tried from its first character only: tried from every character, a run of
// 1,500 二 took seconds (the run is matched again from each position).
// 每一场 is "every", not one. Ratios (两成, 三倍, 百分之十, 翻一番) are figures but not things delivered.
// nzh 1.0.14 was measured in place of these patterns (issue 8): 5.9 KB minified, no eval figure gained, and it
// misreads the forms reviews use (两成 → 0, 两千 → 0, 百分之十 → 110, 三分之一 → 31, 翻一番 → 1), so they stay.
const CJK_COUNT = new RegExp(
  [
    '(?<![二两三四五六七八九十百千万])[二两三四五六七八九十百千万][一二两三四五六七八九十百千万]*\\s*(?:个|场|次|份|篇|项|门|本|套|条|期|位|名|家|款|节|堂|轮|遍|人|单|件|元|块|支|部|集|章|页|张|批|类|种|版)',
    '(?<![一二两三四五六七八九十百千万每])一\\s*(?:场|次|份|篇|项|门|本|套|期|节|堂|轮|款|部|批|版)',
    '(?<![一二两三四五六七八九十百千])[一二两三四五六七八九十百千]+[万亿]', // 十二万
    '第[一二三四五六七八九十\\d]+名|前[一二三四五六七八九十\\d]+(?:名|位)?', // ranks: 第一名, 前五
  ].join('|'),
  'u',
);
const CJK_RATIO =
  /(?<![一二两三四五六七八九十百千万])[一二两三四五六七八九十]+\s*(?:倍|成)|百分之[一二两三四五六七八九十百零〇\d]|[一二三四五六七八九十百千]分之[一二两三四五六七八九十\d]|翻倍|翻一番|翻两番|减半|加倍|[降减清]为?零|为零/u;

// An ordinal is no figure (first response time, the first draft) unless it names a rank or a first deal won.
const EN_NUMBER_WORD = /\b(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|fifty|hundred|dozen|double|triple|halve|half|a\s+(?:third|quarter|fifth)\s+of|by\s+a\s+(?:third|quarter|fifth)|(?:rank(?:ed|s)?|finish(?:ed|es)?|place[ds]?|come|came)\s+first|first\s+(?:place|(?:paying\s+)?(?:sale|deal|client|customer|order|contract|booking)s?)|top\s+(?:three|five|ten))\b/iu;

const DELIVERABLE_NOUN =
  'reports?|dashboards?|plans?|playbooks?|courses?|certifications?|certificates?|workshops?|sessions?|trainings?|talks?|presentations?|case stud(?:y|ies)|guides?|documents?|templates?|prototypes?|releases?|features?|launch(?:es)?|campaigns?|videos?|articles?|posts?|audits?|surveys?|stud(?:y|ies)|sops?|checklists?|demos?|tools?|scripts?|retrospectives?|reviews?';
const EN_DELIVERABLE = new RegExp(`\\b(?:a|an|one|\\d+)\\s+(?:[a-z-]+\\s+){0,2}(?:${DELIVERABLE_NOUN})\\b`, 'iu');

// A finished deliverable is measurable by being done: 周五前把选品复盘表同步给主播组, Pass the PMP exam.
// 完成目标 / 完成任务 alone says nothing about what is delivered, nor "post more clips" how many.
const COMPLETION =
  /(?:完成|提交|交付|上线|同步给|发给|交给|给到|发到|交(?=[上本当这]\s*[周月季])|考取|取得|拿到|通过|输出|发布|搭建|上传|接入|招聘|带出|改好|验收|定下来|换成|整理成|补齐|(?:整理|做|写|产|跑)出)(?!\s*(?:目标|任务|指标|工作))|\b(?:live in production|(?:rollout|launch|migration|release) of)\b|\b(?:pass|ship|deliver|submit|publish|post|send|present|complete|finish|launch|release|implement|produce|write|document|recruit|hire|sign|win(?!\s+rates?\b)|clear|migrate|automate|build(?!\s+(?:stronger|better|closer|deeper|trust|relationships?|rapport)\b)|set\s+up|roll\s+out|signed\s+off|certified)\b\s+(?:(?:the|a|an|all|its|our|my|two|three)\s+)?(?!(?:more|fewer|less|better)\b)[a-z0-9]/iu;

// A digit that is not part of a name such as `H5`, `B2B` or `5S` (and 3D, 5G).
const DIGIT = /(?<![A-Za-z])\d(?![SGD](?![A-Za-z\d]))/u;

/** A number, percentage, amount or multiple (dates excluded; pass text through `maskDates` first). */
export function hasNumber(masked: string): boolean {
  return DIGIT.test(masked) || CJK_COUNT.test(masked) || CJK_RATIO.test(masked) || EN_NUMBER_WORD.test(masked);
}

/** A countable deliverable: `一份复盘报告`, `3 场直播`, `a dashboard`, `two workshops`. */
export function hasDeliverable(masked: string): boolean {
  return CJK_COUNT.test(masked) || EN_DELIVERABLE.test(masked) || COMPLETION.test(masked);
}

/** Measurable in the SMART sense: a number, percentage, amount or countable deliverable. */
export function isMeasurable(text: string): boolean {
  const masked = maskDates(text);
  return hasNumber(masked) || hasDeliverable(masked);
}
