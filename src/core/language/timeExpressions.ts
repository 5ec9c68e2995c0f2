// Only the two locales we need: importing 'chrono-node' itself would bundle all of them.
import * as chronoEn from 'chrono-node/en';
import * as chronoZh from 'chrono-node/zh/hans';

export interface TimeExpression {
  index: number;
  text: string;
  /** ISO date (yyyy-mm-dd) when the expression names a day or a period end. */
  date?: string;
}

// Periods chrono does not read: quarters, halves, month/year ends, relative cycles, spans, and the events people
// plan by (下一场直播前, 双十一前, before the spring release, by fiscal year-end).
const PERIOD_PATTERNS: RegExp[] = [
  /\b(?:by\s+)?(?:the\s+)?(?:end\s+of\s+)?(?:[qQ][1-4]|[hH][12])(?:\s*(?:of\s+)?(?:20\d\d|fy\d\d))?\b/u,
  /\b20\d\d[-/]?[qQhH][1-4]\b/u,
  /\b(?:next|this|coming|following|upcoming)\s+(?:[a-z]+\s+)?(?:quarters?|half|cycle|review|months?|years?|sprint|season|release|weeks?|shift|stream|session|sync|stand-?up|broadcast|terms?|semesters?)\b/iu,
  // Events people plan by: before Singles' Day, through the holiday peak, across the 618 campaign, before your
  // probation review, during the 年货节 campaign.
  /\b(?:by|before|ahead\s+of|until|prior\s+to|through(?:out)?|across|during|for)\s+(?:the\s+|your\s+|his\s+|her\s+|their\s+|our\s+|next\s+)?(?:[\p{L}\p{N}'’.-]+\s+){0,3}?(?:warm-?up|sales?|peak|campaign|festival|holidays?|season|probation(?:\s+review)?|promo(?:tion)?|launch|event)\b/iu,
  // An event named by what happens to it: before the winter pressures start, before the plan is signed off; a
  // step of the work (before delivery); a first or next occasion (before her first solo stream); a time after an
  // event (within 48 hours of move-out, within the first week of joining); a business day of each month.
  /\bbefore\s+(?:delivery|submission|sign-?off|go-?live|handover|publication|dispatch|shipping|shipment|filing|release|launch)\b|\b(?:before|by|after|ahead\s+of)\s+(?:the|her|his|their|your|our|its)\s+(?:first|next)\s+(?:[\p{L}-]+\s+){0,2}?(?:stream|shift|session|review|meeting|day|week|launch|broadcast|audit|visit|delivery|rotation|placement|class|lesson)s?\b|\bwithin\s+(?:\d+|one|two|three|four|five|seven|ten|twenty-four|forty-eight|seventy-two)\s+(?:hours?|days?|(?:business|working)\s+days?)\s+of\s+(?!the\s+(?:target|goal)\b)[\p{L}-]+|\bwithin\s+(?:the\s+)?(?:first|last)\s+(?:day|week|fortnight|month)s?\s+of\b|\bby\s+the\s+\d{1,2}(?:st|nd|rd|th)\s+(?:(?:business|working)\s+)?day\b/iu,
  /\bbefore\s+(?:the|your|his|her|their|our)\s+(?:[\p{L}-]+\s+){1,3}?(?:starts?|begins?|opens?|kicks?\s+off|ends?|closes?|goes\s+live|(?:is|are|gets?)\s+(?:signed\s+off|approved|agreed|published|launched|final(?:i[sz]ed)?))\b/iu,
  /\b(?:by|before|ahead\s+of|until|prior\s+to|through|during|for)\s+(?:the\s+)?(?:singles['’]?\s*day|double\s+(?:11|12|eleven|twelve)|black\s+friday|cyber\s+monday|prime\s+day|christmas|thanksgiving|(?:lunar|chinese)\s+new\s+year|new\s+year|11\.11|12\.12|618)\b/iu,
  // A recurring deadline: every Monday, each Friday, same day after every call, within 24 hours of every stream,
  // before the end of every shift, within 2 hours during working hours, (on every deal) before it goes to proposal,
  // by 3 pm on stream days, by noon on every stream day.
  /\b(?:before|after|ahead\s+of|by|at)\s+(?:the\s+)?(?:end|start)\s+of\s+(?:every|each)\s+[\p{L}-]+|\bwithin\s+(?:\d+|one|two|three|four)\s+(?:minutes?|hours?)\s+during\s+(?:working|business|office)\s+hours\b|\bbefore\s+(?:it|they)\s+(?:goes|go|is|are|gets?|ships?|moves?)\s+(?:to|out|live|into)\b|\bwithin\s+(?:\d+|one|two|three|twenty-four|forty-eight)\s+(?:minutes?|hours?|days?|business\s+days?)\s+of\s+(?:it|them)\s+being\s+[a-z]+|\b(?:before|after|ahead\s+of)\s+(?:every|each)\s+[\p{L}-]+|\b(?:the\s+)?same\s+day\b|\b(?:every|each)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekday|morning|evening|week|month|quarter|sprint|stream|shift|session|broadcast)\b|\bon\s+(?:(?:every|each)\s+(?:[a-z-]+\s+)?day|[a-z-]+\s+days|(?:mon|tues|wednes|thurs|fri|satur|sun|week)days)\b|\b(?:same\s+day|within\s+(?:\d+|one|two|three|twenty-four|forty-eight)\s+(?:minutes?|hours?|days?|business\s+days?))\s+(?:of|after)\s+(?:every|each)\s+[\p{L}-]+/iu,
  /\bend\s+of\s+(?:the\s+)?(?:[a-z]+\s+)?(?:quarter|year|month|half|cycle|sprint|period|season|term|semester|trimester)\b/iu,
  /\b(?:(?:fiscal|financial|calendar)\s+)?year[-\s]end\b|\bfy[-\s]?(?:end\b|\d{4}\b|\d{2}\b)/iu,
  /\b(?:first|second|third|fourth|final)\s+(?:quarter|half)\b|\bmid-?(?:year|quarter|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b/iu,
  /\b(?:by|before|ahead\s+of|until|prior\s+to|at)\s+(?:the\s+)?(?:[a-z0-9-]+\s+){0,3}(?:meeting|release|launch|kick-?off|offsite|rollout|audit|qbr|summit|season|deadline|campaign)\b/iu,
  /\b(?:by|before|until|in|end\s+of)\s+(?:early\s+|late\s+|mid-?)?(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|20\d\d)\b(?!\s*[-/.]?\s*\d)/iu,
  /\bby\s+(?:month|week|day)\s+\d+\b|\bfor\s+the\s+(?:rest\s+of\s+the\s+)?(?:year|quarter|month)\b|\b(?:in|for|through|during|throughout)\s+(?:the\s+)?(?:(?:full|whole|entire)\s+(?:year|quarter)\s+(?:of\s+)?)?20\d\d\b(?!\s*[-/.]\s*\d)/iu,
  /\b(?:within|in)\s+(?:the\s+next\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve)\s+(?:(?:business|working)\s+)?(?:days?|weeks?|months?|quarters?|years?)\b/iu,
  /(?:20\d\d\s*年\s*)?(?:第?[一二三四1-4]季度|[上下]半年|[本下]个?学期|[下本]季度|下个?季度|下一?季度|本季度|[本下]个?月|下一?个?周期|下一?期|明年|今年|年[底末中]|季度[末底]|月[底末初中]|[上中下]旬)(?:[底末前内])?/u,
  /第\s*[一二三四五六七八九十\d]+\s*(?:周|星期|个月|季度)\s*(?:结束)?\s*(?:前|之前|以前|内|底|末)/u,
  /(?:本|这个?|下个?|下一个?)?\s*(?:周|星期)[一二三四五六日天1-7]\s*(?:前|之前|以前|截止)/u,
  /(?<![\d一二两三四五六七八九十几])年(?:内|前|度内)|全年|本财年|本年度|这个?(?:季度|月|周)|本周|下周|新的?(?:季度|财年|年度|周期)|下个?(?:考核)?周期|考核周期[内前]|期末/u,
  /(?:下一?(?:场|次|轮|期)|本次|这次|本场)[\u4e00-\u9fff]{0,6}?(?:开始|结束)?(?:前|之前|以前)|(?:大促|档期|旺季|发布会|考核期|试用期|转正|述职|预热|财年|学期|年会|期中|期末|开学|放假|家长会)(?:考试)?(?:周期)?(?:结束|开始|截止)?(?:前|之前|以前|内)/u,
  /(?:[一二两三四五六七八九十半\d]+\s*(?:个)?\s*(?:天|日|周|星期|月|季度|年))\s*(?:内|之内|以内)/u,
  /\d{1,2}\s*月\s*(?:\d{1,2}\s*[日号])?\s*(?:底|末|初|中旬|前|之前|以前)?/u,
  // Shopping festivals and holidays name a date: 双十一前, 618 大促期间, 春节前.
  // Any festival named with 节 (年货节前, 元宵节前, 女神节期间), but not 环节 / 章节 / 细节 / 季节 and the like.
  /[\u4e00-\u9fff]{1,3}(?<![环章细关调季礼])节(?:前|之前|以前|期间)/u,
  // A month.day written after a separator at the end of an item: `赵强 / 12.12`, `Lee, 3.15`.
  /(?<=[/／|，,：:]\s{0,3})(?:1[0-2]|0?[1-9])\.(?:3[01]|[12]\d|0?[1-9])\s*$/u,
  // A recurring deadline: 每场直播结束后 24 小时内, 每周一早会前, 每月 5 号前.
  /每个?(?:周|星期)[一二三四五六日天1-7](?![次回遍下])|每个?(?:季度|月|年)(?:的)?第\s*[\d一二三四五六七八九十]+\s*(?:周|天|日|个?工作日)|每(?:个|双|两|三|半)?个?月\s*(?:的)?(?:首个|第一个|最后一个|最后一周|第[一二三四1-4]周|[\d一二三四五六七八九十]+\s*[号日])(?:工作日)?|提前\s*[一二两三四五六七八九十\d]+\s*(?:个?小时|天|周|个?星期|个?月)/u,
  /每个?(?:天|日|周|星期|月|季度|场|次)[^，。；,;]{0,8}?(?:前|之前|以前|后\s*[\d一二两三四五六七八九十半]+\s*个?\s*(?:分钟|小时|天|工作日)\s*(?:内|之内|以内))/u,
  // 每场下播后复盘: after each stream, as "after every stream" is; 每家新店开业前; a bare 每天 that ends the item.
  /每个?(?:场|次)[^，。；,;\s]{1,6}?(?:后|之后|以后)|每[家个场次位名间批]?[\u4e00-\u9fff]{0,6}?(?:开业|开播|上线|开学|入职|上岗|上新|发货|交付)(?:前|之前|以前|后)|每个?(?:天|日|工作日)(?=\s*(?:$|[，。；,;]))/u,
  /(?:双\s*(?:十一|十二|11|12)|(?<!\d)618(?=\s*(?:大促|活动|购物节|期间|前|之前|当天))|国庆|元旦|春节|中秋|端午|清明|五一(?=前|之前|以前|假期|黄金周|期间)|十一(?=前|之前|以前|假期|黄金周))(?:\s*(?:节|假期|黄金周|大促|活动|购物节))?(?:\s*(?:前|之前|以前|期间|当天))?/u,
];

const ALL_PERIODS = PERIOD_PATTERNS.map((p) => new RegExp(p.source, `${p.flags}g`));

// Not periods, though they look like one: a comparison base names the past period compared with (比上季度,
// than last quarter); a duration shorter than a day measures speed (平均首响 10 分钟内, under 2 hours); a
// duration after a target word is the amount aimed at (缩短到 24 小时, to 3 days, paid within 30 days).
const NOT_A_PERIOD = new RegExp(
  [
    '(?:比|较|相比|对比|同比|环比)\\s*(?:于\\s*)?(?:上|去|前)(?:一|个)?\\s*(?:季度|月|周|年|期|个?周期)(?:同期)?',
    '\\b(?:than|compared\\s+(?:with|to)|over|versus|vs\\.?)\\s+(?:the\\s+)?(?:last|previous|prior|same)\\s+(?:quarter|year|month|cycle|period|week)\\b',
    '(?<!后\\s{0,3}|提前\\s{0,3}|[\\d.一二两三四五六七八九十半])[\\d一二两三四五六七八九十半]+\\s*(?:个)?\\s*(?:分钟|小时|秒钟?|钟头)(?:内|之内|以内)?',
    '\\b(?:\\d+|one|two|three|four|five|six|ten|twelve|twenty|thirty)\\s*(?:minutes?|mins?|hours?|hrs?|seconds?|secs?)\\b(?!\\s+(?:(?:of|after|before)\\s+(?:every|each|(?:it|them)\\s+being)|during\\s+(?:working|business|office)\\s+hours)\\b|(?<=\\bwithin\\s+\\S+\\s*\\S+)\\s+of\\s+(?!the\\s+(?:target|goal)\\b)[\\p{L}])',
    // An age or a length, not a deadline: cases open more than 10 days, 超过 3 天的工单.
    '\\b(?:more|less|fewer|longer|older)\\s+than\\s+\\d+\\s+(?:business\\s+|working\\s+)?(?:days?|weeks?|months?)\\b|超过\\s*[\\d一二两三四五六七八九十]+\\s*(?:个)?\\s*(?:工作日|天|周|个?月)(?=的)',
    '(?:从|由|到|至|缩短到|缩短至|缩到|降到|降至|控制在|稳定在|保持在|维持在|压到|压缩到|降回|回到|升到|升至|不超过|低于|少于|提高到|延长到)\\s*[\\d一二两三四五六七八九十半]+\\s*(?:工作日|天|个?星期|个月)(?:以内|之内|内)?',
    '\\b\\d+\\s+(?:business\\s+|working\\s+)?(?:days?|weeks?)\\s+or\\s+(?:less|fewer|under|below|more)\\b',
    '(?:[≤<]=?|\\bno\\s+more\\s+than)\\s*\\d+\\s*(?:business\\s+|working\\s+)?(?:days?|weeks?|天|个?星期|个?月)',
    '\\b(?:to|under|below|from|at\\s+most|(?:paid|resolved|answered|closed|handled|settled)\\s+within)\\s+(?:\\d+|one|two|three|four|five|six|seven|ten|thirty)\\s+(?:business\\s+|working\\s+)?(?:days?|weeks?)\\b',
  ].join('|'),
  'giu',
);

/** The text with comparison bases and durations that are not deadlines blanked out (same length). */
function maskNotPeriods(text: string): string {
  return text.replace(NOT_A_PERIOD, (m) => ' '.repeat(m.length));
}

// An ISO or slashed date: the common case, read without the natural-language parser.
const NUMERIC_DATE = /\b(20\d\d)[-/.](\d{1,2})[-/.](\d{1,2})\b/u;

const CHRONO_MAX = 2000;
const DATED = ['day', 'weekday', 'month', 'year'] as const;

// Words that sound like a time but set none (尽快, 尽早, 长期, ASAP, soon, going forward, when time allows): the one
// list both for leaving them out of deadlines and for naming them in findings.
const VAGUE_DEADLINE =
  /尽快|尽早|早日|早一点|早点|随时|长期|持续|后续|有空|有时间|找时间|时间待定|截止[:：]\s*待定|\basap\b|as soon as possible|\bsoon\b|going forward|when (?:time allows|there(?:'s| is) (?:time|a chance|bandwidth)|things (?:calm|settle|quiet) down|(?:he|she|they|you|I|we) (?:gets?|has|have) (?:a chance|time|bandwidth))|at some point|eventually|ongoing|\bdue[:：]?\s*tbd\b|date to be (?:decided|confirmed|agreed)/iu;

// A period named inside a noun phrase says which, not when: "the Q1 hiring plan", "the November outage", "the Sunday pickups",
// 复盘11月的退货原因, 把 Q4 复盘 PPT 发给老板. Only bare labels (Q1, H2, 11月, November) are read so; with 前 /
// 底 / by / in they are deadlines.
const BARE_PERIOD = /^(?:the\s+)?(?:[QqHh][1-4]|\d{1,2}\s*月份?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*|(?:mon|tues|wednes|thurs|fri|satur|sun)day)$/iu;
// A determiner, unless a preposition of time stands before it ("by the March calibration" is a deadline).
const EN_DETERMINER = /(?<!\b(?:by|before|at|until|till|after|in|during|ahead of|prior to|for)\s+)\b(?:the|a|an|our|this|that|his|her|their|its|my|your)\s+$/iu;
const EN_NOUN_AFTER = /^\s+(?!(?:of|in|to|by|and|or|for|at|on|is|was|will|\d)\b)[a-z]/iu;
// In Chinese a time adverbial opens a clause; after a verb or a preposition (复盘11月的…, 把 Q4 …) the label is
// part of the object. 年 (2027 年 Q1), 在 / 于 / 到 / 至 / 从 keep it a time.
const ZH_INSIDE_PHRASE = /(?![年在于到至从截])[\u4e00-\u9fff]\s*$/u;

function insideNounPhrase(text: string, c: TimeExpression): boolean {
  if (!BARE_PERIOD.test(c.text)) return false;
  const before = text.slice(Math.max(0, c.index - 24), c.index) + c.text.slice(0, c.text.search(/\S*$/u));
  const after = text.slice(c.index + c.text.length, c.index + c.text.length + 12);
  const english = EN_DETERMINER.test(before) && EN_NOUN_AFTER.test(after);
  if (/^(?:the\s+)?[a-z]{3}/iu.test(c.text)) return english;
  // 发货及时率 Q4 做到 98%, 退货率 Q4 控制在 8%: a label followed by a verb says when (not an object: 把 Q4 控制方案…).
  if (!/[把将对给]\s*$/u.test(before) && /^\s*(?:做到|达到|提升|提高|降到|降至|降低|完成|保持|实现|冲到?|要|争取|突破|回到|回升|恢复|降回|控制|压到|压至|稳定|维持|守住|不低于|不高于|低于|高于|超过|拿到|达成)/u.test(after)) return english;
  return english || /^\s*的/u.test(after) || ZH_INSIDE_PHRASE.test(before);
}

function iso(d: Date): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** Dates and periods found by patterns alone, cheap to look for (in text already through `maskNotPeriods`). */
function patternMatches(text: string): TimeExpression[] {
  const found: TimeExpression[] = [];
  const numeric = NUMERIC_DATE.exec(text);
  if (numeric && Number(numeric[2]) >= 1 && Number(numeric[2]) <= 12 && Number(numeric[3]) >= 1 && Number(numeric[3]) <= 31) found.push({ index: numeric.index, text: numeric[0], date: `${numeric[1]}-${numeric[2].padStart(2, '0')}-${numeric[3].padStart(2, '0')}` });
  for (const pattern of ALL_PERIODS) {
    // Later matches matter only while a match may still be dropped as part of a noun phrase (a bare label).
    for (const m of text.matchAll(pattern)) {
      found.push({ index: m.index, text: m[0] });
      if (!BARE_PERIOD.test(m[0].trim())) break;
    }
  }
  return found;
}

/** Trimmed, real deadlines only, the earliest (then the longest) first. */
function earliest(text: string, candidates: TimeExpression[]): TimeExpression | undefined {
  const valid = candidates
    .map((c) => {
      // chrono's zh parser takes the comma before a date into its text (，12月20日).
      const lead = c.text.length - c.text.replace(/^[\s，,、；;]+/u, '').length;
      return { ...c, index: c.index + lead, text: c.text.trim() };
    })
    .filter((c) => c.text && !VAGUE_DEADLINE.test(c.text) && !insideNounPhrase(text, c));
  valid.sort((a, b) => a.index - b.index || b.text.length - a.text.length);
  return valid[0];
}

/**
 * Finds the first date or period in Chinese or English text (2026-12-31, 12月底前, 下季度, 三个月内, Q4,
 * by end of March, within 6 weeks). `尽快`/`ASAP` do not count.
 */
export function findTimeExpression(original: string, reference: Date = new Date()): TimeExpression | undefined {
  const text = maskNotPeriods(original);
  const candidates = patternMatches(text);
  // chrono is comparatively slow; only ask it when the text has a digit or a date word at all, and only about
  // the beginning of a long text (a deadline stands near the start of an item; a huge item must stay cheap).
  if (/\d|一|二|三|四|五|六|七|八|九|十|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|week|month|year|day|tomorrow|明|今|后|下/iu.test(text)) {
    for (const parser of [chronoZh, chronoEn]) {
      // A clock time alone (一点 is also "a little") and a weekday after 每 (每周一次, every Monday) set no date.
      for (const r of chronoParse(parser, text, reference)) {
        if (DATED.some((c) => r.start.isCertain(c)) && !/^\d{1,2}$/.test(r.text.trim()) && text[r.index - 1] !== '每' && !chronoMisread(text, r)) candidates.push({ index: r.index, text: r.text, date: iso(r.start.date()) });
      }
    }
  }
  const found = earliest(text, candidates);
  return found && { ...found, text: original.slice(found.index, found.index + found.text.length) };
}

type ChronoResult = Pick<ReturnType<typeof chronoEn.parse>[number], 'index' | 'text' | 'start'>;

/** chrono's readings that name no date: "a second educator", "about a minute", "Weekend shift roster". */
function chronoMisread(text: string, r: ChronoResult): boolean {
  if (/^(?:about\s+)?an?\s+(?:second|minute|moment)$/iu.test(r.text)) return true;
  return /^(?:the\s+)?weekends?$/iu.test(r.text) && EN_NOUN_AFTER.test(text.slice(r.index + r.text.length, r.index + r.text.length + 12));
}

/** Window and overlap of chronoParse; the overlap is longer than any date phrase. */
const CHRONO_WINDOW = 160;
const CHRONO_OVERLAP = 48;

/**
 * chrono's results for the first CHRONO_MAX characters, read in overlapping windows with indexes into
 * `text`: its patterns take time quadratic in the length they are given on a long run of spaces or
 * numerals (2,500 spaces after a `1` took seconds).
 */
function chronoParse(parser: { parse: typeof chronoEn.parse }, text: string, reference: Date): ChronoResult[] {
  const end = Math.min(text.length, CHRONO_MAX);
  const results: ChronoResult[] = [];
  for (let start = 0; start < end; start += CHRONO_WINDOW - CHRONO_OVERLAP) {
    for (const r of parser.parse(text.slice(start, start + CHRONO_WINDOW), reference, { forwardDate: true })) {
      const index = start + r.index;
      if (!results.some((seen) => seen.index === index)) results.push({ index, text: r.text, start: r.start });
    }
    if (start + CHRONO_WINDOW >= end) break;
  }
  return results;
}

/** True when the text names a date or a period; tries the cheap patterns before the date parser. */
export function hasTimeExpression(text: string, reference?: Date): boolean {
  const masked = maskNotPeriods(text);
  return earliest(masked, patternMatches(masked)) !== undefined || findTimeExpression(text, reference) !== undefined;
}

/** The text with every date and period the patterns know blanked out (same length); no date parser involved. */
export function maskPeriods(text: string): string {
  const blank = (m: string) => ' '.repeat(m.length);
  return ALL_PERIODS.reduce((t, p) => t.replace(p, blank), maskNotPeriods(text).replace(new RegExp(NUMERIC_DATE.source, 'gu'), blank));
}

/** The first word that sounds like a deadline but sets none (尽快, 尽早, ASAP, soon), with its offset. */
export function findVagueDeadline(text: string): { index: number; text: string } | undefined {
  const m = VAGUE_DEADLINE.exec(text);
  return m ? { index: m.index, text: m[0] } : undefined;
}

/**
 * How a text sets its time: a real deadline (a date, period or event), or only a word such as 尽快 / ASAP
 * that is not one, or neither. Rules say "not a real deadline" for the second, "no deadline" for the third.
 */
export function readDeadline(text: string, reference?: Date): { deadline?: TimeExpression; vagueWord?: string } {
  const deadline = findTimeExpression(text, reference);
  return deadline ? { deadline } : { vagueWord: findVagueDeadline(text)?.text };
}
