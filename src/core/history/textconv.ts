// A stable, readable text form of a review for `git diff` (a textconv driver): frontmatter keys sorted,
// one line per KPI with its attainment, sections ordered by canonical id so moving a section or
// renumbering headings shows as what it is.
import { stringify } from 'yaml';
import type { Section } from '../model';
import type { ParsedReview } from '../parse/parse';
import { sectionKey } from './diff';
import { formatNumber, formatPercent } from './formatDiff';

const LABELS = {
  en: { frontmatter: 'Frontmatter', kpis: 'KPIs', target: 'target', actual: 'actual', attainment: 'attainment', lower: 'lower is better', broken: 'YAML error', sessions: 'sessions' },
  zh: { frontmatter: '基本信息', kpis: 'KPI', target: '目标', actual: '实际', attainment: '达成率', lower: '越低越好', broken: 'YAML 错误', sessions: '场次' },
};

function scalar(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return stringify(value, { sortMapEntries: true, collectionStyle: 'flow', lineWidth: 0 }).trim();
}

function body(doc: ParsedReview, s: Section): string {
  return doc.text
    .slice(s.bodyStart, s.bodyEnd)
    .split(/\r\n?|\n/)
    .map((l) => l.trimEnd())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Top-level sections in template order of their ids (unknown ones after, as written), each followed by its subsections. */
function orderedSections(doc: ParsedReview): Section[] {
  const order = new Map(doc.template.sections.map((t, i) => [t.id, i]));
  const rank = (s: Section) => order.get(s.id ?? '') ?? Number.MAX_SAFE_INTEGER;
  const roots = doc.sections.filter((s) => s.parent < 0).sort((a, b) => rank(a) - rank(b) || a.index - b.index);
  const children = new Map<number, Section[]>();
  for (const s of doc.sections) {
    if (s.parent < 0) continue;
    const siblings = children.get(s.parent);
    if (siblings) siblings.push(s);
    else children.set(s.parent, [s]);
  }
  const out: Section[] = [];
  const walk = (s: Section) => {
    out.push(s);
    for (const child of children.get(s.index) ?? []) walk(child);
  };
  roots.forEach(walk);
  return out;
}

/** The review as stable text. Never throws: broken frontmatter is shown as its raw source with the error. */
export function textconv(doc: ParsedReview): string {
  const L = LABELS[doc.language];
  const out: string[] = [`# ${L.frontmatter}`];
  const fm = doc.frontmatter;
  // YAML with errors is shown as written: what the parser recovered from it could mislead.
  if (fm?.data && !fm.syntaxErrors.length) {
    for (const key of Object.keys(fm.data).filter((k) => k !== 'kpis').sort()) out.push(`${key}: ${scalar(fm.data[key])}`);
  } else if (fm) {
    const error = fm.syntaxErrors[0];
    out.push(`${L.broken}${error ? `: ${error.message.split('\n')[0]}` : ''}`, ...fm.source.split(/\r\n?|\n/).map((l) => `  ${l.trimEnd()}`));
  }
  if (doc.kpis.length) {
    out.push('', `# ${L.kpis}`);
    for (const k of doc.kpis) {
      const show = (q: { value: number } | undefined, raw: unknown) => (q ? formatNumber(q.value, k.unit) : raw === undefined ? '—' : scalar(raw));
      const parts = [`${L.target} ${show(k.target, k.targetRaw)}`, `${L.actual} ${show(k.actual, k.actualRaw)}`];
      if (k.attainment !== undefined) parts.push(`${L.attainment} ${formatPercent(k.attainment)}`);
      if (k.better === 'lower') parts.push(L.lower);
      const sessions = k.sessions.map((s) => (s.value ? formatNumber(s.value.value, k.unit) : scalar(s.raw)));
      if (sessions.length) parts.push(`${L.sessions} ${sessions.join(', ')}`);
      out.push(`- ${k.name}${k.id ? ` [${k.id}]` : ''}: ${parts.join(' | ')}`);
    }
  }
  const bodyStart = fm ? doc.lines.offset(fm.range.end) : 0;
  const preamble = doc.text.slice(bodyStart, doc.sections[0]?.bodyStart !== undefined ? doc.lines.offset(doc.sections[0].headingRange.start) : doc.text.length).trim();
  if (preamble) out.push('', preamble.replace(/[ \t]+(\r?\n)/g, '$1').replace(/\r\n?/g, '\n'));
  for (const s of orderedSections(doc)) {
    out.push('', `${'#'.repeat(Math.min(6, s.level + 1))} [${sectionKey(s)}] ${s.heading}`);
    const text = body(doc, s);
    if (text) out.push('', text);
  }
  return out.join('\n') + '\n';
}
