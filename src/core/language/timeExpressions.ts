// Only the two locales we need: importing 'chrono-node' itself would bundle all of them.
import * as chronoEn from 'chrono-node/en';
import * as chronoZh from 'chrono-node/zh';

export interface TimeExpression {
  index: number;
  text: string;
  /** ISO date (yyyy-mm-dd) when the expression names a day or a period end. */
  date?: string;
}

// Periods chrono does not read: quarters, halves, month/year ends, relative cycles, spans.
const PERIOD_PATTERNS: RegExp[] = [
  /\b(?:by\s+)?(?:the\s+)?(?:end\s+of\s+)?(?:[qQ][1-4]|[hH][12])(?:\s*(?:of\s+)?(?:20\d\d|fy\d\d))?\b/u,
  /\b20\d\d[-/]?[qQhH][1-4]\b/u,
  /\b(?:next|this|coming|following)\s+(?:quarter|half|cycle|review|month|year|sprint)\b/iu,
  /\b(?:end\s+of\s+(?:the\s+)?(?:quarter|year|month|half|cycle))\b/iu,
  /\b(?:within|in)\s+(?:the\s+next\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve)\s+(?:days?|weeks?|months?|quarters?|years?)\b/iu,
  /(?:20\d\d\s*年\s*)?(?:第?[一二三四1-4]季度|[上下]半年|[上下本]季度|下个?季度|下一?季度|本季度|[本下]个?月|下一?个?周期|下一?期|明年|今年|年[底末中]|季度[末底]|月[底末初中]|[上中下]旬)(?:[底末前内])?/u,
  /(?:[一二两三四五六七八九十\d]+\s*(?:个)?\s*(?:天|日|周|星期|月|季度|年))\s*(?:内|之内|以内)/u,
  /\d{1,2}\s*月\s*(?:\d{1,2}\s*[日号])?\s*(?:底|末|初|中旬|前|之前|以前)?/u,
  // Shopping festivals and holidays name a date: 双十一前, 618 大促期间, 春节前.
  /(?:双\s*(?:十一|十二|11|12)|(?<!\d)618(?=\s*(?:大促|活动|购物节|期间|前|之前|当天))|国庆|元旦|春节|中秋|端午|清明|五一(?=前|之前|以前|假期|黄金周|期间)|十一(?=前|之前|以前|假期|黄金周))(?:\s*(?:节|假期|黄金周|大促|活动|购物节))?(?:\s*(?:前|之前|以前|期间|当天))?/u,
];

// An ISO or slashed date: the common case, read without the natural-language parser.
const NUMERIC_DATE = /\b(20\d\d)[-/.](\d{1,2})[-/.](\d{1,2})\b/u;

const CHRONO_MAX = 2000;

// Words that look like deadlines but set none.
const NOT_A_DEADLINE = /尽快|尽早|asap|as soon as possible|soon|早日|随时|长期|持续/iu;

function iso(d: Date): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** Dates and periods found by patterns alone, cheap to look for. */
function patternMatches(text: string): TimeExpression[] {
  const found: TimeExpression[] = [];
  const numeric = NUMERIC_DATE.exec(text);
  if (numeric && Number(numeric[2]) >= 1 && Number(numeric[2]) <= 12 && Number(numeric[3]) >= 1 && Number(numeric[3]) <= 31) found.push({ index: numeric.index, text: numeric[0], date: `${numeric[1]}-${numeric[2].padStart(2, '0')}-${numeric[3].padStart(2, '0')}` });
  for (const pattern of PERIOD_PATTERNS) {
    const m = pattern.exec(text);
    if (m) found.push({ index: m.index, text: m[0] });
  }
  return found;
}

/** Trimmed, real deadlines only, the earliest (then the longest) first. */
function earliest(candidates: TimeExpression[]): TimeExpression | undefined {
  const valid = candidates
    .map((c) => {
      const lead = c.text.length - c.text.trimStart().length;
      return { ...c, index: c.index + lead, text: c.text.trim() };
    })
    .filter((c) => c.text && !NOT_A_DEADLINE.test(c.text));
  valid.sort((a, b) => a.index - b.index || b.text.length - a.text.length);
  return valid[0];
}

/**
 * Finds the first date or period in Chinese or English text (2026-12-31, 12月底前, 下季度, 三个月内, Q4,
 * by end of March, within 6 weeks). `尽快`/`ASAP` do not count.
 */
export function findTimeExpression(text: string, reference: Date = new Date()): TimeExpression | undefined {
  const candidates = patternMatches(text);
  // chrono is comparatively slow; only ask it when the text has a digit or a date word at all, and only about
  // the beginning of a long text (a deadline stands near the start of an item; a huge item must stay cheap).
  if (/\d|一|二|三|四|五|六|七|八|九|十|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|week|month|year|day|tomorrow|明|今|后|下/iu.test(text)) {
    for (const parser of [chronoZh, chronoEn]) {
      const r = parser.parse(text.slice(0, CHRONO_MAX), reference, { forwardDate: true })[0];
      if (r && !/^\d{1,2}$/.test(r.text.trim())) candidates.push({ index: r.index, text: r.text, date: iso(r.start.date()) });
    }
  }
  return earliest(candidates);
}

/** True when the text names a date or a period; tries the cheap patterns before the date parser. */
export function hasTimeExpression(text: string, reference?: Date): boolean {
  return earliest(patternMatches(text)) !== undefined || findTimeExpression(text, reference) !== undefined;
}
