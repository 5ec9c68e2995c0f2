import { statedTarget, valuesIn } from '../language/goalTarget';
import { actionItems, goalItems, oneLine, type ReviewItem } from '../history/items';
import { sharedRareTerms, termBlockCounts, termsOf } from '../history/distinctiveTerms';
import { tableRows } from './tableRows';
import { restatesItem } from '../history/restatement';
import { kpiNamedIn } from '../history/kpiMatch';
import { firstSection } from '../history/sectionLookup';
import { containment, normalizeForMatch, pairUp } from '../history/similarity';
import type { Rule } from '../lint/types';
import { text } from '../i18n';
import { findClaim, findKpiMention, kpiTerms } from '../language/kpiMentions';
import { splitSentences } from '../language/prose';
import type { Kpi } from '../model';
import type { ParsedReview } from '../parse/parse';
import { eol } from './fixHelpers';
import { rowVerdict } from '../language/verdicts';

// Share of an old item's bigrams that one paragraph or list item must hold to count as mentioning it.
const MENTIONED = 0.6;
// The same, for a paragraph that also reports an outcome (已查清, 都在 10 月底前上线, finished, went live).
const MENTIONED_WITH_OUTCOME = 0.45;
// The same, besides the KPI's name, for a paragraph that names the KPI: the plan's key words (粉丝群, 开播预告).
const MENTIONED_WITH_KPI = 0.25;
const OUTCOME = /完成|已经?|上线|查清|整理完|做到|达成|实现|开始|都在|下架|拿到|取得|获得|取消|放弃|不再|(?:agreed|decided|chose) to (?:drop|cancel|shelve|park)\b|\b(?:dropped|cancel+ed|scrapped|shelved) (?:the|this|that|it)\b|done|finished|completed|shipped|went live|(?:is|are) live|passed|delivered/iu;

// A block that shares enough of what is particular to an old item (terms used in at most RARE blocks of this
// review) talks about it: two Latin words, or three Chinese bigrams (a word of three characters gives two).
const RARE = 2;
// In a block that reports an outcome (资质 8 月已经拿到), a term the review comes back to (PICC in three blocks) still counts.
const RARE_WITH_OUTCOME = 4;
const RARE_WEIGHT_NEEDED = 3;
const rareWeight = (terms: string[]) => terms.reduce((sum, t) => sum + (/^[a-z]/u.test(t) ? 1.5 : 1), 0);

const STOP_WORDS = new Set(['the', 'and', 'for', 'with', 'from', 'into', 'our', 'his', 'her', 'their', 'its', 'this', 'that', 'by', 'to', 'of', 'in', 'on', 'at', 'owner', 'due', 'deadline', 'end', 'next', 'quarter', 'month', 'week', 'year']);

/** Share of the item's words (three letters or more, not stop words) that the text also holds. */
function wordShare(item: string, textOf: string): number {
  // A light stem, so "documented" matches "document" and "hires" matches "hire".
  const stem = (w: string) => (w.length > 5 ? w.replace(/(?:ing|ed|es|s)$/u, '') : w);
  const words = (s: string) => new Set((s.toLowerCase().match(/[a-z][a-z-]{2,}/gu) ?? []).filter((w) => !STOP_WORDS.has(w)).map(stem));
  const mine = words(item);
  if (mine.size === 0) return 0;
  const theirs = words(textOf);
  return [...mine].filter((w) => theirs.has(w)).length / mine.size;
}

/**
 * True when some block of `doc` talks about the item: most of its wording; a good part of it with an outcome;
 * or its KPI (itself, not a sub-metric) with its target number or a claim about the target
 * ("观看人数 97 万，目标 95 万" and "上个季度定下的互动率目标达成了，最终 6.1%" follow up
 * "把互动率从 5.2% 提升到 6%"; "GMV 情况详见附表" does not).
 */
/** A block of this review as a follow-up is looked for in it; a table row is one too, its cells read together. */
interface Passage {
  text: string;
  terms: Set<string>;
  /** One of this cycle's own plans (an open item, a goal). */
  planned: boolean;
  /** A table row with a verdict cell (达标, Met, ✅): what it says of the KPI its cells name is a claim. */
  verdict?: boolean;
}

function passagesOf(doc: ParsedReview): Passage[] {
  const planned = new Set([...doc.actions.filter((a) => !a.done).map((a) => a.item.offset), ...doc.goals.map((g) => g.block.offset)]);
  const goalLines = new Set(doc.goals.map((g) => g.block.range.start.line));
  return [
    ...doc.blocks.map((block) => ({ text: block.text, planned: planned.has(block.offset) })),
    ...tableRows(doc.blocks).map((cells) => ({ text: cells.map((c) => c.text).join(' '), planned: goalLines.has(cells[0].range.start.line), verdict: !!rowVerdict(cells) })),
  ].map((p) => ({ ...p, terms: termsOf(p.text) }));
}

function discussed(item: ReviewItem, kpis: readonly Kpi[], passages: readonly Passage[], counts: Map<string, number>): boolean {
  const kpi = kpiNamedIn(item.raw, kpis);
  // The target, or any figure of the item when none follows the KPI's name (Fewer than 10 tickets open over 7 days).
  const stated = kpi && statedTarget(item.raw, kpi.name)?.quantity.value;
  const figures = stated !== undefined ? [stated] : kpi ? valuesIn(item.raw) : [];
  const terms = kpi ? kpiTerms(kpi.name, kpi.id) : [];
  // Letter bigrams say little in English (every sentence holds "th", "er"): English items match by words.
  const latin = !/[\u4e00-\u9fff]/u.test(item.raw);
  const withoutKpi = (s: string) => terms.reduce((rest, term) => rest.split(term).join(' '), s.toLowerCase());
  const itemTerms = termsOf(withoutKpi(item.subject));
  // A short item (Get better at motion graphics) has few terms of its own: half of them is enough.
  const needed = Math.min(RARE_WEIGHT_NEEDED, Math.max(1.5, rareWeight([...itemTerms]) / 2));
  return passages.some((block) => {
    // This cycle's own plans that share words with an old one are new plans, not its follow-up.
    const rare = OUTCOME.test(block.text) ? RARE_WITH_OUTCOME : RARE;
    if (!block.planned && rareWeight(sharedRareTerms(itemTerms, block.terms, counts, rare)) >= needed) return true;
    // Without the KPI's name, which alone is no follow-up (用户留存率 33.5%).
    if (!block.planned && restatesItem(withoutKpi(item.subject), withoutKpi(block.text))) return true;
    // The KPI's own name is no follow-up by itself ("Test coverage: see the attached report"): only the rest of
    // the wording counts here; what is said about the KPI is read below.
    const share = latin ? wordShare(withoutKpi(item.raw), withoutKpi(block.text)) : containment(withoutKpi(item.key).replace(/ /g, ''), normalizeForMatch(withoutKpi(block.text)));
    if (share >= MENTIONED || (share >= MENTIONED_WITH_OUTCOME && OUTCOME.test(block.text))) return true;
    if (!kpi || !findKpiMention(block.text, terms)) return false;
    if (share >= MENTIONED_WITH_KPI || (block.verdict && !block.planned)) return true;
    return splitSentences(block.text).some(
      (sentence) => findKpiMention(sentence, terms) && (valuesIn(sentence).some((v) => figures.includes(v)) || findClaim(sentence) !== undefined),
    );
  });
}

/** Last cycle's open items that this review neither closes, carries over, nor talks about. */
function missedItems(previous: ParsedReview, doc: ParsedReview): ReviewItem[] {
  const olds = [...actionItems(previous).filter((i) => !i.done), ...goalItems(previous)];
  const { unmatchedOld } = pairUp(olds, [...actionItems(doc), ...goalItems(doc)], (i) => i.key, (i) => i.key);
  const kpis = [...doc.kpis, ...previous.kpis];
  const passages = passagesOf(doc);
  // How many blocks use each term: the blocks are the passages before the table rows.
  const counts = termBlockCounts(passages.slice(0, doc.blocks.length).map((p) => p.terms));
  return unmatchedOld.filter((item) => !discussed(item, kpis, passages, counts));
}

/** 后续跟进: every open action item and goal of the previous cycle is closed, carried over or discussed. */
export const followUpMissingRule: Rule = {
  id: 'follow-up-missing',
  defaultSeverity: 'warning',
  needs: 'prose',
  description: text(
    "Last cycle's open action items and goals are closed, carried over, or discussed in this review.",
    '上一周期未完成的行动项和目标在本期有交代：已完成、延续到本期，或在正文中说明。',
  ),
  check({ doc, history, report }) {
    const previous = history[0];
    if (!previous) return;
    const cycle = previous.meta.cycle ?? '?';
    for (const item of missedItems(previous, doc)) {
      const home = firstSection(doc, item.kind === 'action' ? ['improvements', 'outlook'] : ['outlook', 'improvements']);
      const at = home?.headingRange ?? doc.frontmatter?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
      const params = { item: oneLine(item.quote, 80), cycle };
      const message =
        item.kind === 'action'
          ? text('Action item of {cycle} not followed up: "{item}". Close it, carry it over, or say what became of it.', '{cycle} 的行动项未跟进：“{item}”。请标记完成、延续到本期，或说明处理情况。', params)
          : text('Goal of {cycle} not followed up: "{item}". Say whether it was reached, or carry it over.', '{cycle} 的目标未跟进：“{item}”。请说明是否达成，或延续到本期。', params);
      const nl = eol(doc);
      const line = item.kind === 'action' ? `- [ ] ${oneLine(item.raw, 500)}` : `- ${oneLine(item.raw, 500)}`;
      const end = home?.range.end;
      const fixes = end
        ? [{ title: text('Carry it over to this review', '延续到本期'), edits: [{ range: { start: end, end }, newText: end.character === 0 ? `${line}${nl}${nl}` : `${nl}${line}${nl}` }] }]
        : undefined;
      report({ range: at, message, data: { kind: item.kind, item: item.text, cycle }, fixes });
    }
  },
};
