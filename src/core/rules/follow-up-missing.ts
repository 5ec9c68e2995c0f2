import { goalTarget, valuesIn } from '../history/goalTarget';
import { actionItems, goalItems, oneLine, type ReviewItem } from '../history/items';
import { kpiNamedIn } from '../history/kpiMatch';
import { firstSection } from '../history/sectionLookup';
import { containment, normalizeForMatch, pairUp } from '../history/similarity';
import type { Rule } from '../lint/types';
import { text } from '../i18n';
import type { Kpi } from '../model';
import type { ParsedReview } from '../parse/parse';
import { eol } from './fixHelpers';

// Share of an old item's bigrams that one paragraph or list item must hold to count as mentioning it.
const MENTIONED = 0.6;
// The same, for a paragraph that also names the item's KPI: the KPI carries most of the meaning.
const MENTIONED_WITH_KPI = 0.35;

/**
 * True when some block of `doc` talks about the item: most of its wording, or its KPI together with
 * its target number or a good part of its wording ("观看人数 97 万，目标 95 万，达成" follows up
 * "把观看人数从 86 万提升到 95 万").
 */
function discussed(item: ReviewItem, kpis: readonly Kpi[], doc: ParsedReview): boolean {
  const kpi = kpiNamedIn(item.raw, kpis);
  const target = kpi && goalTarget(item.raw, kpi.name)?.value;
  return doc.blocks.some((block) => {
    const key = normalizeForMatch(block.text);
    if (containment(item.key, key) >= MENTIONED) return true;
    if (!kpi || !kpiNamedIn(block.text, [kpi])) return false;
    return (target !== undefined && valuesIn(block.text).includes(target)) || containment(item.key, key) >= MENTIONED_WITH_KPI;
  });
}

/** Last cycle's open items that this review neither closes, carries over, nor talks about. */
function missedItems(previous: ParsedReview, doc: ParsedReview): ReviewItem[] {
  const olds = [...actionItems(previous).filter((i) => !i.done), ...goalItems(previous)];
  const { unmatchedOld } = pairUp(olds, [...actionItems(doc), ...goalItems(doc)], (i) => i.key, (i) => i.key);
  const kpis = [...doc.kpis, ...previous.kpis];
  return unmatchedOld.filter((item) => !discussed(item, kpis, doc));
}

/** 后续跟进: every open action item and goal of the previous cycle is closed, carried over or discussed. */
export const followUpMissingRule: Rule = {
  id: 'follow-up-missing',
  defaultSeverity: 'warning',
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
      const params = { item: oneLine(item.raw, 80), cycle };
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
