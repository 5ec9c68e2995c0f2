// What completion offers while a review is typed (issue 24 pt 4), read from the line before the cursor: a person
// after `@`, a KPI name begun (转化 → 销售转化率, "convers" → "Conversion rate"). Relative dates: language/relativeDates.ts.

/** The name begun after an `@` that ends the text (`负责人：@李` → start of 李, typed 李), or undefined. */
export function mentionAt(before: string): { start: number; typed: string } | undefined {
  const m = /@([^\s@，。；、,;:：()（）]*)$/u.exec(before);
  return m ? { start: m.index + 1, typed: m[1] } : undefined;
}

export interface NameMatch {
  name: string;
  /** Offset in `before` where the begun name starts. */
  start: number;
}

const CJK = /[\u4e00-\u9fff]/u;

/**
 * KPI names that the end of `before` begins, longest begun part first: Chinese by any ending (本季度转化 → 转化率
 * from 转化, at least two characters), Latin by whole words (at least three letters). A name already typed in full
 * is not offered again.
 */
export function kpiNamesAt(before: string, names: readonly string[]): NameMatch[] {
  const found: NameMatch[] = [];
  const lower = before.toLowerCase();
  for (const name of new Set(names)) {
    const wanted = name.toLowerCase();
    for (let length = Math.min(wanted.length - 1, before.length); length >= 2; length--) {
      const start = before.length - length;
      const part = lower.slice(start);
      if (!wanted.startsWith(part)) continue;
      const latin = !CJK.test(part[0]);
      if (latin && (length < 3 || /[\p{L}\p{N}]/u.test(before[start - 1] ?? ''))) continue;
      found.push({ name, start });
      break;
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
