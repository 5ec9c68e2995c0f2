// Fuzzy matching of goals and action items across cycles: the wording drifts between reviews
// (a new deadline, an owner added, 优化 → 继续优化), so items match by character bigrams, not equality.

/** The words of an item's owner and due-date fields (负责人：, Due:), as a regular expression's source. */
export const FIELD_LABEL = '(?:负责人|责任人|跟进人|执行人|截止(?:日期|时间)?|期限|完成时间|时间节点|owner|assignee|responsible|due(?:\\s+date)?|deadline)';
// Labels that carry no meaning of their own once owner and date are cut out.
const LABELS = new RegExp(`${FIELD_LABEL}\\s*[:：]?`, 'giu');
const DATES = /\d{4}[-/.年]\d{1,2}(?:[-/.月]\d{1,2}日?)?|\d{1,2}月\d{1,2}日/gu;
// Everything that is not a letter or a digit: punctuation, spaces, emoji, markup.
const NOISE = /[^\p{L}\p{N}]+/gu;

// Chinese numerals one to ten, so 三种玩法 matches 3 种玩法.
const DIGITS: Record<string, string> = { 一: '1', 二: '2', 两: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9', 十: '10' };
const NUMERAL = /[一二两三四五六七八九十](?=[个种场次名条款项人周天月])/gu;

/** Text folded for comparison: width and case folded, dates, owner/deadline labels, punctuation and spaces removed. */
export function normalizeForMatch(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/【[^】]*】/g, '')
    .replace(DATES, '')
    .replace(LABELS, '')
    .replace(NUMERAL, (n) => DIGITS[n])
    .replace(NOISE, '');
}

function bigrams(s: string): Map<string, number> {
  const out = new Map<string, number>();
  const chars = [...s];
  if (chars.length === 1) out.set(chars[0], 1);
  for (let i = 0; i + 1 < chars.length; i++) {
    const g = chars[i] + chars[i + 1];
    out.set(g, (out.get(g) ?? 0) + 1);
  }
  return out;
}

function size(grams: Map<string, number>): number {
  let n = 0;
  for (const count of grams.values()) n += count;
  return n;
}

/** Bigrams of `a` that also occur in `b`, counted with multiplicity. */
function shared(a: Map<string, number>, b: Map<string, number>): number {
  let n = 0;
  for (const [g, count] of a) n += Math.min(count, b.get(g) ?? 0);
  return n;
}

/** Dice coefficient of the character bigrams of two normalized strings: 1 = same, 0 = nothing shared. */
export function dice(a: string, b: string): number {
  if (!a || !b) return 0;
  if (a === b) return 1;
  const ga = bigrams(a);
  const gb = bigrams(b);
  return (2 * shared(ga, gb)) / (size(ga) + size(gb));
}

/** How much of `needle` appears in `haystack` (bigram containment), for "mentioned somewhere in this text". */
export function containment(needle: string, haystack: string): number {
  if (!needle || !haystack) return 0;
  if (haystack.includes(needle)) return 1;
  const gn = bigrams(needle);
  return shared(gn, bigrams(haystack)) / size(gn);
}

/** Threshold above which two items count as the same item carried over. */
export const SAME_ITEM = 0.5;

export interface Pairing<A, B> {
  pairs: { old: A; new: B; score: number }[];
  unmatchedOld: A[];
  unmatchedNew: B[];
}

/**
 * Pairs old items with new ones, best scores first, each item used once: a carried-over goal matches
 * its closest rewording even when a similar new goal sits next to it.
 */
export function pairUp<A, B>(olds: readonly A[], news: readonly B[], keyOld: (a: A) => string, keyNew: (b: B) => string, threshold = SAME_ITEM): Pairing<A, B> {
  const scored: { i: number; j: number; score: number }[] = [];
  const newKeys = news.map(keyNew);
  olds.forEach((a, i) => {
    const key = keyOld(a);
    newKeys.forEach((k, j) => {
      const score = dice(key, k);
      if (score >= threshold) scored.push({ i, j, score });
    });
  });
  scored.sort((x, y) => y.score - x.score || x.i - y.i || x.j - y.j);
  const usedOld = new Set<number>();
  const usedNew = new Set<number>();
  const pairs: Pairing<A, B>['pairs'] = [];
  for (const { i, j, score } of scored) {
    if (usedOld.has(i) || usedNew.has(j)) continue;
    usedOld.add(i);
    usedNew.add(j);
    pairs.push({ old: olds[i], new: news[j], score });
  }
  pairs.sort((x, y) => olds.indexOf(x.old) - olds.indexOf(y.old));
  return { pairs, unmatchedOld: olds.filter((_, i) => !usedOld.has(i)), unmatchedNew: news.filter((_, j) => !usedNew.has(j)) };
}
