// Relative dates as a writer types them (本月底, 下季度末, 年底, end of quarter, next Friday), turned into the day
// they name, for completion while typing: a review read next quarter should not say "end of this month".
import { cycleEnd, cycleOf, localDay, nextCycle, parseCycle } from '../cycles/cycle';

/** The periods people name in a relative date (end of next month, 本季度末). */
type Period = 'month' | 'quarter' | 'year';

export interface RelativeDate {
  /** Where the expression starts in the text given. */
  index: number;
  text: string;
  /** YYYY-MM-DD. */
  date: string;
}

const WEEKDAYS_ZH = '一二三四五六日天';
const WEEKDAYS_EN = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/** The end of the period of `kind` holding `today`, or `ahead` periods later. */
function periodEnd(kind: Period, today: Date, ahead: number): string {
  let id: string | undefined = cycleOf(today, kind);
  for (let i = 0; i < ahead; i++) id = nextCycle(id!);
  return cycleEnd(parseCycle(id)!);
}

/** Monday-based: the `day` (0 = Monday) of this week, or of next week. */
function weekday(today: Date, day: number, nextWeek: boolean): string {
  const monday = new Date(today.getFullYear(), today.getMonth(), today.getDate() - ((today.getDay() + 6) % 7));
  return localDay(new Date(monday.getFullYear(), monday.getMonth(), monday.getDate() + day + (nextWeek ? 7 : 0)));
}

// 12月底 and 第三季度末 name their own period: only a bare or relative one (月底, 下季度末) is resolved here.
const NOT_NUMBERED = '(?<![\\d一二三四五六七八九十两第])';
const AHEAD_ZH = (prefix: string | undefined) => (prefix && /下/u.test(prefix) ? 1 : 0);

// Each at the end of the text typed so far; the date from the match and today.
const FORMS: [RegExp, (m: RegExpExecArray, today: Date) => string][] = [
  [new RegExp(`${NOT_NUMBERED}(本|这个?|下个?|下一个?)?月(?:底|末)$`, 'u'), (m, t) => periodEnd('month', t, AHEAD_ZH(m[1]))],
  [new RegExp(`${NOT_NUMBERED}(本|这个?|下个?|下一个?)?季度?(?:底|末)$`, 'u'), (m, t) => periodEnd('quarter', t, AHEAD_ZH(m[1]))],
  [/(本|这|今|明)?年(?:底|末)$/u, (m, t) => periodEnd('year', t, m[1] === '明' ? 1 : 0)],
  [/(上半年|下半年)(?:底|末)$/u, (m, t) => `${t.getFullYear()}-${m[1] === '上半年' ? '06-30' : '12-31'}`],
  [new RegExp(`(本|这|下)(?:周|星期)([${WEEKDAYS_ZH}])$`, 'u'), (m, t) => weekday(t, Math.min(6, WEEKDAYS_ZH.indexOf(m[2]!)), m[1] === '下')],
  [/\b(?:the\s+)?end\s+of\s+(?:the\s+|this\s+)?(next\s+)?(month|quarter|year)$/iu, (m, t) => periodEnd(m[2].toLowerCase() as Period, t, m[1] ? 1 : 0)],
  [/\b(?:(next)\s+)?(month|quarter|year)[-\s]end$/iu, (m, t) => periodEnd(m[2].toLowerCase() as Period, t, m[1] ? 1 : 0)],
  [/\beo([mqy])$/iu, (m, t) => periodEnd(({ m: 'month', q: 'quarter', y: 'year' } as const)[m[1].toLowerCase() as 'm' | 'q' | 'y'], t, 0)],
  [new RegExp(`\\b(this|next)\\s+(${WEEKDAYS_EN.join('|')})$`, 'iu'), (m, t) => weekday(t, WEEKDAYS_EN.indexOf(m[2].toLowerCase()), m[1].toLowerCase() === 'next')],
];

/** The relative date that `typed` ends with, resolved against `today`; undefined when it ends with none. */
export function relativeDateAtEnd(typed: string, today: Date): RelativeDate | undefined {
  for (const [pattern, resolve] of FORMS) {
    const m = pattern.exec(typed);
    if (m) return { index: m.index, text: m[0], date: resolve(m, today) };
  }
  return undefined;
}
