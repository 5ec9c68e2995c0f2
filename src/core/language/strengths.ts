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
  '表现突出', '突出贡献', '表现出色', '出色', '优秀', '超额完成', '超额', '超出目标', '超过目标',
  '达成目标', '完成目标', '目标达成', '达标', '进步(?!空间)', '提升明显', '明显提升', '有所提升', '提升了', '提高了', '增长了',
  '表扬', '赞赏', '认可', '成功', '突破', '贡献',
  // Praise of a trait or of how something was done: 执行力较好, 学习能力强, 很有耐心, 写得很细, 成长很快.
  '(?:很|非常|比较|较|挺|特别|十分|相当)(?:好|不错|强|专业|细心|耐心|认真|积极|扎实|高效|靠谱|到位)',
  '(?:能力|执行力|积极性|主动性|责任心|专业度|效率)(?:很|非常|比较|较|挺)?(?:强|高|好)', '很有(?:耐心|深度|想法|韧性|担当)',
  '得(?:很|非常|比较)?(?:好|细|清楚|扎实|漂亮|到位|出色)', '(?:成长|进步|上手|学习)得?(?:很|非常|比较)?快',
  '(?:还|挺|都|氛围)不错', '认真负责',
  // Things done that count as results: a certification, people trained, an initiative taken, work adopted by others.
  '通过了?[^，。；！？]{0,20}(?:认证|考试|考核)', '带教了', '独立(?:开播|策划|完成|负责|带教)', '主动(?:牵头|承担|协调|提出|分享|补位|对接)',
  '组织了', '完成了', '掌握了', '补齐了', '避免了', '整理成了', '被(?:采纳|沿用|评为)', '全员(?:使用|采用)', '都在用',
  '没有出(?:错|现)', '零(?:失误|差错|事故|投诉)', '未发生', '次数为\\s*[0零]', '率\\s*100\\s*[%％]',
  '最高', '第一名', '进了?[^，。；！？]{0,6}(?:TOP|前)\\s*\\d+',
];

const EN = [
  'strengths?', 'well done', 'excell(?:ed|ent|s)', 'outstanding', 'improved', 'exceed(?:ed|s)?', 'surpass(?:ed|es)?',
  'beat (?:the|its|her|his|their) (?:target|goal)', '(?:met|hit|reached) (?:the|its|her|his|their) (?:target|goal|quota)s?',
  '(?:target|goal|quota) was (?:met|hit|reached|beaten)',
  'highlights?', 'achievements?', 'accomplish(?:ed|ments?)', 'achieved', 'great (?:work|job)', 'good job', 'did well',
  'performed well', 'kudos', 'praise[sd]?', 'impressive', 'proud', 'stood out', 'stands out', 'thanks to (?:her|his|their)',
  // Praise of a trait: a strong communicator, solid performer, team player, works hard, good with customers.
  '(?:good|great|nice|strong|solid|excellent|clear) (?:work|job|attitude|communicator|performer|performance|quarter|year|with|at|and)',
  'team player', 'hard-working', 'works hard', 'keep up the good work', 'which was good', 'above and beyond', '[a-z]+ed [\\w\\s-]{1,40}? well(?=[.!;,]|$)',
  // Things done that count as results.
  '(?:passed|finished|completed|earned) (?:the |her |his |their |an? )?[\\w\\s-]{0,40}?(?:certification|certificate|exam|course)',
  'mentored', 'coached', 'led', 'built', 'shipped', 'launched', 'delivered', 'organi[sz]ed', 'ran', 'presented', 'volunteered', 'took over',
  'renegotiated', 'onboarded', 'closed \\d+', 'kept every', 'saved', 'cut', 'reduced', 'lowered', 'increased', 'raised', 'grew', 'rose',
  'went up', 'wrote \\d+', 'reviewed \\d+', 'automated', 'resolved', 'won', '(?:is|are) (?:now )?used by', 'now uses', 'is now our',
];

const MARKER = new RegExp(`${ZH.join('|')}|\\b(?:${EN.join('|')})\\b`, 'giu');

// A negation or a wish just before the marker: 未完成目标, 没有进步, 仍需进步, not improved, needs to be improved.
// (不断进步 and 不仅优秀 are not negations.)
const ZH_NEGATION = /(?:未|没|无|不(?![断仅少])|缺乏|缺少|难以|需要|还需|仍需|有待|希望|争取)[^，。；！？,.;!?]{0,2}$/u;
const EN_NEGATION =
  /(?:\b(?:not|no|never|without|hardly|barely)|n't)\s+(?:\w+\s+)?$|\b(?:needs?|has|have|should|must|could|to)\s+be\s+$|\b(?:kind of|sort of|reasonably|fairly|somewhat|more or less)\s+$/iu;

// A change read with the direction of its metric: 退货率从12%降到9% and 转化率高于目标 are good news,
// 获客成本高于目标 and 观看人数下滑 are not. Words of metrics where lower is better:
const LOWER_BETTER = /退货|退款|成本|首响|响应|处理时|时效|差评|客诉|投诉|流失|违规|错误|延迟|失误|跳出|缺货|积压|耗时|用时|天数|cost|churn|defect|error|escape|backlog|latency|complaint|refund|return rate|turnaround|handle time|processing time|resolution time|response(?!\s+rate)|dso|days/iu;
const CHANGE =
  /从[^，。；,;\d]{0,3}[\d.]+[^，。；,;]{0,8}?(提升|提高|增长|增加|上涨|上升|降低|下降|减少|缩短|降|涨|升)|(提升|提高|增长|增加|上涨|上升|降低|下降|减少|缩短)了?\s*(?:到|至)?\s*[\d.]+|比[^，。；,;]{1,12}?(快|高|多|长|低|少|短|慢)了|(高于|超过|超出|低于|优于|好于)[^，。；,;]{0,12}?目标|\b(up|down) from\b|\b(rose|increased|grew|went up|fell|dropped|decreased|declined|went down) (?:from|to|by)\b|\b(above|over|below|under) (?:the |its |a |our )?[\w.%$ ]{0,15}?(?:target|goal)/giu;
// A change still to come is a plan, not a result: 将观看人数提升到 12000, 争取…, "we will raise…".
const PLANNED = /将|要|争取|计划|希望|需要|应该|力争|\b(?:will|plan|aim|should|must|to)\b/iu;
const UP = /提升|提高|增长|增加|上涨|上升|涨|升|高|多|长|超过|超出|up|rose|increased|grew|above|over/iu;

/** True when a sentence states a change (or a comparison with the target) that is good for its metric. */
function goodChange(sentence: string): { index: number; text: string } | undefined {
  CHANGE.lastIndex = 0;
  for (let m = CHANGE.exec(sentence); m; m = CHANGE.exec(sentence)) {
    const word = m.slice(1).find((g) => g !== undefined) ?? '';
    // The metric is named in the clause of the change, or before it when the clause names none (…, down from 25).
    const clauseStart = Math.max(sentence.lastIndexOf('，', m.index), sentence.lastIndexOf(',', m.index), 0);
    const clause = sentence.slice(clauseStart, m.index);
    const named = /[\u4e00-\u9fff]{2}|[a-z]{3}/iu.test(clause.replace(/^[，,]/u, ''));
    if (PLANNED.test(clause)) continue;
    const lowerBetter = LOWER_BETTER.test(named ? clause + m[0] : sentence.slice(0, m.index + m[0].length));
    if (/快|优于|好于/u.test(word)) return { index: m.index, text: m[0] };
    if (/慢/u.test(word)) continue;
    if (UP.test(word) !== lowerBetter) return { index: m.index, text: m[0] };
  }
  return undefined;
}

// Attainment stated in text: `达成率 110%`, `完成了目标的 120%`, `attainment 105%`, `130% of target`.
// A figure is tried only from its first digit: from every digit, a long run of digits costs quadratic time.
const ATTAINMENT =
  /(?:达成率|完成率|达成了?|完成了?|实现了?|目标的|attainment(?:\s+of)?|achieved|reached)\s*(?:了|为|是|：|:|of|to)?\s*(\d+(?:\.\d+)?)\s*[%％]|(?<![\d.])(\d+(?:\.\d+)?)\s*[%％]\s*of\s+(?:the\s+|its\s+)?(?:target|goal|plan|quota)/giu;

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
  if (!hits.length) {
    const change = goodChange(text);
    if (change) hits.push(change);
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
