// The target value a goal sets for a KPI, read from the words after the KPI's name:
// `提升到 12000` (absolute), `提升 20%` (relative), `提高 2 个百分点` (points), `增加 5000 人` (delta), `翻倍` (multiple).
import { canonicalUnit } from '../kpi/quantity';
import { FIGURE, figureQuantity, maskDates } from './figures';

export interface GoalTarget {
  /** The value the goal aims at, in the KPI's own terms. */
  value: number;
  /** The words it was read from. */
  raw: string;
}

export interface TargetBase {
  /** The value the goal starts from (this cycle's actual), needed for relative targets. */
  base?: number;
  percent: boolean;
  unit?: string;
}

const NUMBER = new RegExp(FIGURE, 'giu');
const MULTIPLE = /翻两番|翻一番|翻倍|加倍|\bdouble[sd]?\b|\btriple[sd]?\b|(\d+(?:\.\d+)?|[两三四五六七八九十])\s*(?:倍|x\b|times\b)/iu;
const CJK_DIGIT: Record<string, number> = { 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

// What the words just before a number say about it.
const ABSOLUTE = /(?:到|至|达到|达|为|突破|超过|不低于|不少于|不超过|控制在|\bto|\breach(?:es|ing)?|\bhit|\bat least|\bat most|\bbelow|\babove|≥|>=|≤|<=)\s*$/iu;
const STARTING_POINT = /(?:从|由|\bfrom)\s*$/iu;
const UP_WORDS = '提升|提高|增长|增加|上涨|涨|增|\\bincrease[sd]?|\\bgrow|\\braise|\\blift|\\bboost|\\bimprove';
const DOWN_WORDS = '降低|减少|下降|降|压缩|缩短|\\bcut|\\breduce|\\bdecrease|\\blower|\\bdrop';
const CHANGE = new RegExp(`(?:${UP_WORDS}|${DOWN_WORDS})\\s*(?:了)?\\s*(?:\\bby)?\\s*$|\\bby\\s*$`, 'iu');
const DOWN = new RegExp(DOWN_WORDS, 'iu');

function multipleFactor(m: RegExpExecArray): number {
  const w = m[0].toLowerCase();
  if (w === '翻两番') return 4;
  if (w.startsWith('triple')) return 3;
  if (m[1]) return CJK_DIGIT[m[1]] ?? Number(m[1]);
  return 2;
}

/**
 * Reads the first target in `text` from offset `from` on (after the KPI's name). Relative forms need
 * `base`; a figure in a unit that clashes with the KPI's is not a target for it.
 */
export function readGoalTarget(text: string, from: number, kpi: TargetBase): GoalTarget | undefined {
  const tail = maskDates(text.slice(from));
  const multiple = MULTIPLE.exec(tail);
  NUMBER.lastIndex = 0;
  for (let m = NUMBER.exec(tail); m; m = NUMBER.exec(tail)) {
    if (multiple && multiple.index <= m.index) break;
    const before = tail.slice(Math.max(0, m.index - 12), m.index);
    if (STARTING_POINT.test(before)) continue;
    const figure = figureQuantity(m);
    if (!figure) continue;
    const { quantity, points } = figure;
    const raw = m[0].trim();
    if (!ABSOLUTE.test(before) && CHANGE.test(before)) {
      // `reduce cost by 20%`: the verb may stand before the KPI's name.
      const sign = DOWN.test(text.slice(0, from) + before) ? -1 : 1;
      if (kpi.base === undefined) return undefined;
      if (points) return { value: kpi.base + sign * quantity.value, raw };
      if (quantity.percent) return { value: kpi.base * (1 + (sign * quantity.value) / 100), raw };
      return { value: kpi.base + sign * quantity.value, raw };
    }
    if (quantity.percent !== kpi.percent && !points) continue;
    const unit = canonicalUnit(quantity.unit);
    if (!quantity.percent && unit && kpi.unit && unit !== canonicalUnit(kpi.unit)) continue;
    return { value: quantity.value, raw };
  }
  if (multiple && kpi.base !== undefined) return { value: kpi.base * multipleFactor(multiple), raw: multiple[0] };
  return undefined;
}
