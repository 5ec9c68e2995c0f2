import type { Quantity } from '../model';
import { FIGURE, figureQuantity, maskDates } from './figures';
import { splitSentences } from './prose';

// Words that acknowledge what went well (也应包含对员工表现良好的部分的肯定), in Chinese and English,
// and statements that a KPI met or beat its target (达成率 110%, 120% of target).

export interface StrengthMention {
  index: number;
  text: string;
}

const ZH = [
  '做得好', '做得很好', '做得不错', '干得不错', '表现不错', '表现良好', '很不错', '非常好', '亮点', '优点', '优势', '长处', '值得肯定', '予以肯定', '表示肯定',
  '表现突出', '突出贡献', '表现出色', '出色', '优秀', '超额完成', '超额', '超出目标', '超过目标', '高于目标',
  '达成目标', '完成目标', '达标', '进步(?!空间)', '提升明显', '明显提升', '有所提升', '提升了', '提高了', '增长了',
  '表扬', '赞赏', '认可', '成功', '突破', '贡献',
];

const EN = [
  'strengths?', 'well done', 'excell(?:ed|ent|s)', 'outstanding', 'improved', 'exceed(?:ed|s)?', 'surpass(?:ed|es)?',
  'beat (?:the|its|her|his|their) (?:target|goal)', '(?:met|hit|reached) (?:the|its|her|his|their) (?:target|goal)s?',
  'highlights?', 'achievements?', 'accomplish(?:ed|ments?)', 'achieved', 'great (?:work|job)', 'good job', 'did well',
  'performed well', 'kudos', 'praise[sd]?', 'impressive', 'proud', 'stood out', 'stands out', 'thanks to (?:her|his|their)',
];

const MARKER = new RegExp(`${ZH.join('|')}|\\b(?:${EN.join('|')})\\b`, 'giu');

// A negation or a wish just before the marker: 未完成目标, 没有进步, 仍需进步, not improved, needs to be improved.
// (不断进步 and 不仅优秀 are not negations.)
const ZH_NEGATION = /(?:未|没|无|不(?![断仅少])|缺乏|缺少|难以|需要|还需|仍需|有待|希望|争取)[^，。；！？,.;!?]{0,2}$/u;
const EN_NEGATION = /(?:\b(?:not|no|never|without|hardly|barely)|n't)\s+(?:\w+\s+)?$|\b(?:needs?|has|have|should|must|could|to)\s+be\s+$/iu;

// Attainment stated in text: `达成率 110%`, `完成了目标的 120%`, `attainment 105%`, `130% of target`.
const ATTAINMENT =
  /(?:达成率|完成率|达成了?|完成了?|实现了?|目标的|attainment(?:\s+of)?|achieved|reached)\s*(?:了|为|是|：|:|of|to)?\s*(\d+(?:\.\d+)?)\s*[%％]|(\d+(?:\.\d+)?)\s*[%％]\s*of\s+(?:the\s+|its\s+)?(?:target|goal|plan|quota)/giu;

// A figure said to be reached, and a figure said to be the target, in one sentence:
// `GMV 完成 120 万元，目标 100 万元`, `reached 3.4% against a 3% target`.
const FIGURES = new RegExp(FIGURE, 'giu');
const ACTUAL_CUE = /(?:完成|达到|达成|实现|实际|做到|\breached|\bhit|\bachieved|\bdelivered|\bactual)\s*(?:了|值|为|是|：|:|of)?\s*$/iu;
const TARGET_CUE = /(?:目标|计划|\btarget|\bgoal|\bplan)\s*(?:值|是|为|\bof|\bwas|\bis)?\s*[:：]?\s*$|(?:对比|相对|\bagainst|\bvs\.?|\bversus)\s*(?:\ba|\ban|\bthe)?\s*$/iu;
const TARGET_AFTER = /^\s*的?\s*(?:目标|target|goal)/iu;

/** True when a sentence states an actual figure at or above the target figure it names. */
function beatsTarget(sentence: string): boolean {
  const masked = maskDates(sentence);
  let actual: Quantity | undefined;
  let target: Quantity | undefined;
  FIGURES.lastIndex = 0;
  for (let m = FIGURES.exec(masked); m; m = FIGURES.exec(masked)) {
    const quantity = figureQuantity(m)?.quantity;
    if (!quantity) continue;
    const before = masked.slice(Math.max(0, m.index - 12), m.index);
    const after = masked.slice(m.index + m[0].length, m.index + m[0].length + 10);
    if (TARGET_CUE.test(before) || TARGET_AFTER.test(after)) target ??= quantity;
    else if (ACTUAL_CUE.test(before)) actual ??= quantity;
  }
  return !!actual && !!target && actual.percent === target.percent && actual.value >= target.value;
}

function negated(text: string, index: number): boolean {
  const before = text.slice(Math.max(0, index - 24), index);
  return ZH_NEGATION.test(before) || EN_NEGATION.test(before);
}

/** The first acknowledgement of something that went well, or undefined when the text names none. */
export function findStrength(text: string): StrengthMention | undefined {
  const hits: StrengthMention[] = [];
  MARKER.lastIndex = 0;
  for (let m = MARKER.exec(text); m; m = MARKER.exec(text)) {
    if (!negated(text, m.index)) {
      hits.push({ index: m.index, text: m[0] });
      break;
    }
  }
  ATTAINMENT.lastIndex = 0;
  for (let m = ATTAINMENT.exec(text); m; m = ATTAINMENT.exec(text)) {
    if (Number(m[1] ?? m[2]) >= 100) {
      hits.push({ index: m.index, text: m[0] });
      break;
    }
  }
  if (!hits.length && /\d/.test(text) && /目标|target|goal/iu.test(text)) {
    let offset = 0;
    for (const sentence of splitSentences(text)) {
      if (beatsTarget(sentence)) return { index: offset, text: sentence };
      offset += sentence.length + 1;
    }
  }
  return hits.sort((a, b) => a.index - b.index)[0];
}
