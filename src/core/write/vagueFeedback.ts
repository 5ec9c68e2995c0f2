// "Write it as behaviour → result → figure": a vague judgement keeps the writer's words and gains the three parts
// the founding document asks of feedback — what was done, with what effect, and a figure from the review's data.
// 表现还可以。 → 表现还可以：【待填写：做了什么】，【待填写：带来的结果】，互动率 4.3%（目标 4%）。
// The two prompts stay placeholders until typed over, so the placeholder rule reports a template left unfilled.
import type { Locale } from '../i18n';
import { findKpiMention, kpiTerms } from '../language/kpiMentions';
import { maskNonProse, sentenceAround } from '../language/prose';
import type { Kpi, TextBlock } from '../model';
import type { ParsedReview } from '../parse/parse';
import { formatValue } from '../preview/format';
import { displayUnit } from '../scaffold/kpiTable';
import type { SnippetPart } from './snippet';
import type { WritingFix } from './writingFix';

const CJK = /[\u4e00-\u9fff]/u;

function figure(kpi: Kpi, locale: Locale): string {
  const unit = displayUnit(kpi);
  const actual = formatValue(kpi.actual!.value, unit, locale);
  if (!kpi.target) return `${kpi.name} ${actual}`;
  const target = formatValue(kpi.target.value, unit, locale);
  return locale === 'zh' ? `${kpi.name} ${actual}（目标 ${target}）` : `${kpi.name} ${actual} (target ${target})`;
}

/** The KPI the sentence names, else every KPI with an actual to choose from; the prompt when there is none. */
function figureChoices(doc: ParsedReview, sentence: string, locale: Locale): string[] {
  const measured = doc.kpis.filter((k) => k.wellFormed && k.actual);
  const named = measured.find((k) => findKpiMention(sentence, kpiTerms(k.name, k.id)));
  const prompt = locale === 'zh' ? '【待填写：数据】' : '[TODO: a figure]';
  return named ? [figure(named, locale)] : [...measured.slice(0, 4).map((k) => figure(k, locale)), prompt];
}

function blockAt(doc: ParsedReview, offset: number): TextBlock | undefined {
  return doc.blocks.find((b) => offset >= b.offset && offset < b.offset + b.text.length);
}

/** The template fix for the vague judgement that starts at document offset `offset`. */
export function vagueFeedbackFixes(doc: ParsedReview, offset: number, locale: Locale): WritingFix[] {
  const block = blockAt(doc, offset);
  if (!block) return [];
  const prose = maskNonProse(block.text);
  const sentence = sentenceAround(prose, offset - block.offset);
  let end = sentence.end;
  while (end > sentence.start && /[\s:：,，、]/u.test(prose[end - 1])) end--;
  const words = block.text.slice(sentence.start, end);
  const zh = CJK.test(words);
  const language: Locale = zh ? 'zh' : 'en';
  const parts: SnippetPart[] = zh
    ? ['：', { stop: 1, value: '【待填写：做了什么】' }, '，', { stop: 2, value: '【待填写：带来的结果】' }, '，', { stop: 3, choices: figureChoices(doc, words, language) }]
    : [': ', { stop: 1, value: '[TODO: what was done]' }, ', ', { stop: 2, value: '[TODO: with what result]' }, ', ', { stop: 3, choices: figureChoices(doc, words, language) }];
  const at = block.offset + end;
  return [{
    title: locale === 'zh' ? '改写为“行为 → 结果 → 数据”' : 'Rewrite as behaviour → result → figure',
    range: doc.lines.range(at, at),
    parts,
  }];
}
