// Where prose mentions a KPI: by its name, its id, or the short form people write (转化率 for 销售转化率,
// "conversion" for "Conversion rate").

export interface Mention {
  index: number;
  length: number;
}

const CJK = /[\u4e00-\u9fff]/u;

// Terms are asked for once per goal and KPI; the names repeat across goals and keystrokes.
const cache = new Map<string, string[]>();

/** The lower-cased words that name a KPI in prose, longest first. */
export function kpiTerms(name: string, id?: string): string[] {
  const key = `${name}\u0000${id ?? ''}`;
  let terms = cache.get(key);
  if (!terms) {
    if (cache.size > 2000) cache.clear();
    terms = computeTerms(name, id);
    cache.set(key, terms);
  }
  return terms;
}

function computeTerms(name: string, id?: string): string[] {
  const terms = new Set<string>();
  const add = (t: string | undefined) => {
    const term = t?.normalize('NFKC').trim().toLowerCase();
    if (term && term.length >= 2) terms.add(term);
  };
  add(name);
  // 选品GMV贡献 is written 选品 GMV 贡献 too, and the other way round.
  add(name.replace(/(?<=[\u4e00-\u9fff])(?=[A-Za-z0-9])|(?<=[A-Za-z0-9])(?=[\u4e00-\u9fff])/gu, ' '));
  add(name.replace(/(?<=[\u4e00-\u9fff])\s+(?=[A-Za-z0-9])|(?<=[A-Za-z0-9])\s+(?=[\u4e00-\u9fff])/gu, ''));
  if (CJK.test(name) && name.length >= 4) add(name.slice(-3)); // 销售转化率 → 转化率, 用户留存率 → 留存率
  // A count is written without its measure word: 逾期付款笔数 → 逾期付款, 违规次数 → 违规.
  if (CJK.test(name)) add(/^(.{2,}?)(?:笔数|次数|件数|单数|场数|个数)$/u.exec(name)?.[1]);
  const words = name.split(/\s+/).filter((w) => w.length >= 5);
  if (words.length > 1) add(words.sort((a, b) => b.length - a.length)[0]); // Conversion rate → conversion
  add(id);
  add(id?.replace(/[-_]+/g, ' ')); // interaction-rate → interaction rate
  return [...terms].sort((a, b) => b.length - a.length);
}

/** The mentions not inside a longer one: a KPI's short name within another KPI's name ("patient" in "Patient experience score") is that other KPI. */
export function withoutNested<M extends Mention>(mentions: readonly M[]): M[] {
  return mentions.filter((m) => !mentions.some((o) => o.length > m.length && o.index <= m.index && m.index + m.length <= o.index + o.length));
}

/** The first mention of any of `terms` in `text` (case-insensitive), or undefined. */
export function findMention(text: string, terms: readonly string[]): Mention | undefined {
  const lower = text.toLowerCase();
  let best: Mention | undefined;
  for (const term of terms) {
    let i = lower.indexOf(term);
    // Latin terms match whole words only: `gmv` not inside `gmvx`, `cost` not inside `costume`.
    while (i >= 0 && !CJK.test(term) && (/\w/.test(lower[i - 1] ?? '') || /\w/.test(lower[i + term.length] ?? ''))) {
      i = lower.indexOf(term, i + 1);
    }
    if (i >= 0 && (!best || i < best.index)) best = { index: i, length: term.length };
  }
  return best;
}

// A mention qualified by a part of the whole names a sub-metric, not the KPI: 早场平均在线人数, 新品动销率,
// "Enterprise win rate", "Webinar cost per lead". Time words and determiners do not qualify (本季度销售额, our win rate).
const ZH_QUALIFIER = /(?:早|晚|午|夜|周末|工作日|单|首|专|大促|日常|新品|老品|新客|老客|新用户|老用户|新粉|老粉|部分|个别|某些?|品类|单品|移动|PC|App|小程序|[\u4e00-\u9fff]{1,3}(?:场|端|渠道|品类|门店|账号|直播间|时段))(?:的)?$/u;
const EN_NOT_QUALIFIER =
  /^(?:the|a|an|our|my|his|her|their|its|your|this|that|these|those|total|overall|average|avg|team|quarterly|monthly|weekly|annual|yearly|q[1-4]|h[12]|fy\d*|\d[\d.,%]*|and|or|of|in|on|for|with|at|by|to|from|whose|while|but|so|as|was|is|were|are|be|been|has|had|have|which|where|when|than|then|also|still|only|both|all|net|gross|current|final|actual|new|same)$/iu;

function qualified(text: string, index: number): boolean {
  const before = text.slice(Math.max(0, index - 8), index);
  if (/[\u4e00-\u9fff]$/u.test(before) || /[\u4e00-\u9fff]的$/u.test(before)) return ZH_QUALIFIER.test(before);
  const word = /([A-Za-z][\w-]*)\s+$/u.exec(text.slice(Math.max(0, index - 30), index));
  return !!word && !EN_NOT_QUALIFIER.test(word[1]);
}

/** The first mention of the KPI itself in `text` (not of a sub-metric such as 早场平均在线人数), or undefined. */
export function findKpiMention(text: string, terms: readonly string[]): Mention | undefined {
  const lower = text.toLowerCase();
  let best: Mention | undefined;
  for (const term of terms) {
    for (let i = lower.indexOf(term); i >= 0 && (!best || i < best.index); i = lower.indexOf(term, i + 1)) {
      const latin = !CJK.test(term);
      if (latin && (/\w/.test(lower[i - 1] ?? '') || /\w/.test(lower[i + term.length] ?? ''))) continue;
      // A short form inside a longer name of the same KPI is the KPI (销售转化率 holds 转化率).
      if (terms.some((t) => t.length > term.length && t.endsWith(term) && lower.slice(i - (t.length - term.length), i + term.length) === t)) continue;
      if (qualified(text, i)) continue;
      best = { index: i, length: term.length };
      break;
    }
  }
  return best;
}

export type ClaimKind = 'met' | 'missed' | 'above' | 'below';

export interface KpiClaim {
  kind: ClaimKind;
  index: number;
  text: string;
}

// What a sentence says about a KPI against its target. Missed comes first so 未达成 is not read as 达成.
const CLAIMS: [ClaimKind, RegExp][] = [
  ['missed', /未能?(?:达成|完成|达到|实现|达标)(?![^，。；,;]{0,4}的\s*\d)|没(?:有|能)?(?:达成|完成|达到|实现|达标|到目标|够目标)|差(?:一)?点(?:没|达到|到)|不及预期|(?:离|距离?|与|和|比)目标[^，。；,;]{0,8}?差距|(?:\bmissed|fell short|short of|did not (?:meet|reach|hit)|didn't (?:meet|reach|hit))/iu],
  ['met', /(?:达成|完成|实现|达到)了?[^，。；,;\d]{0,4}?(?:目标|预期)|达到了?\s*\d[\d.,]*\s*(?:%|％|[\u4e00-\u9fff]{1,2})?\s*的\s*目标|目标(?:已经?)?(?:达成|完成|实现)了?|超额|达标|控制在(?:了)?目标(?:范围)?(?:以内|之内|内)|(?:优于|好于)[^，。；,;]{0,12}?目标|\bmet (?:the |its )?(?:[\w-]+ ){0,3}?(?:target|goal)|\bwithin (?:the |its |our )?(?:[\w-]+ ){0,2}?(?:target|goal)|\bexceeded|\bbeat(?:ing)? (?:the |its |a )?[^,.;]{0,15}?(?:target|goal)|\bhit (?:the |its |our |their |his |her )?(?:[\w-]+ )?target|\bon target|target (?:was |is )?met\b/iu],
  ['above', /(?:高于|超过|超出|多于)[^，。；,;]{0,12}?目标|\b(?:above|over|higher than|more than) (?:the |its |a |our )?[^,.;]{0,15}?(?:target|goal)/iu],
  ['below', /(?:低于|少于|不到)[^，。；,;]{0,12}?目标|\b(?:below|under|lower than|less than) (?:the |its |a |our )?[^,.;]{0,15}?(?:target|goal)/iu],
];

/** The first claim a sentence makes about meeting a target, or undefined. */
export function findClaim(sentence: string): KpiClaim | undefined {
  for (const [kind, pattern] of CLAIMS) {
    const m = pattern.exec(sentence);
    if (m) return { kind, index: m.index, text: m[0] };
  }
  return undefined;
}

// A sentence that accounts for a change: a direction, a cause, or a figure (下降 / 因为 / 受…影响 / fell / due to).
const EXPLAINS =
  /下降|下滑|下跌|回落|减少|降低|降到|降了|上升|上涨|升高|增加|提升|提高|变差|变好|低了|高了|少了|多了|跌|因为|由于|受[^，。；]{0,20}影响|原因|导致|主要是|造成|\b(?:fell|fall|dropped|declined|decreased|rose|increased|went (?:up|down)|worse|better|slipped|lower|higher|because|due to|caused by|as a result|driven by|after|since)\b/iu;

/** True when a sentence says how or why something changed, beyond naming it (GMV 情况详见附表 does not). */
export function explainsChange(sentence: string): boolean {
  return EXPLAINS.test(sentence);
}
