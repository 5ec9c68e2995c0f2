// Vague judgements (避免使用模糊的表述，而应具体到某一行为或结果): phrases that grade a person without naming
// a behaviour or a result. Chinese candidates are confirmed on word boundaries by the segmenter.
import { hasNumber, maskDates } from './figures';
import { sentenceAround } from './prose';
import { statesResult, TRAIT_PRAISE_EN, TRAIT_PRAISE_ZH } from './strengths';
import { isWholeWords } from './segmenter';

export interface VaguePhrase {
  /** Offset in the text passed in. */
  index: number;
  text: string;
}

// Where a predicate ends: `表现还行。` grades; `还行动` or `还可以再提升` (can still) do not.
const CLAUSE_END = '(?=[\\s，。；！？、：,.;:!?）)」”]|$|吧|啦|了|的)';
// `很好地完成了…` is an adverb in front of a concrete action, not a grade; and 好 often starts the next word
// (好奇, 好评, 好用), which the segmenter does not always see (很好/奇).
const NOT_ADVERB = '(?![地奇看听用吃玩像评友处多几些])';

const ZH: string[] = [
  ...TRAIT_PRAISE_ZH,
  '表现还可以', '表现一般', '表现不错', '表现良好', '表现尚可', '表现还行', '做得不错', '做得很好', '做得好', '干得不错',
  '还不错', '挺不错', '挺好', '很不错', '比较好', '很好', '较好', '良好', '尚可', '还算可以', '马马虎虎', '中规中矩',
  '差强人意', '一般般', '不太理想', '基本满意', '有待提高', '有待加强', '有待改进', '有待提升', '有待改善', '有所欠缺',
  '有进步空间', '有提升空间', '仍需努力', '还需努力', '继续努力', '再接再厉', '态度端正', '认真负责', '继续保持', '基本及时',
  // Progress "a little", and a request that names no behaviour (需要更主动一些, 还可以再努力一些, 更上一层楼).
  '(?:进步|提升|提高|改善)了?(?:一点|一些)', '偶尔会?(?:晚|迟|慢)一点',
  '(?:需要|还需|仍需|希望|还可以|可以|应该|要)(?:再|更加?|多)+(?:主动|积极|细心|用心|努力|上进|大胆|自信|专注|加油)(?:一些|一点|些)?', '更上一层楼',
  // A shortfall "a little" and the stock phrases of an appraisal form that fit anyone (扎实推进各项重点工作).
  '还差(?:一)?点', '扎实推进', '积极开拓', '紧紧围绕', '各项(?:重点)?(?:工作|任务)',
  // A verdict with no measure (总体合格, 比较严重，需要重视) and a request "a bit more" of an unnamed quality (再细一点).
  '(?:总体|基本|整体)(?:上)?合格', '(?:比较|很|非常)严重', '需要重视', '(?:还可以|可以|需要|要)再(?:细|快|稳|准|好)(?:致)?一?(?:点|些)',
].map((w) => (w.endsWith('好') ? w + NOT_ADVERB : w));

// Words that are vague only as a predicate at the end of a clause.
// (`一般的做法` is "the usual way" and `不一般` is "remarkable", so 一般 takes neither 的 nor a 不 before it.)
const ZH_PREDICATE_ONLY = [...['还可以', '还行', '不错(?!过|误)'].map((w) => w + CLAUSE_END), '(?<!不)一般' + CLAUSE_END.replace('|的', '')];

// `this kind of campaign` names a kind; only the hedge `kind of good` is vague. (Checked after the word, so
// the look-behind runs only where `kind`/`sort` matched.)
const NOT_A_NOUN = '(?<!\\b(?:this|that|these|those|what|any|some|a|the|every|each|same|which|one|other)\\s+(?:kind|sort))';

const EN: string[] = [
  'good job', 'great job', 'nice job', 'good work', 'great work', 'nice work', 'well done', 'did well', 'performed well',
  'pretty good', 'pretty well', 'quite good', 'not bad', 'so-so', 'okay', 'ok(?![-\\w])', 'decent', 'satisfactory',
  'needs? improvement', 'needs? to improve', 'room for improvement', 'could be better', 'could do better',
  'more or less', `(?:kind|sort)${NOT_A_NOUN} of`, 'somewhat', 'fairly(?=\\s+(?!(?:when|and|or|but|with|in|on|at|to|between|across|among|so|because|while|after|before|for)\\b)[a-z])', 'reasonably(?=\\s+(?:good|well))',
  '(?:is|was|are|were|doing|did|went|performed)\\s+fine', 'overall good', 'generally good', ...TRAIT_PRAISE_EN,
  'a (?:bit|little)(?:\\s+(?:late|slow|rough|off|better|more))?', 'handled [\\w\\s-]{1,40}? well', 'proud of (?:how|the way)',
  'which was (?:good|great|nice|fine|ok(?:ay)?)',
  // Words of an appraisal form that fit anyone: "a solid contributor", "a high level of professionalism".
  'good attitude', 'solid contributor', 'valued (?:member|partner|contributor)', '(?:a )?strong commitment to excellence', 'an? (?:real |great |valuable |true )?asset to',
  '(?:a )?high level of professionalism',
  // A request that names no behaviour: "needs to be more of a team player", "should take more ownership".
  '(?:should|needs? to|must|has to|could)\\s+(?:be|take|show|get|become)\\s+(?:more|better)(?:\\s+of\\s+an?)?(?:\\s+[\\w-]+)?',
  'could\\s+(?:[a-z]+\\s+)?(?:improve|better)',
  // A verdict with no measure: "doing well", "not good enough", "Output is inconsistent", "grow in confidence".
  "(?:is|'s|are|was|were)\\s+doing\\s+(?:well|great|fine)", 'not\\s+good\\s+enough', '(?:is|are|was|were|been)\\s+(?:inconsistent|patchy|hit and miss)', '(?:grow|improve)\\s+in\\s+confidence',
];

// Longer alternatives first, so of two phrases that start at one place the longer wins (`一般般` over `一般`).
const byLength = (a: string, b: string) => b.length - a.length;
const ZH_PATTERN = new RegExp([...ZH, ...ZH_PREDICATE_ONLY].sort(byLength).join('|'), 'gu');
const EN_PATTERN = new RegExp(`\\b(?:${EN.sort(byLength).join('|')})\\b`, 'giu');

// Cues that the sentence goes on to name a concrete instance.
const EXAMPLE_CUE = /例如|比如|譬如|举例|具体(?:表现|来说|是|为)|for example|for instance|e\.g\.|such as|specifically/iu;

/** True when the text states a figure, an example or a result. */
export function statesFact(text: string): boolean {
  return EXAMPLE_CUE.test(text) || hasNumber(maskDates(text)) || statesResult(text);
}

// A judgement of "this" (这一点做得好, 这个做得很好, 这方面有待改进) is about what the text before it describes.
const POINTS_BACK = /(?:这一?点|这个|这件事|这些|这样|这一?(?:方面|块|部分|环节))(?:上|方面)?(?:也|都|就|确实|真的|还)?$/u;
// What it points back to must be a description, not a word or two.
const DESCRIBED = 12;

/** True when the phrase's sentence also states a figure, an example or a result, which makes the judgement concrete. */
function backedByFact(text: string, index: number, length: number): boolean {
  if (POINTS_BACK.test(text.slice(Math.max(0, index - 8), index)) && (text.slice(0, index).match(/[\u4e00-\u9fff]/gu)?.length ?? 0) >= DESCRIBED) return true;
  const { start, end: clauseEnd } = sentenceAround(text, index);
  // A judgement followed by `; three deliverables slipped…` is backed by what comes after the semicolon.
  const end = /[；;]/u.test(text[clauseEnd] ?? '') ? sentenceAround(text, clauseEnd + 1).end : clauseEnd;
  const rest = text.slice(start, index) + ' ' + text.slice(index + length, end);
  return statesFact(rest);
}

/** The vague judgements in a piece of prose, in order, leaving out those backed by a fact in the same sentence. */
export function findVaguePhrases(text: string): VaguePhrase[] {
  const found: VaguePhrase[] = [];
  const cjk = /[\u4e00-\u9fff]/.test(text);
  for (const pattern of cjk ? [ZH_PATTERN, EN_PATTERN] : [EN_PATTERN]) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const index = m.index;
      const end = index + m[0].length;
      // Phrases of four characters or more (表现还可以, 有待提高) are whole words wherever they stand; only
      // the short ones need the (slow) segmenter.
      if (pattern === ZH_PATTERN && m[0].length <= 3 && !isWholeWords(text, index, end)) continue;
      if (backedByFact(text, index, m[0].length)) continue;
      found.push({ index, text: m[0] });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}
