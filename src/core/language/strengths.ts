import type { Quantity } from '../model';
import { FIGURE, figureQuantity, maskDates } from './figures';
import { sentenceAround, splitSentences } from './prose';

// Words that acknowledge what went well (也应包含对员工表现良好的部分的肯定), in Chinese and English,
// and statements that a KPI met or beat its target (达成率 110%, 120% of target).

export interface StrengthMention {
  index: number;
  text: string;
}

// Praise of a trait with no behaviour or result behind it: the writer acknowledges the person (so it counts as a
// strength) but says nothing a reader could check (so vagueWords reports it unless a fact backs it):
// 态度很好, 很靠谱, 学习能力强, 上手快, 配合得很默契; "Very reliable", "Has a great attitude", "Great to work with".
const DEGREE_ZH = '(?:很|非常|比较|挺|特别|十分|相当|超级)';
export const TRAIT_PRAISE_ZH: readonly string[] = [
  `${DEGREE_ZH}(?:靠谱|可靠|细心|耐心|用心|努力|积极|上进|踏实|稳重|勤奋|敬业|给力|默契)`,
  '很有(?:耐心|深度|想法|激情|责任心|潜力|干劲|韧性|担当)',
  `(?:态度|能力|执行力|责任心|积极性|主动性|上进心|敏感度|悟性|专业度|配合度|沟通(?:\\s*skills?)?)\\s*${DEGREE_ZH}?(?:好(?![地的])|强|高|到位)`,
  `(?:成长|进步|上手|学得)(?:得)?${DEGREE_ZH}?快`,
  `(?:配合|合作|相处)得?${DEGREE_ZH}?(?:默契|愉快|融洽)`,
];
export const TRAIT_PRAISE_EN: readonly string[] = [
  '(?:very|really|extremely|highly|super|always|consistently|incredibly)\\s+(?:reliable|dependable|helpful|professional|proactive|organi[sz]ed|responsive|thorough|positive|motivated|diligent|capable|talented|knowledgeable|supportive|collaborative)',
  '(?:has|with|shows?|brings?)\\s+(?:a\\s+)?(?:great|good|positive|excellent|can-do|strong)\\s+(?:attitude|work ethic|energy|mindset)',
  '(?:great|good|easy|fun|lovely|a pleasure|a joy)\\s+to\\s+(?:work|collaborate)\\s+with', '(?:have|has|had)\\s+(?:a\\s+)?(?:great|good|positive|excellent|fantastic)\\s+(?:attitude|energy)', '(?:great|good|positive|amazing)\\s+energy(?:\\s+overall)?',
  'an?\\s+(?:absolute\\s+|real\\s+)?(?:gem|star|rock\\s?star|legend)', 'works?\\s+well\\s+with',
  '(?:a\\s+)?(?:pleasure|joy)\\s+to\\s+have\\s+on\\s+the\\s+team',
  '(?:go(?:es|ing)?|went)\\s+(?:the\\s+extra\\s+mile|above\\s+and\\s+beyond)',
  '(?:solid|strong|good|great)\\s+(?:quarter|year|month|half|(?:peak\\s+)?season)(?:\\s+overall)?', '(?:good|great|solid)\\s+progress',
  'works hard', 'hard-working', 'team player', 'strong communicator', 'solid (?:performer|contributor)', 'valued (?:member|partner|colleague)',
  '(?:a\\s+)?(?:strong|real|genuine)\\s+commitment', 'high level of professionalism', 'productive (?:year|quarter|half)',
];

const ZH = [
  '做得好', '做得很好', '做得不错', '干得不错', '表现不错', '表现良好', '很不错', '非常好', '亮点', '优点', '优势', '长处', '值得肯定', '予以肯定', '表示肯定',
  '表现突出', '突出贡献', '表现出色', '出色', '优秀', '超额完成', '超额', '超出目标', '超过目标',
  '达成目标(?!的)', '完成目标(?!的)', '目标达成', '达标', '达成(?![率了]?\\s*[\\d目])', '超目标', '守住了', '扛住了', '良好', '不错', '进步(?!空间)', '提升明显', '明显提升', '有所提升', '提升了', '提高了', '增长了',
  '表扬', '赞赏', '认可', '成功', '突破', '贡献', '创(?:下|了)?[^，。；！？]{0,8}?(?:纪录|记录|新高)', '(?<![打突])破\\s*\\d',
  // Praise of a trait (shared with vagueWords) or of how something was done: 执行力较好, 写得很细.
  ...TRAIT_PRAISE_ZH,
  '(?:很|非常|比较|较|挺|特别|十分|相当)(?:好|不错|强|专业|认真|扎实|高效|到位)', '(?:效率)(?:很|非常|比较|较|挺)?(?:强|高|好)',
  '得(?:很|非常|比较)?(?:好|细|清楚|扎实|漂亮|到位|出色)', '学习得?(?:很|非常|比较)?快',
  '(?:还|挺|都|氛围)不错', '认真负责',
  // A verdict, a bar cleared, nothing gone wrong: ✅, 也过了 35% 的线, 年中定的 86% 达到了, 压到 5% 以内了, 没超 60 秒,
  // 一次没漏, 零违规.
  '✅', '(?:过|超)了[^，。；！？]{0,10}?(?:线|要求|目标)', '定的[^，。；！？]{0,12}?(?:也)?(?:到了|达到了|达成了?|完成了|做到了)',
  '(?:压到|控制在|降到|稳定在)了[^，。；！？]{0,14}?(?:以内|以下|之内)', '(?:压到|控制在|降到|稳定在)[^，。；！？]{0,14}?(?:以内|以下|之内)了', '没超(?:过)?\\s*[\\d.]+', '达到了[^，。；！？]{0,10}?目标',
  '一次(?:都)?没(?:有)?(?:漏|落下|断|错|出错|超|落)', '没有一次(?:漏|错|断|超)', '零(?:违规|错价|漏单|超卖|断货|客诉|投诉|差错|失误|事故)',
  '[+＋]\\s*\\d+(?:\\.\\d+)?\\s*(?:[%％]|个点|个百分点)', '(?:组里|团队|全组|部门)(?:最好|最高|最大|第一)', '是[^，。；！？]{0,6}最(?:高|好|大|快)的',
  // A bar cleared stated without 了: 控制在 60 万元预算以内, 仍在 9% 的目标以内, 也过了 90 秒, 低于 1.5% 的控制线.
  '(?:控制|稳定|仍|都|还)?在[^，。；！？]{0,14}?(?:目标|预算|控制线|底线)(?:范围)?(?:以内|之内|内)', '也过了\\s*\\d', '(?:低于|高于|不低于)[^，。；！？]{0,10}?(?:控制线|底线)',
  // Nothing gone wrong since: 没出错, 没再抢拍, 再没出现, 一次违规提示都没有, 只漏过 1 次, 只错了 5 次.
  '没(?:有)?断过', '(?:回到|稳定在|保持在)[^，。；！？]{0,10}?以上', '(?:超过|超出|高于)了?[^，。；！？]{0,8}?定的', '(?:再)?没(?:有)?(?:再|出过?)[^，。；！？]{0,8}?(?:错|问题|抢拍|反馈|出现|超|漏|找)', '一次[^，。；！？]{0,10}?都没(?:有)?', '只(?:漏|错|剩|晚)了?过?\\s*\\d',
  '只有\\s*\\d+\\s*[份次期场个天][^，。；！？]{0,12}?(?:晚|错|漏|超|断)', '按时(?:交|完成|上线|发)|全部按时',
  // A bar cleared, kept or a thing that started to work: 做到了 5 天以内, 达到了上季度定的 97%, 基本保持住了, 有起色, 起了作用,
  // 这个要保持, 错发只有 3 单.
  '(?:做到了?|达到了?)[^，。；！？]{0,14}?(?:以内|以下|之内)', '达到了[^，。；！？]{0,10}?定的', '保持住了', '有起色', '起了作用', '见效了?',
  '(?:这个|这点|这一点)(?:要|请|得)?(?:继续)?保持', '(?:错|漏|投诉|差评|客诉|退)[^，。；！？]{0,8}?只有\\s*\\d+',
];

// Things done that count as results: a certification, people trained, an initiative taken, work adopted by others.
// They are strengths, and they back a judgement made in the same sentence (学习能力强，两周内掌握了…).
const ZH_RESULTS = [
  '通过了?[^，。；！？]{0,30}(?:认证|考试|考核)', '带教了', '独立(?:开播|策划|完成|负责|带教)', '主动(?:牵头|承担|协调|提出|分享|补位|对接)',
  '组织了', '完成了', '掌握了', '补齐了', '避免了', '整理成了', '被(?:采纳|沿用|评为)', '全员(?:使用|采用)', '都在用',
  '没有出(?:错|现)', '没有再出现', '零(?:失误|差错|事故|投诉)', '未发生', '(?:拿到|取得|考取)了?[^，。；！？]{0,30}?(?:认证|证书)', '参加了?[^，。；！？]{0,16}?(?:训练营|培训|课程)', '自学了?',
  '(?:都|能|已经能|可以)\\s*独立(?:接线|上岗|播|跑|做|处理)', '结业', '次数为\\s*[0零]', '率\\s*100\\s*[%％]',
  '最高', '第一名', '进了?[^，。；！？]{0,6}(?:TOP|前)\\s*(?:\\d+|[一二三四五六七八九十]+)', '建立了', '据此', '谈下来', '上线了?(?![前后])',
  '是[她他](?:自己)?(?:设计|搭|做|写|提|带|谈|牵头|推动)[^，。；！？]{0,6}?的', '(?:已|已经)在[^，。；！？]{0,8}?(?:用|试用)', '是有效(?:果)?的',
  // Initiative and growth: 开始自己写脚本, 不用再等数据组, 现在能自己出周报, 学会了, 是她带的, 被照搬了, 主持, 由员工组织.
  '开始(?:自己|独立|主动|带)', '(?:不用|不再|无需)(?:再)?(?:等|改|排|找)', '(?:不用|无需|不必)再', '不再[^，。；！？]{0,12}?(?:吵架|争执|返工|出错|对不上|催)', '考(?:过|下)了?[^，。；！？]{0,20}?(?:证|认证|考试)', '(?:现在|已经|已)(?:能|可以|会)', '自己(?:做|搭|写|提|摸索|出|看|排)', '学(?:会|完)了?',
  '(?:是[她他]|由[她他])带的', '带了', '照搬', '主持', '由[^，。；！？]{0,6}组织', '主动(?:把|带|帮|与|和|给|去)', '(?:也|已经|都|一直)在用', '用它',
  '考了?[^，。；！？]{0,16}?认证', '完成[^，。；！？]{0,20}?(?:培训|课程|认证)', '(?:搭|做|建|整理|交|对|跑)(?:好|起来|下来)了', '固定下来', '(?:交|上线|谈到)了',
];

const EN = [
  'strengths?', 'well done', 'excell(?:ed|ent|s)', 'outstanding', 'improved', 'exceed(?:ed|s)?', 'surpass(?:ed|es)?',
  'beat (?:the|its|her|his|their) (?:target|goal)', '(?:met|hit|reached) (?:the|its|her|his|their) (?:target|goal|quota)s?',
  '(?:target|goal|quota) was (?:met|hit|reached|beaten)',
  'highlights?', 'achievements?', 'accomplish(?:ed|ments?)', 'achieved', 'great (?:work|job)', 'good job', 'did well',
  'performed well', 'kudos', 'praise[sd]?', 'impressive', 'proud', 'stood out', 'stands out', 'thanks to (?:her|his|their)',
  // Praise of a trait: a strong communicator, solid performer, team player, works hard, good with customers.
  '(?:good|great|nice|strong|solid|excellent|clear) (?:work|job|attitude|communicator|performer|performance|quarter|year|with|at|and)',
  ...TRAIT_PRAISE_EN, 'keep up the good work', 'which was good', '[a-z]+ed [\\w\\s-]{1,40}? well(?=[.!;,]|$)',
  // A bar cleared or nothing gone wrong: on target, met the two-day target, comfortably within the ¥42 ceiling, stayed
  // below target, one fewer than the ceiling, zero compliance warnings, not skipped once, Met ✅.
  'on target', 'target met', 'met (?:the |its |her |his |their )?[\\w\\s-]{0,20}?(?:target|goal)', 'met (?:two|three|four|five|\\d+) of ',
  // (Above / below a target is read with the metric's direction, in goodChange; a ceiling is one to stay under.)
  '(?:comfortably |well )?(?:within|inside) (?:the |its |a |our )?[^,.;]{0,20}?(?:target|ceiling|limit|budget|cap|service level|sla)',
  '(?:comfortably |well )?(?:below|under) (?:the |its |a |our )?[^,.;]{0,20}?(?:ceiling|limit|budget|cap)',
  '(?:stayed|remained|came in|finished|landed) (?:well |comfortably )?(?:within|inside|ahead of)', 'got (?:faster|better)', 'done (?:in|on|by|early)', 'took the lead', 'went live', 'brought in \\d+', 'answered \\d+', 'go-to (?:person|people)', 'one fewer than',
  'zero [a-z-]+(?: [a-z-]+)? (?:warnings|errors|incidents|complaints|escalations|defects)', 'not (?:skipped|missed) once',
  'beat (?:that|it|this|them)', 'meets? (?:the |its |her |his |their )?(?:target|goal)', '(?<=\\|\\s{0,3})Met\\b', 'came in under', 'the best it has been', 'strongest',
  '(?:treated|split|shared|divided)[\\w\\s\'-]{0,40}? fairly', '(?:overall|pretty|quite|really) good', 'good overall', 'much better', 'better than (?:in|last|before)',
  '(?:clearer|faster|better) now', 'still strong', 'says a lot', 'a real (?:habit|win)', 'big turnaround', '(?:the )?(?:direction|trend) (?:we wanted|is right)',
  '(?:the )?best (?:of|on|in) (?:all|the)', '(?:pretty|quite|really|very) well', 'did an? (?:decent|good|great|solid|fine) job', 'doubled|tripled', '(?:steady |clear )?upward trend', 'trending up', 'now acts as', 'now use (?:it|them)', '(?:is|are|was|were) (?:now )?cleaned up', '(?:complaints?|escalations?|errors?|incidents?)[\\w\\s"“”-]{0,30}? (?:stopped|ended|disappeared)', 'the highest [\\w\\s-]{0,20}?of the (?:quarter|year|month|team)', 'started (?:mentoring|coaching|leading|running|training|teaching)', 'passed [A-Z][\\w-]*', 'completed (?:modules?|the|her|his) ', 'is (?:now )?live', '(?:is|are) done', 'Met(?= ?(?:✅|\\||$))',
];

// Things done that count as results.
const EN_RESULTS = [
  '(?:a |the )?(?:team |company |new |all-time )?record', 'all-time high', 'best (?:ever|quarter|month|year)',
  '(?:passed|finished|completed|earned) (?:the |her |his |their |an? )?[\\w\\s\'’-]{0,40}?(?:certification|certificate|exam|course)',
  'mentored', 'coached', 'led', 'built', 'shipped', 'launched', 'delivered', 'organi[sz]ed', 'ran', 'presented', 'volunteered', 'took over',
  'landed (?:early|on time|cleanly)', 'ahead of schedule', 'renegotiated', 'onboarded', 'closed \\d+', 'kept every', 'saved', 'cut', 'reduced', 'lowered', 'increased', 'raised(?! (?:the same |an? |this |that |the )?(?:issues?|concerns?|questions?|points?|problems?|flags?|complaints?)\\b)', 'grew', 'rose',
  'beat (?:the |its |their |our )?targets?', 'beat (?:the |its |their )?[\\w\\s-]{0,20}?(?:target|goal)', '(?:goals?|targets?) (?:were |was )?met', '(?:better|higher|lower) than (?:the |its |their )?targets?', 'met (?:every|all|each|both) ',
  'went up', 'wrote', 'rescued', 'fixed', 'set up', 'published', 'co-(?:hosted|produced|wrote)', 'signed(?! up)', 'sold \\d', 'trained', 'taught', 'helped', 'helps (?:the|new)',
  // Initiative and growth: started X instead of waiting, taught himself, now builds her own, by himself.
  'instead of waiting', 'without waiting', '(?:on|of) (?:her|his|their) own', '(?:by )?(?:himself|herself|themselves)', 'earlier th[ae]n', 'asked for (?:her|him|them)',
  '(?:have |has )?used (?:it|them)', 'not one \\w+', 'no \\w+(?: this \\w+)? (?:hit|went out|missed|slipped|broke|failed)', 'above what', 'landed (?:two|three|four|\\d+)',
  '(?:took|started|finished|completed) (?:the |her |his |their |an? )?[\\w\\s-]{0,40}?(?:course|programme|program|workshop|training)', 'reviewed \\d+', 'automated', 'resolved', 'won', '(?:is|are) (?:now )?used by', 'now uses', 'is now our',
];

const MARKER = new RegExp(`${[...ZH, ...ZH_RESULTS].join('|')}|\\b(?:${[...EN, ...EN_RESULTS].join('|')})\\b`, 'giu');
const RESULT = new RegExp(`${ZH_RESULTS.join('|')}|\\b(?:${EN_RESULTS.join('|')})\\b`, 'iu');

/** True when the text states something done that counts as a result (通过了认证, 掌握了…, mentored, shipped). */
export function statesResult(text: string): boolean {
  return RESULT.test(text);
}

// A negation or a wish just before the marker: 未完成目标, 没有进步, 仍需进步, not improved, needs to be improved.
// (不断进步 and 不仅优秀 are not negations.)
const ZH_NEGATION = /(?:未|没|无|不(?![断仅少])|缺乏|缺少|难以|需要|还需|仍需|有待|希望|争取)[^，。；！？,.;!?]{0,2}$/u;
const EN_NEGATION =
  /(?:\b(?:not|no|never|without|hardly|barely)|n't)\s+(?:\w+\s+)?$|\b(?:needs?|has|have|should|must|could|to)\s+(?:be|become|get|take|show)\s+(?:more\s+(?:of\s+(?:an?\s+)?)?)?$|\b(?:kind of|sort of|reasonably|fairly|somewhat|more or less)\s+$/iu;

// A change read with the direction of its metric: 退货率从12%降到9% and 转化率高于目标 are good news,
// 获客成本高于目标 and 观看人数下滑 are not. Words of metrics where lower is better:
const LOWER_BETTER = /退货|退款|成本|首响|响应|处理时|时效|差评|客诉|投诉|流失|违规|错误|错[\u4e00-\u9fff]{0,2}率|错(?:发|拣|单|漏|件|货)|重复|破损|逾期|延迟|失误|跳出|缺货|积压|耗时|用时|天数|交付周期|遗漏|漏|差错|缺失|超卖|错价|冷场|换品|跑空|\bcp[amc]\b|\bcac\b|cost|churn|late|overdue|repeat|cycle|returns\b|stale|damage|oversell|slot changes|defect|error|escape|backlog|latency|complaint|refund|return rate|turnaround|handle time|processing time|resolution time|response(?!\s+rate)|\b(?:load|wait(?:ing)?|lead|reply|queue|hold|first[- ][a-z]+) times?\b|dso|days|drop-off|incidents?|escalations?|mis-picks?|\bfrt\b|\baht\b|time to (?:hire|fill|recover|resolve)|mttr/iu;
const CHANGE =
  /(?:从|由)[^，。；,;\d]{0,3}[\d.]+[^，。；,;]{0,8}?(提升|提高|增长|增加|上涨|上升|降低|下降|减少|缩短|降|涨|升)|(提升|提高|增长|增加|上涨|上升|降低|下降|减少|缩短)了?\s*(?:到|至)?\s*[\d.]+|比(?!较)[^，。；,;]{1,12}?(快|高|多|长|低|少|短|慢|好|强)(?:了|(?:一些|一点|不少|很多)?(?=[，。；,;！!]|$)|\s*[\d.]+\s*[%％]?)|较[^，。；,;]{0,16}?(缩短|降低|减少|下降|提升|提高|增加|增长)|逐月(走高|上升|增长|提升|下降|降低)|(高于|超过|超出|低于|优于|好于)[^，。；,;]{0,12}?目标|\b(up|down) from\b|\b(up|down) \d+(?:\.\d+)?\s?(?:%|percent|points?|pp)|\b\d+(?:\.\d+)?\s?%\s+(more|fewer|less|higher|lower) than\b|\b(down) to\s+[$¥]?\d|\b(?:is|was|are|were|went|got\b[\w ]{0,20}?) (up) to\b|\b(rose|increased|grew|went up|fell|dropped|decreased|declined|went down|came down) (?:from|to|by)\b|\b(above|over|below|under) (?:the |its |a |our )?[\w.%$ -]{0,15}?(?:target|goal)/giu;
// A change still to come is a plan, not a result: 将观看人数提升到 12000, 争取…, "we will raise…".
const PLANNED = /将|要(?!求)|争取|计划|希望|需要|应该|力争|\b(?:will|plan|aim|should|must)\b|(?:^|[,;]\s*)to\b|\b(?:want|wants|need|needs|have|has|going) to\b/iu;
const UP = /提升|提高|增长|增加|上涨|上升|涨|升|高|多|长|超过|超出|\b(?:up|rose|increased|grew|above|over|more|higher)\b/iu;

// A change from one figure to another, its direction read from the two figures: Sizing went from 58% to 41%,
// 临时换品从上季度平均每场 2.3 次降到了 0.6 次, moved from 71% at the start of the year to 76%.
const FROM_TO =
  /(?:从|由)[^，。；,;\d]{0,12}?(\d+(?:\.\d+)?)[^，。；,;\d]{0,12}?(?:降|提|涨|升|增|缩|爬|减|到|至|变)[^，。；,;\d]{0,8}?(\d+(?:\.\d+)?)|\bfrom\s+[^\d,;.]{0,6}?(\d+(?:\.\d+)?)[^,;\d]{0,40}?\bto\s+[^\d,;]{0,6}?(\d+(?:\.\d+)?)/giu;

function goodFromTo(sentence: string): { index: number; text: string } | undefined {
  // Dates are blanked so that H1 or 9 月 is not read as one of the two figures.
  const masked = maskDates(sentence);
  FROM_TO.lastIndex = 0;
  for (let m = FROM_TO.exec(masked); m; m = FROM_TO.exec(masked)) {
    const [from, to] = [Number(m[1] ?? m[3]), Number(m[2] ?? m[4])];
    const before = masked.slice(0, m.index);
    if (from === to || PLANNED.test(before.slice(-12))) continue;
    if (to > from !== LOWER_BETTER.test(before + m[0])) return { index: m.index, text: sentence.slice(m.index, m.index + m[0].length) };
  }
  return undefined;
}

/** True when a sentence states a change (or a comparison with the target) that is good for its metric. */
function goodChange(sentence: string): { index: number; text: string } | undefined {
  const fromTo = goodFromTo(sentence);
  if (fromTo) return fromTo;
  CHANGE.lastIndex = 0;
  for (let m = CHANGE.exec(sentence); m; m = CHANGE.exec(sentence)) {
    const word = m.slice(1).find((g) => g !== undefined) ?? '';
    // The metric is named in the clause of the change, or before it when the clause names none (…, down from 25).
    const clauseStart = Math.max(sentence.lastIndexOf('，', m.index), sentence.lastIndexOf(',', m.index), 0);
    const clause = sentence.slice(clauseStart, m.index);
    // (An adverb names no metric: ", comfortably under the 40-day target".)
    const named = /[\u4e00-\u9fff]{2}|[a-z]{3}/iu.test(clause.replace(/^[，,]/u, '').replace(/\b(?:comfortably|well|still|just|slightly|now|and|but|so)\b/giu, ''));
    if (PLANNED.test(clause)) continue;
    // (Not before its sentence: "First response time was 85 s, over target. CSAT came in at 4.2, below target.")
    const lowerBetter = LOWER_BETTER.test(named ? clause + m[0] : sentence.slice(sentenceAround(sentence, m.index).start, m.index + m[0].length));
    if (/快|优于|好于|好|强/u.test(word)) return { index: m.index, text: m[0] };
    if (/慢/u.test(word)) continue;
    if (UP.test(word) !== lowerBetter) return { index: m.index, text: m[0] };
  }
  return undefined;
}

// Attainment stated in text: `达成率 110%`, `完成了目标的 120%`, `attainment 105%`, `130% of target`.
// A figure is tried only from its first digit: from every digit, a long run of digits costs quadratic time.
const ATTAINMENT =
  /(?:达成率|完成率|达成了?|完成了?|实现了?|目标的|attainment(?:\s+of)?|achieved|reached)\s*(?:了|为|是|：|:|of|to)?\s*(\d+(?:\.\d+)?)\s*[%％]|(?<![\d.])(\d+(?:\.\d+)?)\s*[%％]\s*of\s+(?:the\s+|its\s+)?(?:target|goal|plan|quota)|(?<=[\d.][kKmM万]?\s{0,3}[%％]?\s{0,3}\|\s{0,3})(\d+(?:\.\d+)?)\s{0,3}[%％]\s{0,3}\|\s*$/giu;

// A figure reached and a figure it is measured against (a target or a benchmark such as the team average), in
// one sentence: `GMV 完成 120 万元，目标 100 万元`, `reached 3.4% against a 3% target`, `4.7/5 against a team
// average of 4.3`, `场均观看 1.2 万，对比团队平均 0.9 万`. Beating it is a result; merely naming both is not.
const FIGURES = new RegExp(FIGURE, 'giu');
const BENCHMARK_WORD = /目标|计划|平均|均值|基准|大盘|要求|上限|下限|线|预算|季度|上期|上个?月|去年|同期|[QH][1-4]|target|goal|average|median|benchmark|ceiling|limit|budget/iu;
const TARGET_CUE =
  /(?:目标|计划|平均|均值|基准|大盘|要求|上限|下限|预算|\btarget|\bgoal|\bplan|\baverage|\bmedian|\bbenchmark|\bceiling|\blimit|\bbudget)\s*(?:值|是|为|的|水平|\bof|\bwas|\bis)?\s*[:：]?\s*$|(?:对比|相对|\bagainst|\bvs\.?|\bversus)\s*(?:\ba|\ban|\bthe)?\s*$/iu;
const TARGET_AFTER = /^\s*的?\s*(?:目标|线|要求|target|goal|ceiling|limit)/iu;
// The figure of a previous period, to be beaten (not merely equalled): 错误上架 3 次，二季度是 11 次, 回放率 12.6%（Q2 为 10.9%）.
const PRIOR_CUE = /(?:(?<![A-Za-z])[QH][1-4]|上季度|上个?月|上期|去年|[一二三四]季度|同期)\s*(?:的|是|为|：|:)\s*$/u;
// A budget, a ceiling or a limit is a figure to stay under, whatever the metric: ¥3.42M against a budget of ¥3.6M.
const CEILING_CUE = /预算|上限|控制线|budget|ceiling|limit|\bcap\b/iu;

/**
 * True when a sentence states a figure better than the target, benchmark or previous-period figure it is set against
 * (by the metric's direction). Each target is paired with the nearest figure before it (or after, when it comes first):
 * "¥3.42M against a budget of ¥3.6M, delivering a ROAS of 3.3 against a target of 3.0" holds two pairs.
 */
function beatsTarget(sentence: string): boolean {
  if (PLANNED.test(sentence)) return false;
  const masked = maskDates(sentence);
  let actual: Quantity | undefined;
  let target: { quantity: Quantity; ceiling: boolean; prior: boolean } | undefined;
  let scopeStart = 0;
  FIGURES.lastIndex = 0;
  for (let m = FIGURES.exec(masked); m; m = FIGURES.exec(masked)) {
    const quantity = figureQuantity(m)?.quantity;
    if (!quantity) continue;
    // Cues are read in the unmasked text: Q2 and 二季度 are blanked as dates.
    const before = sentence.slice(Math.max(0, m.index - 16), m.index);
    const after = masked.slice(m.index + m[0].length, m.index + m[0].length + 10);
    const prior = PRIOR_CUE.test(before);
    if (prior || TARGET_CUE.test(before) || TARGET_AFTER.test(after)) target ??= { quantity, ceiling: CEILING_CUE.test(before + after), prior };
    else actual ??= quantity;
    if (!actual || !target) continue;
    const end = m.index + m[0].length;
    if (actual.percent === target.quantity.percent) {
      // The metric may be named after the pair (平均 22h, 45h, 周四前积压).
      const lower = target.ceiling || LOWER_BETTER.test(masked.slice(scopeStart));
      const [a, t] = [actual.value, target.quantity.value];
      if (target.prior ? (lower ? a < t : a > t) : lower ? a <= t : a >= t) return true;
    }
    actual = target = undefined;
    scopeStart = end;
  }
  return false;
}

function negated(text: string, index: number): boolean {
  const before = text.slice(Math.max(0, index - 24), index);
  return ZH_NEGATION.test(before) || EN_NEGATION.test(before);
}

// A part of what was planned is a shortfall, not a result: "shipped 4 dashboards out of the 6 planned".
const PART_OF = /^\s*(\d+)\s+(?:[a-z-]+\s+){0,3}?(?:out\s+)?of\s+(?:the\s+)?(\d+)\b/iu;

function shortOfPlan(after: string): boolean {
  const m = PART_OF.exec(after);
  return m !== null && Number(m[1]) < Number(m[2]);
}

/** The first acknowledgement of something that went well, or undefined when the text names none. */
export function findStrength(text: string): StrengthMention | undefined {
  const hits: StrengthMention[] = [];
  MARKER.lastIndex = 0;
  for (let m = MARKER.exec(text); m; m = MARKER.exec(text)) {
    if (!negated(text, m.index) && !shortOfPlan(text.slice(m.index + m[0].length, m.index + m[0].length + 60))) {
      hits.push({ index: m.index, text: m[0] });
      break;
    }
  }
  ATTAINMENT.lastIndex = 0;
  for (let m = ATTAINMENT.exec(text); m; m = ATTAINMENT.exec(text)) {
    if (Number(m[1] ?? m[2] ?? m[3]) >= 100) {
      hits.push({ index: m.index, text: m[0] });
      break;
    }
  }
  if (!hits.length) {
    const change = goodChange(text);
    if (change) hits.push(change);
  }
  if (!hits.length && /\d/.test(text) && BENCHMARK_WORD.test(text)) {
    let offset = 0;
    for (const sentence of splitSentences(text)) {
      if (beatsTarget(sentence)) return { index: offset, text: sentence };
      offset += sentence.length + 1;
    }
  }
  return hits.sort((a, b) => a.index - b.index)[0];
}
