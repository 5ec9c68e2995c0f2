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
  // 待与信息部确认, 待商定: a name still to be agreed with someone.
  '待(?:与|和|跟)?[\\u4e00-\\u9fff]{0,6}?(?:确认|商定|协商|讨论)|待定|待确认|待填写|待补充|待分配|未定|未分配|暂无|无|谁|[xX×]{2,}|tb[dc]|n\\/?a|none|someone|somebody|unassigned|to be (?:assigned|decided|confirmed|determined)|[?？]+|[_＿]+|[-—–…]+';
const PLACEHOLDER_VALUE = new RegExp(`^@?(?:${PLACEHOLDER_WORDS})(?![\\p{L}\\p{N}])`, 'iu');

// `负责人：X`, `Owner - X`, `Assignee: X`, `Assigned to X`, `负责人 X`. The value runs to the next separator; a label
// is no value (确认…的催收责任人 负责人：待定 is owned by 待定).
const OWNER_LABEL =
  /(?:负责人|责任人|跟进人|执行人|对接人|(?<![\w-])(?:owner|assignee|responsible|assigned to|dri)\b)(?:\s*[:：\-–—]\s*|\s+)(?!(?:to|is|of|for|and|the|will|was|party|person)\b|负责人|责任人|跟进人|执行人|对接人)([^\s,，;；。、|｜()（）【】[\]]*)/iu;
// An English first name runs on over a capitalised surname (Owner: Alex Chen), unless that word starts the next label.
const SURNAME_AFTER = /^ (?!(?:Due|By|Deadline|Before|Status|Until|On|In|At|Owner|Next|Done)\b)[A-Z][a-z]+\b/u;

const MENTION = /(?:^|[^\w@.])@([\p{L}\p{N}_][\p{L}\p{N}_.-]*)/u;
// @待定, @TBD, @xxx: a mention that names nobody.
const MENTION_PLACEHOLDER = new RegExp(`(?:^|[^\\w@.])@(?:${PLACEHOLDER_WORDS})(?![\\p{L}\\p{N}_])`, 'iu');

// Prose that asks for an owner without naming one: 由谁来负责, 负责人待定, owner to be assigned, assign someone.
// A placeholder standing where a name would (XXX 负责…, ??? - decide…, TBD to draft…) holds the place too.
const PROSE_PLACEHOLDER =
  /由谁|谁来负责|负责人(?:待定|未定|待确认)|\b(?:owner|responsible (?:party|person))\s+(?:to be (?:assigned|decided|confirmed)|tbd|unknown)\b|\bassign (?:someone|somebody|an owner)\b|\bsomeone (?:from [\w\s]{1,30}? )?(?:to|should|will)\b|(?:^|[\s，,(（])(?:[xX×]{2,}|[?？]{2,}|某某|tbd)(?=\s*(?:负责|牵头|跟进|[-–—:：]|to\s|will\s))/iu;

// The commonest Chinese surnames: a name in prose is a surname and one or two more characters.
const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const ZH_NAME = `[${SURNAMES}][\\u4e00-\\u9fff]{1,2}`;
// Roles that own work as a team does (店长负责签字确认).
const ROLE = '店长|班长|护士长|主任|队长|组长';
// What ends a team's name: 运营组, 技术部, 主播团队 (not 内部 / 全部 / 底部).
const TEAM_END = '(?:组|(?<![内外全局细底顶头])部|团队|中心)';
// The work goes to or with a team after these words (发给选品组, 跟素材组要, 和选品组对齐): the team is not the owner.
const COUNTERPART = '和与跟给向找同对';
const ZH_COUNTERPART = new RegExp(`[${COUNTERPART}]$`, 'u');
// A team's name never starts with those words (nor with 发, as in 发给).
const NOT_COUNTERPART = `(?![${COUNTERPART}发])`;
// A team owns it too: 运营组, 客服组的吴静, 技术组马超, 主播本人, 主播组; and a role (店长负责签字).
const ZH_TEAM = `${NOT_COUNTERPART}[\\u4e00-\\u9fff]{1,4}${TEAM_END}(?:的|组长|负责人)?|主播本人|本人|直属上级|我|${ROLE}`;
// Nicknames made from a name (小美, 阿杰, 老周), less the words that only look like one (小时, 小于, 老师).
const ZH_NICKNAME = '(?:小|阿|老)[\\u4e00-\\u9fff]';
const NOT_NICKNAME = /^(?:小时|小组|小程|小红|小黄|小店|小窗|小样|小号|小结|小于|小幅|小额|小票|小卡|小件|老师|老板|老客|老粉|老款|老品|老化|老用|老顾|阿里)$/u;
// A team that opens the item is its subject whatever the verb (运营组每周一早会前同步…); two characters at least
// before 组 / 部, so 内部 / 全部 are not teams.
const ZH_TEAM_LEAD = new RegExp(`^\\s*(${NOT_COUNTERPART}[\\u4e00-\\u9fff]{2,4}${TEAM_END})(?=[\\u4e00-\\u9fff])`, 'u');
const IS_TEAM = new RegExp(`(?:${TEAM_END}|${ROLE})$`, 'u');
// What follows a name that owns the work: a verb of ownership, or the end of a clause.
const ZH_OWNER_VERB = '负责|牵头|跟进|主导|安排|组织|落实|统一|协助|对接|整理|执行|验收|维护|主持|评估|盯|掐表|你|自己|亲自|每|来|把|在|出|一起|尽量|争取|带|和|与|、|[：:，,（）()/／]|\\s|—|$';
// Before a name: the start, a separator, or a word that hands the work over.
const ZH_BEFORE = '(?:^|[\\s，,、（(：:；;—/A-Za-z]|由|交给|请|让|和|与|的|(?<=[\\u4e00-\\u9fff]{2})(?:组|(?<![内外全局细底顶头])部))(?:场控|主播|运营|客服|投放|剪辑|选品|组长|小组长|主管|经理|助理|同事)?';
// Words that start with a surname but name no one: 任务：…, 方案，…, 周报、….
const NOT_ZH_NAME = /^(?:任务|方案|方向|方法|方面|方式|周期|周报|周会|周末|周[一二三四五六日]|万元|高峰|高效|向上|向下|金额|程序|毛利|付款|许多|何时|范围|白天|严格|曾经|段落|石头|江湖|龙头|陆续|于是|钱款|董事会|潘多拉)$/u;

// The verb of ownership is part of the owner phrase (张敏负责), so the item's subject reads without it.
const ZH_PROSE = new RegExp(`${ZH_BEFORE}(${ZH_TEAM}|${ZH_NAME}|${ZH_NICKNAME})((?:负责|牵头|跟进|主导|安排|组织|落实)?)(?=${ZH_OWNER_VERB})`, 'gu');
// 由 hands the work to whoever follows, a team's member too, whatever the verb (由选品组的吴倩建群并维护); not 由于 / 由高到低.
const ZH_BY = new RegExp(`由(?!于|此|高到|低到)(?:[\\u4e00-\\u9fff]{1,4}${TEAM_END}的)?([${SURNAMES}][\\u4e00-\\u9fff]{1,2}?)(?=[\\u4e00-\\u9fff])`, 'u');
// 我来 / 由我 / 我会 / 我负责: the writer owns it; an item that opens with 你 (你整理一份…) is the one reviewed's.
const ZH_SELF = /(?:^|[，,。；\s])(?:由我|我来|我会|我负责|我和|我去|我跟|我找|我自己)|^\s*你(?![们的])(?=[\u4e00-\u9fff])/u;

// English: a capitalised name (or two joined by and / + / &) followed by a verb of ownership, `I will`, a team.
const EN_NAME = `\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+)?|${ZH_NAME}`;
const EN_NAMES = `(?:${EN_NAME})(?:\\s*(?:,|and|\\+|&)\\s*(?:${EN_NAME}|I))*`;
const EN_OWNER_VERB =
  "(?:\\s+\\([A-Z]{2,6}\\))?\\s+(?:owns|own|leads|drives|runs|handles|organi[sz]es|follows up|takes over|is (?:responsible|on point|accountable|leading|driving)|will|'ll|shall|pairs?|reviews|to (?!(?:the|a|an|my|our|your|his|her|their|its|this|that|IT|HR)\\b)[a-z]+)\\b|,\\s*please\\b|\\s*(?:负责|主持|牵头|跟进)";
const EN_PROSE = new RegExp(`(?:^|[\\s(])(${EN_NAMES})(?=${EN_OWNER_VERB})`, 'gu');
// A name that leads the item: "Dana: cut…", "Lena - book…", "Omar + Ana: run…".
const EN_LEAD = new RegExp(`^\\s*(${EN_NAMES})(?=\\s*[:：]|\\s+[-–—]\\s)`, 'u');
// A name alone in brackets, between commas or signed after a dash at the end: "(Ben)", "(Kim) by…",
// ", Ravi, when…", "- owner Ana", "Revisit the copy soon — Lee".
const EN_ALONE = /[(（]\s*(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?)\s*[)）]|,\s*(\p{Lu}\p{Ll}+)\s*,|\bowner\s+(\p{Lu}\p{Ll}+)\b|\s[-–—]+\s*(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?)\s*(?:[.。]|,[^,]*)?\s*$/u;
// "owned by Daniel", "led by Priya", and a clause with a name as subject: ", Maya builds it before…".
const EN_BY = /\b(?:owned|led|run|driven|handled|coordinated|organi[sz]ed|done)\s+by\s+([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\b/u;
const EN_CLAUSE = /[,;]\s*([A-Z][a-z]+)\s+(?!(?:is|was|has|does)\b)[a-z]+s\b/u;
// Teams and functions that own work: "Finance team to…", "HR to confirm", "The data team will…", "Sales ops to…";
// not a team the work is done to ("Customer Success team to be looped in").
const EN_TEAM =
  /\b(?:(?:the\s+)?(?:[A-Za-z]+\s+)?(?:team|ops|operations|department|squad)|HR|IT|Legal|Finance|Procurement)\s+(?:to\s+(?!be\s+[a-z]+ed\b)[a-z]+|will|owns|reviews|leads|drives|handles)\b/u;
// The writer (I will…) or the one reviewed, spoken to (You'll write…).
const EN_SELF = /(?:^|[\s,])(?:I|[Yy]ou)(?:\s+will|'ll|\s+am going to)\b|\band I\b/u;
// A function signed in brackets: "(facilities)", "(IT)".
const EN_TEAM_SIGNED = /[(（]\s*(facilities|maintenance|IT|HR|finance|legal|procurement|ops|marketing|sales|support|security)\s*[)）]/iu;

// Imperatives that start an item and are followed by `to` or `:` like a name would be: "Talk to IT", "Note: …";
// and pronouns that name nobody ("Someone to look at…").
const NOT_A_NAME = /^(?:talk|reach|go|get|move|switch|reply|respond|report|speak|return|add|stick|aim|try|need|want|plan|start|continue|agree|learn|begin|listen|write|note|remember|reminder|goal|target|action|todo|task|next|update|follow|see|ask|set|check|look|due|deadline|owner|status|time|date|result|results|summary|context|why|how|what|when|someone|somebody|anyone|anybody|everyone|everybody|nobody)$/iu;

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

function inProse(text: string, people: readonly string[]): OwnerMention | undefined {
  const mention = MENTION.exec(text);
  if (mention && !MENTION_PLACEHOLDER.test(mention[0])) {
    const at = mention.index + mention[0].indexOf('@');
    return { name: mention[1], index: at, length: mention[1].length + 1, placeholder: false };
  }
  ZH_PROSE.lastIndex = 0;
  for (let zh = ZH_PROSE.exec(text); zh; zh = ZH_PROSE.exec(text)) {
    const [whole, name, verb] = zh;
    if (NOT_ZH_NAME.test(name) || NOT_NICKNAME.test(name)) continue;
    const before = text.slice(0, zh.index + whole.length - name.length - verb.length);
    if (!verb && ZH_COUNTERPART.test(before) && IS_TEAM.test(name)) continue;
    const length = name.length + verb.length;
    return { name, index: zh.index + whole.length - length, length, placeholder: false };
  }
  const handed = ZH_BY.exec(text);
  if (handed && !NOT_ZH_NAME.test(handed[1])) return { name: handed[1], index: handed.index + handed[0].length - handed[1].length, length: handed[1].length, placeholder: false };
  const zhTeam = ZH_TEAM_LEAD.exec(text);
  if (zhTeam) return { name: zhTeam[1], index: zhTeam.index + zhTeam[0].indexOf(zhTeam[1]), length: zhTeam[1].length, placeholder: false };
  const self = ZH_SELF.exec(text) ?? EN_SELF.exec(text);
  if (self) {
    const name = self[0].replace(/^[，,。；\s]+/u, '');
    return { name, index: self.index + self[0].length - name.length, length: name.length, placeholder: false };
  }
  EN_PROSE.lastIndex = 0;
  const english = [...text.matchAll(EN_PROSE)];
  const lead = EN_LEAD.exec(text);
  for (const m of lead ? [lead, ...english] : english) {
    if (NOT_A_NAME.test(m[1].split(/\s/)[0]) || NOT_ZH_NAME.test(m[1])) continue;
    return { name: m[1], index: m.index + m[0].indexOf(m[1]), length: m[1].length, placeholder: false };
  }
  const by = EN_BY.exec(text) ?? EN_CLAUSE.exec(text);
  if (by && !NOT_A_NAME.test(by[1])) return { name: by[1], index: by.index + by[0].indexOf(by[1]), length: by[1].length, placeholder: false };
  const alone = EN_ALONE.exec(text);
  if (alone) {
    const name = alone[1] ?? alone[2] ?? alone[3] ?? alone[4];
    if (!NOT_A_NAME.test(name)) return { name, index: alone.index + alone[0].indexOf(name), length: name.length, placeholder: false };
  }
  const signed = EN_TEAM_SIGNED.exec(text);
  if (signed) return { name: signed[1], index: signed.index + signed[0].indexOf(signed[1]), length: signed[1].length, placeholder: false };
  const team = EN_TEAM.exec(text);
  if (team) return { name: team[0].replace(/\s+(?:to\s+[a-z]+|will|owns|reviews|leads|drives|handles)$/u, ''), index: team.index, length: team[0].length, placeholder: false };
  return knownPerson(text, people);
}

/**
 * The ways a colleague is called in an item: the full name; for a Chinese name the given name of two characters
 * and the nicknames made from it (郑杰: 阿杰, 小杰, 杰杰, 老郑; 陈小美: 小美, 美美); for a Latin one the first name.
 */
export function namesOf(person: string): string[] {
  const name = person.trim();
  if (/^[\u4e00-\u9fff]{2,4}$/u.test(name)) {
    const given = name.slice(1);
    const last = name.slice(-1);
    return [name, ...(given.length === 2 ? [given] : []), `阿${last}`, `小${last}`, `${last}${last}`, `老${name[0]}`];
  }
  const first = /^[A-Z][a-z]{2,}(?=\s|$)/u.exec(name);
  return [...(name ? [name] : []), ...(first && first[0] !== name ? [first[0]] : [])];
}

/**
 * A person of the review named in the item, unless as the one the work is done with or for (和许晴); an English
 * name only where a subject stands (at the start or after a clause's punctuation), not as an object (shadow Maya).
 */
function knownPerson(text: string, people: readonly string[]): OwnerMention | undefined {
  for (const form of people.flatMap(namesOf)) {
    const latin = /^[A-Za-z]/u.test(form);
    for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
      const before = text.slice(0, at);
      const after = text.slice(at + form.length);
      if (latin ? !/(?:^|[,;:(（—–-]|\band|[&+])\s*$/u.test(before) || /^[\p{L}\p{N}]/u.test(after) : ZH_COUNTERPART.test(before)) continue;
      return { name: form, index: at, length: form.length, placeholder: false };
    }
  }
  return undefined;
}

/**
 * The owner an action item's text names, or the placeholder it holds instead. A real name anywhere wins over
 * a placeholder (负责人：刘洋（待确认）names 刘洋); undefined when the text neither names nor holds a place for one.
 * `people` are the review's own (employee, reviewer): named in the item in any usual form, they own it.
 */
export function findOwner(text: string, people: readonly string[] = []): OwnerMention | undefined {
  const label = labelled(text);
  if (label && !label.placeholder) return label;
  const prose = inProse(label ? text.slice(0, label.index) + ' '.repeat(label.length) + text.slice(label.index + label.length) : text, people);
  if (prose) return prose;
  if (label) return label;
  const asked = PROSE_PLACEHOLDER.exec(text) ?? MENTION_PLACEHOLDER.exec(text);
  return asked ? { name: asked[0], index: asked.index, length: asked[0].length, placeholder: true } : undefined;
}
