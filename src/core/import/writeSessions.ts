// Writes an import into the review's frontmatter as text edits at the YAML nodes' own places: each imported KPI's
// `actual` and `sessions`, nothing else. Comments, quoting and every other line stay byte for byte (re-printing the
// YAML document would restyle them). A KPI written as a flow mapping (`{ name: …, target: … }`) becomes a block
// mapping, its other pairs copied as written. The result is read back and compared before it is returned.
import { isMap, isPair, isScalar, parse as parseYaml, type Document, type Node, type Pair } from 'yaml';
import { text, type Text } from '../i18n';
import type { Kpi } from '../model';
import type { ImportedKpi } from './sessionsFromTable';

export type WriteResult = { ok: true; text: string } | { ok: false; message: Text };

interface Edit {
  start: number;
  end: number;
  text: string;
}

const MAGNITUDES: Record<string, number> = { 万: 1e4, 亿: 1e8, k: 1e3, K: 1e3, M: 1e6, m: 1e6 };

/** A value in the KPI's own style: `5.6%` for a percent KPI; `97.2万`, `$1.31M` when its target is written so. */
export function formatKpiValue(value: number, kpi: Pick<Kpi, 'targetRaw' | 'actualRaw'>, percent: boolean): string {
  if (percent) return `${value}%`;
  const styled = [kpi.targetRaw, kpi.actualRaw].map((raw) => (typeof raw === 'string' ? /^([¥￥$€£]?)\s*[\d.,]+\s*(万|亿|[kKmM](?![a-zA-Z]))?/u.exec(raw.normalize('NFKC').trim()) : null)).find(Boolean);
  const [, currency = '', magnitude] = styled ?? [];
  const scale = magnitude ? MAGNITUDES[magnitude] : 1;
  // 8200 of a KPI in 万 is 0.82万, like its neighbours; a figure that would round away stays whole ($32028, not $0.03M).
  return Math.abs(value) >= scale / 10 ? `${currency}${Number.parseFloat((value / scale).toFixed(2))}${magnitude ?? ''}` : `${currency}${value}`;
}

/** A session label as a plain scalar when YAML reads it back as that string, else double-quoted. */
function yamlLabel(label: string): string {
  const plain = /^[^\s\-?:,[\]{}#&*!|>'"%@`][^,[\]{}#]*$/u.test(label) && !/:\s|\s$/u.test(label);
  const readAsOther = /^[-+]?(?:\d[\d_]*(?:\.\d*)?|\.\d+)(?:e[-+]?\d+)?$|^0x[\da-f]+$|^0o[0-7]+$|^[-+]?\.(?:inf|nan)$|^(?:true|false|null|~)$/iu.test(label);
  return plain && !readAsOther ? label : JSON.stringify(label);
}

const sessionLine = (s: { label: string; value: string }) => `- { label: ${yamlLabel(s.label)}, value: ${s.value} }`;

/**
 * The review's text with the imported KPIs written. `document` and `source` are the frontmatter's (see
 * parse/frontmatter.ts), `contentOffset` where that source starts in `reviewText`.
 */
type FrontmatterSource = { source: string; contentOffset: number; document: Document.Parsed | undefined };

export function writeSessions(reviewText: string, frontmatter: FrontmatterSource, kpis: readonly Kpi[], imported: readonly ImportedKpi[]): WriteResult {
  const { source, document } = frontmatter;
  const cannot = (why: string) => ({ ok: false as const, message: text('cannot write the frontmatter: {why}; nothing was written', '无法写入 frontmatter：{why}；未写入任何内容', { why }) });
  if (!document || document.errors.length) return cannot('its YAML has errors (fix them first)');
  const eol = source.includes('\r\n') ? '\r\n' : '\n';
  // A block value's range runs through its last line break: edits stop before it.
  const endOf = (node: Node) => source.slice(0, node.range![1]).trimEnd().length;
  const edits: Edit[] = [];
  const expected = new Map<number, { actual: string; sessions: { label: string; value: string }[] }>();
  for (const item of imported) {
    const node = document.getIn(['kpis', item.kpi], true) as Node | undefined;
    if (!isMap(node) || !node.range) return cannot(`kpis[${item.kpi}] is not a mapping`);
    const kpi = kpis[item.kpi];
    const actual = formatKpiValue(item.actual, kpi, item.percent);
    const sessions = item.sessions.map((s) => ({ label: s.label, value: formatKpiValue(s.value, kpi, item.percent) }));
    expected.set(item.kpi, { actual, sessions });
    const keyOf = (p: Pair) => (isScalar(p.key) ? String(p.key.value) : '');
    const pairs = node.items.filter(isPair) as Pair<Node, Node | null>[];
    const column = node.range[0] - source.lastIndexOf('\n', node.range[0] - 1) - 1;
    const indent = ' '.repeat(column);
    const sessionsBlock = (at: string) => [`sessions:`, ...sessions.map((s) => `${at}  ${sessionLine(s)}`)].join(eol);
    if (node.flow) {
      // Every other pair as written, then actual and sessions: `{ a: 1, b: 2 }` → `a: 1⏎  b: 2`.
      const kept = pairs.filter((p) => keyOf(p) !== 'actual' && keyOf(p) !== 'sessions').map((p) => {
        const keyText = source.slice(p.key.range![0], p.key.range![1]);
        return p.value?.range ? `${keyText}: ${source.slice(p.value.range[0], endOf(p.value))}` : `${keyText}:`;
      });
      if (source.slice(node.range[0], node.range[1]).includes('#')) return cannot(`kpis[${item.kpi}] has a comment inside its braces`);
      edits.push({ start: node.range[0], end: node.range[1], text: [...kept, `actual: ${actual}`, sessionsBlock(indent)].join(eol + indent) });
      continue;
    }
    const pairOf = (key: string) => pairs.find((p) => keyOf(p) === key);
    const actualPair = pairOf('actual');
    const sessionsPair = pairOf('sessions');
    const append: string[] = [];
    if (actualPair?.value?.range) edits.push({ start: actualPair.value.range[0], end: endOf(actualPair.value), text: actual });
    else if (actualPair) edits.push({ start: actualPair.key.range![1], end: source.indexOf(':', actualPair.key.range![1]) + 1, text: `: ${actual}` });
    else append.push(`actual: ${actual}`);
    if (sessionsPair) edits.push({ start: sessionsPair.key.range![0], end: sessionsPair.value?.range ? endOf(sessionsPair.value) : source.indexOf(':', sessionsPair.key.range![1]) + 1, text: sessionsBlock(indent) });
    else append.push(sessionsBlock(indent));
    if (append.length) {
      const last = pairs.at(-1)!;
      const end = last.value?.range ? endOf(last.value) : source.indexOf(':', last.key.range![1]) + 1;
      edits.push({ start: end, end, text: append.map((line) => eol + indent + line).join('') });
    }
  }
  let written = source;
  for (const edit of [...edits].sort((a, b) => b.start - a.start)) written = written.slice(0, edit.start) + edit.text + written.slice(edit.end);
  const problem = differsFromExpected(source, written, expected);
  if (problem) return cannot(problem);
  const start = frontmatter.contentOffset;
  return { ok: true, text: reviewText.slice(0, start) + written + reviewText.slice(start + source.length) };
}

/** Why the written YAML is not the old one with only the imported values changed, or undefined when it is. */
function differsFromExpected(before: string, after: string, expected: Map<number, { actual: string; sessions: { label: string; value: string }[] }>): string | undefined {
  let old: Record<string, unknown>;
  let now: Record<string, unknown>;
  try {
    old = parseYaml(before) as Record<string, unknown>;
    now = parseYaml(after) as Record<string, unknown>;
  } catch (e) {
    return `the result would not be valid YAML (${(e as Error).message.split('\n')[0]})`;
  }
  const oldKpis = old.kpis as Record<string, unknown>[];
  for (const [index, want] of expected) {
    const kpi = oldKpis[index];
    // The values as YAML reads them (5.6% a string, 980 a number), in one parse per KPI.
    const [actual, ...values] = parseYaml(`[${[want.actual, ...want.sessions.map((s) => s.value)].join(', ')}]`) as unknown[];
    oldKpis[index] = { ...kpi, actual, sessions: want.sessions.map((s, i) => ({ label: s.label, value: values[i] })) };
  }
  return canonical(old) === canonical(now) ? undefined : 'the written YAML would change more than the imported values';
}

/** JSON with the keys of every mapping sorted: a flow KPI rewritten as a block puts `actual` last. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => (v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b))) : v));
}
