// Vague judgements (避免使用模糊的表述，而应具体到某一行为或结果): phrases that grade a person without naming
// a behaviour or a result. Chinese candidates are confirmed on word boundaries by the segmenter.
import { hasNumber, maskDates } from './figures';
import { sentenceAround } from './prose';
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
  '表现还可以', '表现一般', '表现不错', '表现良好', '表现尚可', '表现还行', '做得不错', '做得很好', '做得好', '干得不错',
  '还不错', '挺不错', '挺好', '很不错', '比较好', '很好', '较好', '良好', '尚可', '还算可以', '马马虎虎', '中规中矩',
  '差强人意', '一般般', '不太理想', '基本满意', '有待提高', '有待加强', '有待改进', '有待提升', '有待改善', '有所欠缺',
  '有进步空间', '有提升空间', '仍需努力', '还需努力', '继续努力', '再接再厉', '态度端正', '认真负责', '继续保持', '基本及时',
  // Praise of a trait with no behaviour behind it (很有耐心, 比较细心, 积极性很高, 成长很快), and progress "a little".
  '很有(?:耐心|深度|想法|激情|责任心|潜力|干劲)', '(?:很|非常|比较|挺|特别)(?:细心|耐心|用心|努力|积极|上进)',
  '(?:积极性|主动性|责任心|上进心)(?:很|非常|比较|挺)?(?:高|强)', '(?:成长|进步)(?:得)?(?:很|非常|比较|挺)?快',
  '(?:进步|提升|提高|改善)了?(?:一点|一些)', '偶尔会?(?:晚|迟|慢)一点',
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
  'more or less', `(?:kind|sort)${NOT_A_NOUN} of`, 'somewhat', 'fairly(?=\\s+[a-z])', 'reasonably(?=\\s+(?:good|well))',
  '(?:is|was|are|were|doing|did|went|performed)\\s+fine', 'overall good', 'generally good', 'works hard', 'hard-working',
  'team player', 'strong communicator', 'solid performer', 'needs? to be more \\w+', 'a (?:bit|little)(?:\\s+(?:late|slow|rough|off|better|more))?',
  'handled [\\w\\s-]{1,40}? well',
];

// Longer alternatives first, so of two phrases that start at one place the longer wins (`一般般` over `一般`).
const byLength = (a: string, b: string) => b.length - a.length;
const ZH_PATTERN = new RegExp([...ZH, ...ZH_PREDICATE_ONLY].sort(byLength).join('|'), 'gu');
const EN_PATTERN = new RegExp(`\\b(?:${EN.sort(byLength).join('|')})\\b`, 'giu');

// Cues that the sentence goes on to name a concrete instance.
const EXAMPLE_CUE = /例如|比如|譬如|举例|具体(?:表现|来说|是|为)|for example|for instance|e\.g\.|such as|specifically/iu;

/** True when the phrase's sentence also states a figure or an example, which makes the judgement concrete. */
function backedByFact(text: string, index: number, length: number): boolean {
  const { start, end: clauseEnd } = sentenceAround(text, index);
  // A judgement followed by `; three deliverables slipped…` is backed by what comes after the semicolon.
  const end = /[；;]/u.test(text[clauseEnd] ?? '') ? sentenceAround(text, clauseEnd + 1).end : clauseEnd;
  const rest = text.slice(start, index) + ' ' + text.slice(index + length, end);
  return EXAMPLE_CUE.test(rest) || hasNumber(maskDates(rest));
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

// Words that sound like a time but set none (尽快, 尽早, 长期, ASAP, soon, going forward, when time allows).
const VAGUE_DEADLINE =
  /尽快|尽早|早日|早一点|早点|随时|长期|持续|后续|有空|有时间|找时间|时间待定|截止[:：]\s*待定|\basap\b|as soon as possible|\bsoon\b|going forward|when time allows|when (?:he|she|they|you|I) (?:gets?|has|have) (?:a chance|time)|at some point|eventually|ongoing|\bdue[:：]?\s*tbd\b|date to be (?:decided|confirmed|agreed)/iu;

/** The first word that sounds like a deadline but sets none, or undefined. */
export function findVagueDeadline(text: string): VaguePhrase | undefined {
  const m = VAGUE_DEADLINE.exec(text);
  return m ? { index: m.index, text: m[0] } : undefined;
}
