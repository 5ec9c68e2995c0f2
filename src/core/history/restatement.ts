// A follow-up that restates an old item instead of quoting it: its figure with some of its words (上季度定的
// "每月至少 8 个新品" comes back as 每月新品都在 8 个以上; "Fewer than 10 tickets open over 7 days" as "under 10
// every month"), or the thing it names with a word left out (退货原因分类表 → 退货原因表; 话术再自然一点 → 话术比上季度自然多了).

import { valuesIn } from '../language/goalTarget';
import { splitSentences } from '../language/prose';
import { termsOf } from './distinctiveTerms';
import { normalizeForMatch } from './similarity';

// Terms a sentence must share with the item besides its figure (two Chinese bigrams, or Latin words).
const TERMS_WITH_FIGURE = 2;
// The longest run of the item's characters a sentence must hold to name the same thing (退货原因).
const SHARED_RUN = 4;
// Two of the item's words in its order, at most this many characters apart (话术 … 自然), in a short item only:
// in a long one two words are a topic (家清 … 动销), not the item.
const WORD_GAP = 5;
const SHORT_ITEM = 10;
// A run that starts or ends on a function character joins words, it names nothing (和主播组).
const FUNCTION_CHAR = /^[和与跟的了在把给对做一次每个再]|[和与跟的了在把给对做一次每个再]$/u;

/** True when one sentence of `passage` repeats a figure of the item with some of its words. */
function figureWithTerms(item: string, passage: string): boolean {
  const values = new Set(valuesIn(item));
  if (!values.size) return false;
  const itemTerms = termsOf(item);
  return splitSentences(passage).some((sentence) => {
    if (!valuesIn(sentence).some((v) => values.has(v))) return false;
    const terms = termsOf(sentence);
    return [...itemTerms].filter((t) => terms.has(t)).length >= TERMS_WITH_FIGURE;
  });
}

/** True when a Chinese sentence of `passage` holds a run of the item's words or two of them in order, close together. */
function sameThing(item: string, passage: string): boolean {
  const runs = normalizeForMatch(item).match(/[\u4e00-\u9fff]{2,}/gu) ?? [];
  const words = [...termsOf(item)].filter((t) => /^[\u4e00-\u9fff]{2}$/u.test(t));
  return splitSentences(passage).some((sentence) => {
    const text = normalizeForMatch(sentence);
    for (const run of runs) {
      for (let i = 0; i + SHARED_RUN <= run.length; i++) {
        const part = run.slice(i, i + SHARED_RUN);
        if (!FUNCTION_CHAR.test(part) && words.includes(part.slice(0, 2)) && text.includes(part)) return true;
      }
    }
    // Two words of the item, not overlapping, in the item's order: 话术 … 自然.
    if (runs.join('').length > SHORT_ITEM) return false;
    return words.some((a) => words.some((b) => {
      const [ia, ib] = [item.indexOf(a), item.indexOf(b)];
      if (ia < 0 || ib < ia + 2) return false;
      const at = text.indexOf(a);
      const next = at < 0 ? -1 : text.indexOf(b, at + 2);
      return next >= 0 && next - (at + 2) <= WORD_GAP;
    }));
  });
}

/** True when `passage` restates the old item in other words: its figure with some of its words, or what it names. */
export function restatesItem(item: string, passage: string): boolean {
  return figureWithTerms(item, passage) || sameThing(item, passage);
}
