// The one reader of the targets goals set, for lint (achievable), the semantic diff, follow-ups and the
// next-cycle scaffold. `readGoalTarget` reads the words after the KPI's name in the KPI's terms:
// `提升到 12000` (absolute), `提升 20%` (relative), `提高 2 个百分点` (points), `增加 5000 人` (delta), `翻倍`
// (multiple); `statedTarget` and `valuesIn` read the figures as written.
import { canonicalUnit } from '../kpi/quantity';
import type { Quantity } from '../model';
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
  // For a KPI counted in multiples (pipeline coverage 2.6x), `3x` is a value, not three times the base.
  const multiple = /^(?:x|×|times|倍)$/iu.test(kpi.unit?.trim() ?? '') ? null : MULTIPLE.exec(tail);
  // matchAll, not exec: an early return must not leave NUMBER's lastIndex for the next caller.
  for (const m of tail.matchAll(NUMBER)) {
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

// Words after which the value to reach follows: 提升到 5%, reach 1,200, to 2.6%, ≥ 3%.
const TARGET_CUE = /(?:到|至|达到|达|为|不低于|不少于|不高于|不超过|超过|高于|低于|突破|\bto|\breach(?:es|ing)?|\bat least|\bat most|\babove|\bbelow|\bunder|\bover|≥|>=|≤|<=)\s*$/iu;
// A goal may name several KPIs: the clause that names one ends at sentence punctuation.
const CLAUSE_END = /[:;。!?\n]/u;

/** Every figure in a text with its quantity, dates and durations left out (NFKC-folded text, same offsets). */
function figuresIn(text: string): { quantity: Quantity; raw: string; index: number }[] {
  const out: { quantity: Quantity; raw: string; index: number }[] = [];
  for (const m of maskDates(text).matchAll(NUMBER)) {
    const figure = figureQuantity(m);
    if (figure) out.push({ quantity: figure.quantity, raw: m[0].trim(), index: m.index });
  }
  return out;
}

/** The values of the figures a text states, dates left out: "观看人数 97 万，目标 95 万" → [970000, 950000]. */
export function valuesIn(text: string): number[] {
  return figuresIn(text.normalize('NFKC')).map((f) => f.quantity.value);
}

/**
 * The target a goal states, as written: in the clause after `kpiName` when given (so in "把转化率从 2.3% 提升到
 * 2.6%：讲解时长从 90 秒延长到 150 秒" the target of 转化率 is 2.6%), the last figure after a cue word (到, to,
 * ≥…) that `accept` takes, else the last one it takes; the whole text when the name is not in it.
 */
export function statedTarget(text: string, kpiName?: string, accept: (q: Quantity) => boolean = () => true): { quantity: Quantity; raw: string } | undefined {
  let clause = text.normalize('NFKC');
  const at = kpiName ? clause.toLowerCase().indexOf(kpiName.normalize('NFKC').toLowerCase()) : -1;
  if (kpiName && at >= 0) {
    const rest = clause.slice(at + kpiName.length);
    const end = rest.search(CLAUSE_END);
    clause = end >= 0 ? rest.slice(0, end) : rest;
  }
  const found = figuresIn(clause).filter((f) => accept(f.quantity));
  return found.filter((f) => TARGET_CUE.test(clause.slice(Math.max(0, f.index - 12), f.index))).at(-1) ?? found.at(-1);
}
