// Whole reviews written and labelled by independent writers, in batches (test/corpus/batches/<batch>/, format in
// test/corpus/README.md). Every rule a reader can judge is scored: a finding (warning or error) on a line without
// its rule's `expect` mark is a false alarm. A batch is measured blind (`npm run eval -- --blind <folder>`) before
// anyone reads it, then moved here, where it is training data.
import { lint } from '../../src/core/lint/lint';
import type { Finding } from '../../src/core/lint/types';
import { parse } from '../../src/core/parse/parse';
import { Agreement, Confusion, perLang, type Failure, type Figure, type Lang } from './metrics';
import { EVAL_TODAY, onlySentenceReview } from './review';
import { reviewsIn } from './reviews';

/** Rules judged line by line: the mark sits on the line where the finding starts. */
export const LINE_RULES = [
  'frontmatter',
  'kpi-invalid',
  'placeholder',
  'section-empty',
  'action-owner',
  'action-due',
  'goal-smart',
  'vague-feedback',
  'kpi-claim-mismatch',
  'kpi-regression-unexplained',
] as const;
/** Rules judged for the whole review (marks on its last line), and follow-ups (marks in previous.md). */
export const REVIEW_RULES = ['section-missing', 'positive-feedback-missing', 'follow-up-missing'] as const;
const SCORED: ReadonlySet<string> = new Set([...LINE_RULES, ...REVIEW_RULES]);
const SMART = ['S', 'M', 'T'] as const;
const LETTER: Record<string, (typeof SMART)[number]> = { specific: 'S', measurable: 'M', 'time-bound': 'T' };

interface Mark {
  kind: 'expect' | 'not';
  rule: string;
  /** `goal-smart(M,T)`: the letters; `section-missing(growth)`: the section. */
  arg?: string;
  line: number;
}

const MARK = /(?:<!--|#)\s*(expect|not):\s*((?:[\w-]+(?:\([^)]*\))?\s*,?\s*)+?)\s*(?:-->|$)/g;
const ENTRY = /([\w-]+)(?:\(([^)]*)\))?/g;
const PRAISE = /<!--\s*praise\s*-->/;
/** Every label, so that what is linted is the review as its writer wrote it. */
const LABEL = /[ \t]*<!--\s*(?:(?:expect|not):[^>]*|praise\s*)-->|[ \t]+#\s*(?:expect|not):[^\n\r]*/g;

/** The marks of a text, with 0-based lines. */
export function marksOf(text: string): Mark[] {
  const marks: Mark[] = [];
  text.split(/\r\n|\n|\r/).forEach((line, i) => {
    for (const m of line.matchAll(MARK)) {
      for (const e of m[2].matchAll(ENTRY)) marks.push({ kind: m[1] as Mark['kind'], rule: e[1], arg: e[2]?.trim(), line: i });
    }
  });
  return marks;
}

/** The text without its labels (same lines). */
export function withoutLabels(text: string): string {
  return text.replace(LABEL, '');
}

/** Warnings and errors: what a writer sees as a problem (hints and info are off the scale). */
const visible = (f: Finding) => f.severity === 'warning' || f.severity === 'error';

/** A goal labelled as failing only A or R, which goal-smart reports as hints (off the scale): no warning expected. */
const hintOnly = (m: Mark) => m.rule === 'goal-smart' && !!m.arg && !m.arg.split(/[,\s]+/).some((x) => (SMART as readonly string[]).includes(x));

/** The letters of a goal-smart finding that a reader judges (S, M, T; A and R are hints). */
const lettersOf = (f: Finding) => ((f.data?.missing as string[] | undefined) ?? []).map((m) => LETTER[m]).filter(Boolean);

export interface BatchTallies {
  figures: Figure[];
}

/** Scores every review of the batch folders under `dir`, each folder one batch. */
export function evaluateBatches(dirs: readonly string[], subjectPrefix: string): BatchTallies {
  const rule = perLang((l) => new Map<string, Confusion>([...SCORED].map((r) => [r, new Confusion(l, `${subjectPrefix} ${r}`)])));
  const all = perLang((l) => new Confusion(l, `${subjectPrefix} all review findings`));
  const smartFlagged = perLang((l) => new Agreement(l, `${subjectPrefix} fully SMART goals`, 'passed'));
  const letters = perLang((l) => new Map(SMART.map((x) => [x, new Agreement(l, `${subjectPrefix} SMART ${x}`)])));
  const praise = perLang((l) => new Agreement(l, `${subjectPrefix} praise`, 'recognised'));
  const add = (lang: Lang, ruleId: string, expected: boolean, got: boolean, failure: () => Failure) => {
    rule(lang).get(ruleId)!.add(expected, got, failure);
    all(lang).add(expected, got, failure);
  };

  for (const review of dirs.flatMap((d) => reviewsIn(d).map((r) => ({ ...r, name: `${d.split('/').pop()}/${r.name}` })))) {
    const lines = review.text.split(/\r\n|\n|\r/);
    const show = (line: number) => `${review.name}:${line + 1} ${withoutLabels(lines[line] ?? '').trim().slice(0, 160)}`;
    const text = withoutLabels(review.text);
    const previousText = review.previous && withoutLabels(review.previous);
    const history = previousText ? [parse(previousText, { today: EVAL_TODAY })] : [];
    // Scored under the language the engine reads the review in (its prose's), in which its findings are written.
    const result = lint(text, { today: EVAL_TODAY, history });
    const lang = result.doc.language;
    const findings = result.findings.filter((f) => SCORED.has(f.ruleId) && visible(f));
    const marks = marksOf(review.text);

    // A regression may be labelled by the KPI it is about (`kpi-regression-unexplained(gmv)` among the review-level
    // marks) instead of on the KPI's frontmatter line, where the finding sits: then judged by the KPI each finding names.
    const byKpi = marks.filter((m) => m.rule === 'kpi-regression-unexplained' && m.arg);
    if (byKpi.length) {
      const key = (k: unknown) => String(k ?? '').trim().toLowerCase();
      const wanted = new Set(byKpi.filter((m) => m.kind === 'expect').map((m) => key(m.arg)));
      const flagged = new Map(findings.filter((f) => f.ruleId === 'kpi-regression-unexplained').map((f) => [key(f.data?.kpi), f]));
      for (const id of new Set([...wanted, ...flagged.keys()])) {
        add(lang, 'kpi-regression-unexplained', wanted.has(id), flagged.has(id), () => ({ text: `${review.name}: KPI ${id}`, expected: wanted.has(id) ? `${id} regressed, unexplained` : `${id} explained or not worse`, got: flagged.has(id) ? `"${flagged.get(id)!.message}"` : 'no finding' }));
      }
    }

    // Line rules: a line marked `expect` wants one finding of the rule; any other finding of it is a false alarm.
    for (const ruleId of LINE_RULES.filter((r) => !(r === 'kpi-regression-unexplained' && byKpi.length))) {
      const expected = new Map<number, Mark>();
      for (const m of marks) if (m.rule === ruleId && m.kind === 'expect' && !hintOnly(m)) expected.set(m.line, m);
      const found = new Map<number, Finding[]>();
      for (const f of findings) if (f.ruleId === ruleId) found.set(f.range.start.line, [...(found.get(f.range.start.line) ?? []), f]);
      for (const line of new Set([...expected.keys(), ...found.keys()])) {
        const got = found.get(line) ?? [];
        const want = expected.has(line);
        add(lang, ruleId, want, got.length > 0, () => ({ text: show(line), expected: want ? `${ruleId}${expected.get(line)!.arg ? `(${expected.get(line)!.arg})` : ''}` : `no ${ruleId}`, got: got.length ? got.map((f) => `"${f.message}"`).join(' ') : 'no finding' }));
        for (const extra of got.slice(1)) add(lang, ruleId, false, true, () => ({ text: show(line), expected: 'one finding', got: `"${extra.message}"` }));
      }
    }

    // Goals: letters agree, and fully SMART goals pass.
    for (const m of marks.filter((x) => x.rule === 'goal-smart')) {
      const f = findings.find((x) => x.ruleId === 'goal-smart' && x.range.start.line === m.line);
      const wanted = new Set(m.kind === 'expect' ? (m.arg ?? '').split(/[,\s]+/).filter((x) => (SMART as readonly string[]).includes(x)) : []);
      const got = new Set(f ? lettersOf(f) : []);
      if (m.kind === 'not') smartFlagged(lang).add(!f, () => ({ text: show(m.line), expected: 'fully SMART', got: `"${f!.message}"` }));
      for (const x of SMART) letters(lang).get(x)!.add(wanted.has(x) === got.has(x), () => ({ text: show(m.line), expected: wanted.has(x) ? `${x} fails` : `${x} passes`, got: got.has(x) ? `${x} flagged` : `${x} not flagged` }));
    }

    // Missing sections, by the section each finding names.
    const missing = new Set(marks.filter((m) => m.rule === 'section-missing' && m.kind === 'expect').map((m) => m.arg ?? ''));
    const reported = new Map(findings.filter((f) => f.ruleId === 'section-missing').map((f) => [String(f.data?.section), f]));
    for (const id of new Set([...missing, ...reported.keys()])) {
      add(lang, 'section-missing', missing.has(id), reported.has(id), () => ({ text: `${review.name}: section ${id}`, expected: missing.has(id) ? `${id} missing` : `${id} present`, got: reported.has(id) ? `"${reported.get(id)!.message}"` : 'no finding' }));
    }

    // No positive feedback at all: one judgement per review that is labelled.
    const positive = marks.find((m) => m.rule === 'positive-feedback-missing');
    const pf = findings.find((f) => f.ruleId === 'positive-feedback-missing');
    if (positive || pf) add(lang, 'positive-feedback-missing', positive?.kind === 'expect', Boolean(pf), () => ({ text: review.name, expected: positive?.kind === 'expect' ? 'no praise anywhere' : 'praise present', got: pf ? `"${pf.message}"` : 'no finding' }));

    // Follow-ups: each finding names an old item; it is right when previous.md marks that item's line `expect`.
    if (review.previous) {
      const oldLines = withoutLabels(review.previous).split(/\r\n|\n|\r/);
      const oldMarks = marksOf(review.previous).filter((m) => m.rule === 'follow-up-missing');
      const lineOf = (item: string) => oldLines.findIndex((l) => item && l.includes(item.slice(0, 24)));
      const flagged = new Set(findings.filter((f) => f.ruleId === 'follow-up-missing').map((f) => lineOf(String(f.data?.item ?? ''))));
      const oldShow = (line: number) => `${review.name.replace('current.md', 'previous.md')}:${line + 1} ${(oldLines[line] ?? '').trim().slice(0, 160)}`;
      for (const line of new Set([...oldMarks.filter((m) => m.kind === 'expect').map((m) => m.line), ...flagged])) {
        const want = oldMarks.some((m) => m.line === line && m.kind === 'expect');
        add(lang, 'follow-up-missing', want, flagged.has(line), () => ({ text: oldShow(line), expected: want ? 'not followed up' : 'followed up', got: flagged.has(line) ? 'follow-up-missing' : 'no finding' }));
      }
    }

    // Praise: a sentence marked as praise, alone in a review, is enough to silence positive-feedback-missing.
    lines.forEach((line, i) => {
      if (!PRAISE.test(line)) return;
      const sentence = withoutLabels(line).replace(/^\s*(?:[-*+]|\d+[.)])\s+(?:\[[ xX]\]\s+)?/, '').replace(/^\|\s*|\s*\|\s*$/g, '').trim();
      if (!sentence) return;
      const alone = onlySentenceReview(lang, sentence);
      const silent = !lint(alone.text, { today: EVAL_TODAY, locale: lang }).findings.some((f) => f.ruleId === 'positive-feedback-missing');
      praise(lang).add(silent, () => ({ text: show(i), expected: 'praise', got: 'not recognised' }));
    });
  }

  const figures: Figure[] = [];
  for (const l of ['zh', 'en'] as const) {
    figures.push(...all(l).figures());
    for (const c of rule(l).values()) figures.push(...c.figures());
    figures.push(smartFlagged(l).figure(), ...[...letters(l).values()].map((a) => a.figure()), praise(l).figure());
  }
  return { figures };
}
