import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { parseConfig } from '../../../src/core/config/config';
import { lint } from '../../../src/core/lint/lint';
import type { Finding } from '../../../src/core/lint/types';
import { CANONICAL_SECTIONS } from '../../../src/core/model';
import { parse, type ParsedReview } from '../../../src/core/parse/parse';
import { RULES } from '../../../src/core/rules/registry';
import { builtinTemplates, TemplateRegistry } from '../../../src/core/templates/template';

// Bundled to dist-test/unit/examples/: the repository root is three levels up.
const examples = join(__dirname, '../../../examples');
const read = (path: string) => readFileSync(join(examples, path), 'utf8');

const templateDir = '.mdreview/templates';
const templates = new TemplateRegistry(readdirSync(join(examples, templateDir)).map((f) => ({ path: `${templateDir}/${f}`, text: read(`${templateDir}/${f}`) })));
const { config, errors: configErrors } = parseConfig(read('.mdreviewrc.yaml'), '.mdreviewrc.yaml');

// reviews/{cycle}/{employee}.md, oldest cycle first so each review is linted with its history.
const files = readdirSync(join(examples, 'reviews'), { recursive: true })
  .map(String)
  .filter((f) => f.endsWith('.md'))
  .map((f) => `reviews/${f.replace(/\\/g, '/')}`)
  .sort();

interface Linted {
  path: string;
  doc: ParsedReview;
  findings: Finding[];
}

const lintedByLocale = new Map<string, Linted[]>();

/** Every review linted with its person's earlier reviews as history; computed once per locale. */
function lintAll(locale: 'zh' | 'en'): Linted[] {
  const cached = lintedByLocale.get(locale);
  if (cached) return cached;
  const done: Linted[] = [];
  for (const path of files) {
    const text = read(path);
    const person = parse(text, { templates }).meta.employee;
    const history = done.filter((d) => d.doc.meta.employee === person).map((d) => d.doc).reverse();
    const { doc, findings } = lint(text, { templates, config, locale, history, today: new Date(2026, 9, 15) });
    done.push({ path, doc, findings });
  }
  lintedByLocale.set(locale, done);
  return done;
}

const show = (findings: Finding[]) => findings.map((f) => `${f.range.start.line + 1}: ${f.ruleId} ${f.message}`).join('\n');

test('the config and the team template load without errors', () => {
  assert.deepEqual(configErrors, []);
  assert.equal(config.defaultTemplate, 'livestream-ops');
  assert.deepEqual(templates.errors, []);
  const team = templates.get('livestream-ops')!;
  const builtin = builtinTemplates().find((t) => t.id === 'livestream-ops')!;
  assert.notEqual(team.source, 'builtin', 'the workspace template overrides the built-in one');
  assert.deepEqual(team.sections.filter((s) => s.required).map((s) => s.id), builtin.sections.map((s) => s.id));
  assert.deepEqual(team.sections.filter((s) => !s.required).map((s) => s.id), ['compliance']);
});

// For the team overview of 2026-Q3: 王磊 was reviewed in Q2 but not yet in Q3, 陈静 joined in Q3.
const CYCLES_OF: Record<string, string[]> = { 王磊: ['2026-Q2'], 陈静: ['2026-Q3'] };

test('reviews sit at reviews/{cycle}/{employee}.md: five people, two cycles, Chinese and English', () => {
  const docs = files.map((path) => ({ path, doc: parse(read(path), { templates }) }));
  for (const { path, doc } of docs) assert.equal(path, `reviews/${doc.meta.cycle}/${doc.meta.employee}.md`);
  const people = new Set(docs.map((d) => d.doc.meta.employee!));
  assert.ok(people.size >= 5, [...people].join());
  for (const person of people) assert.deepEqual(docs.filter((d) => d.doc.meta.employee === person).map((d) => d.doc.meta.cycle), CYCLES_OF[person] ?? ['2026-Q2', '2026-Q3'], person);
  assert.deepEqual(new Set(docs.map((d) => d.doc.template.language)), new Set(['zh', 'en']));
  for (const { path, doc } of docs) {
    assert.ok(doc.kpis.length >= 4, `${path}: KPIs`);
    assert.ok(doc.kpis.every((k) => k.target && k.actual), `${path}: every KPI has target and actual`);
  }
  assert.ok(docs.some((d) => d.doc.kpis.some((k) => k.better === 'lower')), 'a better: lower KPI');
  assert.ok(docs.some((d) => d.doc.kpis.some((k) => k.sessions.length > 0 && k.sessions.every((s) => s.value))), 'per-session KPI data');
});

for (const locale of ['zh', 'en'] as const) {
  test(`final reviews are clean (${locale} messages)`, () => {
    const finals = lintAll(locale).filter((l) => l.doc.meta.status === 'final');
    assert.ok(finals.length >= 4);
    for (const { path, findings } of finals) {
      const real = findings.filter((f) => f.severity !== 'hint');
      assert.equal(real.length, 0, `${path}:\n${show(real)}`);
    }
  });
}

test('a final Q3 review follows up Q2: some action items closed, one still open', () => {
  const followUp = lintAll('en').find((l) => l.doc.meta.status === 'final' && l.doc.meta.cycle === '2026-Q3' && l.doc.actions.some((a) => a.done));
  assert.ok(followUp, 'a clean Q3 review with closed action items');
  assert.ok(followUp.doc.actions.some((a) => !a.done && a.owner && a.due), 'an open, carried-over action item with owner and due date');
});

/**
 * What examples/README.md promises, from its table: file → the rule ids named in backticks in its
 * row (none for a clean review).
 */
function promisedInReadme(): Map<string, string[]> {
  const ruleIds = new Set(RULES.map((r) => r.id));
  const rows = read('README.md').split('\n').filter((l) => /^\| `\d{4}-[^`]+\.md` \|/.test(l));
  return new Map(rows.map((row) => {
    const [, file, what] = row.match(/^\| `([^`]+)` \|[^|]*\|(.*)\|$/)!;
    return [`reviews/${file}`, [...what.matchAll(/`([^`]+)`/g)].map((m) => m[1]).filter((id) => ruleIds.has(id)).sort()];
  }));
}

for (const locale of ['zh', 'en'] as const) {
  test(`each review shows exactly the findings examples/README.md promises (${locale} messages)`, () => {
    const promised = promisedInReadme();
    assert.deepEqual([...promised.keys()].sort(), [...files].sort(), 'the README table lists every review');
    const drafts = lintAll(locale).filter((l) => l.doc.meta.status === 'draft');
    assert.ok(drafts.length >= 2);
    for (const { path, findings } of lintAll(locale)) {
      const shown = [...new Set(findings.filter((f) => f.severity !== 'hint').map((f) => f.ruleId))].sort();
      assert.deepEqual(shown, promised.get(path), `${path}: the README promises ${promised.get(path)!.join(', ') || 'no finding'}; it shows:\n${show(findings)}`);
      const placeholder = findings.find((f) => f.ruleId === 'placeholder');
      if (placeholder) assert.equal(placeholder.severity, 'error', '.mdreviewrc.yaml raises placeholder to error');
      if (locale === 'zh') assert.ok(findings.every((f) => /[\u4e00-\u9fff]/.test(f.message)), 'Chinese messages');
    }
  });
}

test('examples/README.md is not a review', () => {
  const doc = parse(read('README.md'));
  assert.equal(doc.frontmatter, undefined);
  assert.equal(doc.meta.employee, undefined);
  assert.equal(doc.meta.cycle, undefined);
});

test('every review holds the six canonical sections except the draft that demonstrates section-missing', () => {
  for (const path of files) {
    const ids = new Set(parse(read(path), { templates }).sections.map((s) => s.id));
    const missing = CANONICAL_SECTIONS.filter((id) => !ids.has(id));
    assert.deepEqual(missing, path === 'reviews/2026-Q3/Alex Chen.md' ? ['growth'] : [], path);
  }
});
