// Who owns an action item, read the way people write it: a label (负责人：X, Owner: X), an @mention, or
// prose (由刘洋牵头…, 陈晨负责, 交给运营组的孙丽, "Dana owns this", "Omar to draft", "Finance team to…").
// A label or a phrase that names nobody (负责人：待定 / XXX / TBD / ？, 由谁来负责, "Assign someone") is a
// placeholder: the item still lacks an owner, and the finding says so.

export interface OwnerMention {
  /** Who, as written; for a placeholder, the placeholder itself. */
  name: string;
  index: number;
  length: number;
  placeholder: boolean;
}

// Values that hold the place of a name. (Checked on the label's value or an @mention only, so 待定 elsewhere is not read.)
const PLACEHOLDER_WORDS =
  '待定|待确认|待填写|待补充|待分配|未定|未分配|暂无|无|谁|[xX×]{2,}|tb[dc]|n\\/?a|none|someone|somebody|unassigned|to be (?:assigned|decided|confirmed|determined)|[?？]+|[_＿]+|[-—–…]+';
const PLACEHOLDER_VALUE = new RegExp(`^@?(?:${PLACEHOLDER_WORDS})(?![\\p{L}\\p{N}])`, 'iu');

// `负责人：X`, `Owner - X`, `Assignee: X`, `Assigned to X`, `负责人 X`. The value runs to the next separator.
const OWNER_LABEL =
  /(?:负责人|责任人|跟进人|执行人|对接人|(?<![\w-])(?:owner|assignee|responsible|assigned to|dri)\b)(?:\s*[:：\-–—]\s*|\s+)(?!(?:to|is|of|for|and|the|will|was)\b)([^\s,，;；。、|｜()（）【】[\]]*)/iu;
// An English first name runs on over a capitalised surname (Owner: Alex Chen), unless that word starts the next label.
const SURNAME_AFTER = /^ (?!(?:Due|By|Deadline|Before|Status|Until|On|In|At|Owner|Next|Done)\b)[A-Z][a-z]+\b/u;

const MENTION = /(?:^|[^\w@.])@([\p{L}\p{N}_][\p{L}\p{N}_.-]*)/u;
// @待定, @TBD, @xxx: a mention that names nobody.
const MENTION_PLACEHOLDER = new RegExp(`(?:^|[^\\w@.])@(?:${PLACEHOLDER_WORDS})(?![\\p{L}\\p{N}_])`, 'iu');

// Prose that asks for an owner without naming one: 由谁来负责, 负责人待定, owner to be assigned, assign someone.
// A placeholder standing where a name would (XXX 负责…, ??? - decide…, TBD to draft…) holds the place too.
const PROSE_PLACEHOLDER =
  /由谁|谁来负责|负责人(?:待定|未定|待确认)|\bowner\s+(?:to be (?:assigned|decided|confirmed)|tbd|unknown)\b|\bassign (?:someone|somebody|an owner)\b|\bsomeone (?:to|should|will)\b|(?:^|[\s，,(（])(?:[xX×]{2,}|[?？]{2,}|某某|tbd)(?=\s*(?:负责|牵头|跟进|[-–—:：]|to\s|will\s))/iu;

// The commonest Chinese surnames: a name in prose is a surname and one or two more characters.
const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const ZH_NAME = `[${SURNAMES}][\\u4e00-\\u9fff]{1,2}`;
// A team owns it too: 运营组, 客服组的吴静, 技术组马超, 主播本人, 主播组.
const ZH_TEAM = '[\\u4e00-\\u9fff]{1,4}(?:组|部|团队|中心)(?:的|组长|负责人)?|主播本人|本人|直属上级|我';
// A team that opens the item is its subject whatever the verb (运营组每周一早会前同步…); two characters at least
// before 组 / 部, so 内部 / 全部 are not teams.
const ZH_TEAM_LEAD = /^\s*([\u4e00-\u9fff]{2,4}(?:组|部|团队|中心))(?=[\u4e00-\u9fff])/u;
// What follows a name that owns the work: a verb of ownership, or the end of a clause.
const ZH_OWNER_VERB = '负责|牵头|跟进|主导|安排|组织|落实|统一|协助|对接|整理|来|把|在|出|一起|尽量|争取|带|和|与|、|[：:，,（）()/／]|\\s|—|$';
// Before a name: the start, a separator, or a word that hands the work over.
const ZH_BEFORE = '(?:^|[\\s，,、（(：:；;—/A-Za-z]|由|交给|请|让|和|与|的)';
// Words that start with a surname but name no one: 任务：…, 方案，…, 周报、….
const NOT_ZH_NAME = /^(?:任务|方案|方向|方法|方面|方式|周期|周报|周会|周末|周[一二三四五六日]|万元|高峰|高效|向上|向下|金额|程序|毛利|付款|许多|何时|范围|白天|严格|曾经|段落|石头|江湖|龙头|陆续|于是|钱款|董事会|潘多拉)$/u;

// The verb of ownership is part of the owner phrase (张敏负责), so the item's subject reads without it.
const ZH_PROSE = new RegExp(`${ZH_BEFORE}(${ZH_TEAM}|${ZH_NAME})((?:负责|牵头|跟进|主导|安排|组织|落实)?)(?=${ZH_OWNER_VERB})`, 'gu');
// 我来 / 由我 / 我会 / 我负责: the writer owns it.
const ZH_SELF = /(?:^|[，,。；\s])(?:由我|我来|我会|我负责|我和)/u;

// English: a capitalised name (or two joined by and / + / &) followed by a verb of ownership, `I will`, a team.
const EN_NAME = `[A-Z][a-z]+(?:\\s+[A-Z][a-z]+)?|${ZH_NAME}`;
const EN_NAMES = `(?:${EN_NAME})(?:\\s*(?:,|and|\\+|&)\\s*(?:${EN_NAME}|I))*`;
const EN_OWNER_VERB =
  "\\s+(?:owns|own|leads|drives|runs|handles|organi[sz]es|follows up|takes over|is (?:responsible|on point|accountable|leading|driving)|will|'ll|shall|pairs?|reviews|to (?!(?:the|a|an|my|our|your|his|her|their|its|this|that|IT|HR)\\b)[a-z]+)\\b|,\\s*please\\b|\\s+负责";
const EN_PROSE = new RegExp(`(?:^|[\\s(])(${EN_NAMES})(?=${EN_OWNER_VERB})`, 'gu');
// A name that leads the item: "Dana: cut…", "Lena - book…", "Omar + Ana: run…".
const EN_LEAD = new RegExp(`^\\s*(${EN_NAMES})(?=\\s*[:：]|\\s+[-–—]\\s)`, 'u');
// A name alone in brackets, between commas or signed after a dash at the end: "(Ben)", "(Kim) by…",
// ", Ravi, when…", "- owner Ana", "Revisit the copy soon — Lee".
const EN_ALONE = /[(（]\s*([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s*[)）]|,\s*([A-Z][a-z]+)\s*,|\bowner\s+([A-Z][a-z]+)\b|\s[-–—]+\s*([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s*[.。]?\s*$/u;
// Teams and functions that own work: "Finance team to…", "HR to confirm", "The data team will…", "Sales ops to…".
const EN_TEAM =
  /\b(?:(?:the\s+)?(?:[A-Za-z]+\s+)?(?:team|ops|operations|department|squad)|HR|IT|Legal|Finance|Procurement)\s+(?:to\s+[a-z]+|will|owns|reviews|leads|drives|handles)\b/u;
const EN_SELF = /(?:^|[\s,])I(?:\s+will|'ll|\s+am going to)\b|\band I\b/u;

// Imperatives that start an item and are followed by `to` or `:` like a name would be: "Talk to IT", "Note: …".
const NOT_A_NAME = /^(?:talk|reach|go|get|move|switch|reply|respond|report|speak|return|add|stick|aim|try|need|want|plan|start|continue|agree|learn|begin|listen|write|note|remember|reminder|goal|target|action|todo|task|next|update|follow|see|ask|set|check|look|due|deadline|owner|status|time|date|result|results|summary|context|why|how|what|when)$/iu;

function labelled(text: string): OwnerMention | undefined {
  const m = OWNER_LABEL.exec(text);
  if (!m) return undefined;
  const surname = /^@?[A-Z][a-z]+$/u.test(m[1]) ? SURNAME_AFTER.exec(text.slice(m.index + m[0].length)) : null;
  const value = surname ? m[1] + surname[0] : m[1];
  const length = m[0].length + (surname ? surname[0].length : 0);
  // `负责人：` with nothing after it, or with a placeholder: a label that names nobody.
  const placeholder = value === '' || PLACEHOLDER_VALUE.test(value);
  return { name: placeholder ? m[0].trim().replace(/[.。,，;；]+$/u, '') : value, index: m.index, length, placeholder };
}

function inProse(text: string): OwnerMention | undefined {
  const mention = MENTION.exec(text);
  if (mention && !MENTION_PLACEHOLDER.test(mention[0])) {
    const at = mention.index + mention[0].indexOf('@');
    return { name: mention[1], index: at, length: mention[1].length + 1, placeholder: false };
  }
  ZH_PROSE.lastIndex = 0;
  for (let zh = ZH_PROSE.exec(text); zh; zh = ZH_PROSE.exec(text)) {
    const [whole, name, verb] = zh;
    if (NOT_ZH_NAME.test(name)) continue;
    const length = name.length + verb.length;
    return { name, index: zh.index + whole.length - length, length, placeholder: false };
  }
  const zhTeam = ZH_TEAM_LEAD.exec(text);
  if (zhTeam) return { name: zhTeam[1], index: zhTeam.index + zhTeam[0].indexOf(zhTeam[1]), length: zhTeam[1].length, placeholder: false };
  const self = ZH_SELF.exec(text) ?? EN_SELF.exec(text);
  if (self) return { name: self[0].trim(), index: self.index, length: self[0].length, placeholder: false };
  EN_PROSE.lastIndex = 0;
  const english = [...text.matchAll(EN_PROSE)];
  const lead = EN_LEAD.exec(text);
  for (const m of lead ? [lead, ...english] : english) {
    if (NOT_A_NAME.test(m[1].split(/\s/)[0]) || NOT_ZH_NAME.test(m[1])) continue;
    return { name: m[1], index: m.index + m[0].indexOf(m[1]), length: m[1].length, placeholder: false };
  }
  const alone = EN_ALONE.exec(text);
  if (alone) {
    const name = alone[1] ?? alone[2] ?? alone[3] ?? alone[4];
    if (!NOT_A_NAME.test(name)) return { name, index: alone.index + alone[0].indexOf(name), length: name.length, placeholder: false };
  }
  const team = EN_TEAM.exec(text);
  if (team) return { name: team[0].replace(/\s+(?:to\s+[a-z]+|will|owns|reviews|leads|drives|handles)$/u, ''), index: team.index, length: team[0].length, placeholder: false };
  return undefined;
}

/**
 * The owner an action item's text names, or the placeholder it holds instead. A real name anywhere wins over
 * a placeholder (负责人：刘洋（待确认）names 刘洋); undefined when the text neither names nor holds a place for one.
 */
export function findOwner(text: string): OwnerMention | undefined {
  const label = labelled(text);
  if (label && !label.placeholder) return label;
  const prose = inProse(label ? text.slice(0, label.index) + ' '.repeat(label.length) + text.slice(label.index + label.length) : text);
  if (prose) return prose;
  if (label) return label;
  const asked = PROSE_PLACEHOLDER.exec(text) ?? MENTION_PLACEHOLDER.exec(text);
  return asked ? { name: asked[0], index: asked.index, length: asked[0].length, placeholder: true } : undefined;
}
