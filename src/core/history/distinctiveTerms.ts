// A follow-up written in other words still repeats what is particular to the old item: the things it names
// (异常件, the A/B calendar, the supplier portal, Workable), not the verbs around them (梳理, set up, 完成).
// A term is particular to a review when few of its blocks use it; a block that shares several such terms
// with an old item talks about that item, however the sentence is built.

import { normalizeForMatch } from './similarity';

// Words that carry no subject of their own, in either language.
const COMMON_WORDS = new Set([
  'the', 'and', 'for', 'with', 'from', 'into', 'our', 'his', 'her', 'their', 'its', 'this', 'that', 'was', 'were', 'has',
  'have', 'had', 'will', 'who', 'all', 'one', 'two', 'three', 'each', 'every', 'more', 'less', 'than', 'also', 'but',
  'not', 'end', 'next', 'last', 'quarter', 'month', 'week', 'year', 'day', 'days', 'team', 'make', 'get', 'set', 'run',
  'owner', 'due', 'deadline', 'july', 'june', 'august', 'october', 'november', 'december', 'january', 'february',
  'march', 'april', 'september', 'she', 'him', 'they', 'them', 'you', 'your', 'out', 'now', 'new', 'per', 'after', 'before',
  // The verbs of any plan.
  'better', 'develop', 'stronger', 'skill', 'skills', 'improve', 'build', 'work', 'focus', 'keep', 'grow', 'start', 'continue',
]);
const COMMON_BIGRAMS = new Set([
  '一个', '一份', '一次', '每周', '每天', '每场', '每月', '负责', '完成', '提升', '进行', '建立', '我们', '这个', '时间', '直播',
  '之前', '以前', '以上', '以内', '本期', '上期', '季度', '下季', '目标', '问题', '情况', '工作', '已经', '没有', '可以', '需要',
  '整理', '梳理', '形成', '继续', '开始', '现在', '后来', '起来', '那份', '这份', '那个', '提高', '加强', '能力',
  // Deadlines with no date say when, not what.
  '尽快', '尽早', '抓紧', '马上',
]);

/** The terms of a text: Chinese character bigrams and lightly stemmed Latin words of three letters or more. */
export function termsOf(text: string): Set<string> {
  const folded = normalizeForMatch(text.replace(/[-/]/gu, ' '));
  const out = new Set<string>();
  for (const run of folded.match(/[\u4e00-\u9fff]{2,}/gu) ?? []) {
    for (let i = 0; i + 1 < run.length; i++) if (!COMMON_BIGRAMS.has(run.slice(i, i + 2))) out.add(run.slice(i, i + 2));
  }
  const words = text.normalize('NFKC').toLowerCase().match(/[a-z]{3,}/gu) ?? [];
  // A light stem, its doubled end undone too (relabelling → relabel, planned → plan).
  const stem = (w: string) => (w.length > 5 ? w.replace(/(?:ing|ed|es|s)$/u, '').replace(/([bdglmnprt])\1$/u, '$1') : w.replace(/s$/u, ''));
  for (const w of words) if (!COMMON_WORDS.has(w)) out.add(stem(w));
  // Two-letter acronyms name a thing as well as a word does (学 AE 动效, the QA checklist).
  for (const acronym of text.normalize('NFKC').match(/(?<![A-Za-z])[A-Z]{2}(?![A-Za-z])/gu) ?? []) out.add(acronym.toLowerCase());
  return out;
}

/** How many blocks of a review use each term, from the blocks' terms (`termsOf`). */
export function termBlockCounts(blocks: readonly Set<string>[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const terms of blocks) for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + 1);
  return counts;
}

/** The item's terms that a block shares and that at most `rare` blocks of the review use. */
export function sharedRareTerms(item: Set<string>, block: Set<string>, counts: Map<string, number>, rare: number): string[] {
  return [...item].filter((term) => block.has(term) && (counts.get(term) ?? 0) <= rare);
}
