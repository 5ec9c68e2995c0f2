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
  if (CJK.test(name) && name.length >= 4) add(name.slice(-3)); // 销售转化率 → 转化率, 用户留存率 → 留存率
  const words = name.split(/\s+/).filter((w) => w.length >= 5);
  if (words.length > 1) add(words.sort((a, b) => b.length - a.length)[0]); // Conversion rate → conversion
  add(id);
  add(id?.replace(/[-_]+/g, ' ')); // interaction-rate → interaction rate
  return [...terms].sort((a, b) => b.length - a.length);
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
