import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { CANONICAL_SECTIONS } from '../../../src/core/model';
import { findTimeExpression } from '../../../src/core/language/timeExpressions';
import { parse } from '../../../src/core/parse/parse';
import { builtinTemplates } from '../../../src/core/templates/template';
import { expandSnippet, KNOWN_VARIABLES, parseSnippet, walk } from './snippetSyntax';

// Bundled to dist-test/unit/snippets/: the repository root is three levels up.
const root = join(__dirname, '../../..');
const snippetDir = join(root, 'snippets');
const files = readdirSync(snippetDir).filter((f) => f.endsWith('.code-snippets') || f.endsWith('.json'));

interface Snippet {
  prefix: string | string[];
  body: string | string[];
  description: string;
}

const read = (file: string) => JSON.parse(readFileSync(join(snippetDir, file), 'utf8')) as Record<string, Snippet>;
const bodyOf = (s: Snippet) => (Array.isArray(s.body) ? s.body.join('\n') : s.body);
const prefixesOf = (s: Snippet) => (Array.isArray(s.prefix) ? s.prefix : [s.prefix]);
const variables = { CURRENT_YEAR: '2026', CURRENT_MONTH: '10', CURRENT_DATE: '09', TM_FILENAME_BASE: '李娜' };

test('there are zh and en snippet files', () => {
  assert.ok(files.some((f) => f.includes('.zh.')), files.join());
  assert.ok(files.some((f) => f.includes('.en.')), files.join());
});

for (const file of files) {
  test(`${file}: valid JSON of well-formed snippets with bilingual descriptions`, () => {
    const snippets = read(file);
    assert.ok(Object.keys(snippets).length > 0);
    for (const [name, s] of Object.entries(snippets)) {
      assert.ok(prefixesOf(s).length > 0 && prefixesOf(s).every((p) => typeof p === 'string' && p.trim() === p && p.length > 0), `${name}: prefix`);
      assert.ok(typeof s.description === 'string' && /[\u4e00-\u9fff]/.test(s.description) && /[A-Za-z]{3}/.test(s.description), `${name}: description must be in English and Chinese`);
      const nodes = parseSnippet(bodyOf(s));
      const stops = new Map<number, string>();
      for (const n of walk(nodes)) {
        if (n.kind === 'variable') assert.ok(KNOWN_VARIABLES.has(n.name), `${name}: unknown variable $${n.name}`);
        if (n.kind === 'choice') assert.ok(n.options.length >= 2 && n.options.every((o) => o.length > 0), `${name}: choice $${n.index} needs two non-empty options`);
        if (n.kind === 'choice' || (n.kind === 'tabstop' && n.children.length)) {
          const shape = n.kind === 'choice' ? `choice:${n.options.join('|')}` : 'placeholder';
          assert.ok(!stops.has(n.index) || stops.get(n.index) === shape || n.index === 0, `${name}: $${n.index} defined twice differently`);
          stops.set(n.index, shape);
        }
      }
      // Tab stops run 1..n without gaps, so Tab never skips a field.
      const numbers = [...new Set([...walk(nodes)].flatMap((n) => (n.kind === 'tabstop' || n.kind === 'choice') && n.index > 0 ? [n.index] : []))].sort((a, b) => a - b);
      assert.deepEqual(numbers, numbers.map((_, k) => k + 1), `${name}: tab stops ${numbers.join(',')}`);
    }
  });
}

test('prefixes are unique across all snippet files', () => {
  const seen = new Map<string, string>();
  for (const file of files)
    for (const [name, s] of Object.entries(read(file)))
      for (const p of prefixesOf(s)) {
        assert.ok(!seen.has(p), `prefix ${p} used by ${seen.get(p)} and ${name}`);
        seen.set(p, name);
      }
});

const fullReviews = files.flatMap((file) => Object.entries(read(file)).filter(([, s]) => prefixesOf(s).some((p) => p.startsWith('review-'))).map(([name, s]) => ({ file, name, s })));

test('there is a full-review snippet per built-in template', () => {
  const expanded = fullReviews.map(({ s }) => parse(expandSnippet(bodyOf(s), variables)).template.id).sort();
  assert.deepEqual(expanded, builtinTemplates().map((t) => t.id).sort());
});

for (const { file, name, s } of fullReviews) {
  test(`${file} “${name}”: filled with its defaults it parses into the six canonical sections`, () => {
    const doc = parse(expandSnippet(bodyOf(s), variables));
    assert.deepEqual(doc.sections.map((x) => x.id), [...CANONICAL_SECTIONS]);
    assert.equal(doc.meta.status, 'draft');
    assert.equal(doc.meta.cycle, '2026-Q4', 'October is in Q4');
    assert.equal(doc.meta.employee, '李娜', 'the person is the file name (reviews/{cycle}/{employee}.md)');
    // An untitled file names no one: the employee stays a placeholder (VS Code says Untitled-1, or 无标题-1 in Chinese).
    for (const untitled of ['Untitled-1', '无标题-12']) {
      assert.match(parse(expandSnippet(bodyOf(s), { ...variables, TM_FILENAME_BASE: untitled })).meta.employee ?? '', /^(【待填写：员工姓名】|\[TODO: employee\])$/);
    }
    // Left as written, the reviewer is a placeholder string (an unquoted [TODO: …] would be a YAML list).
    assert.match(String(doc.meta.reviewer), /^(【待填写：.+】|\[TODO: reviewer\])$/);
    assert.equal(doc.meta.date, '2026-10-09');
    // Every month lands in its quarter (the snippet computes it from CURRENT_MONTH).
    const quarters = ['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12'].map((m) => parse(expandSnippet(bodyOf(s), { ...variables, CURRENT_MONTH: m })).meta.cycle);
    assert.deepEqual(quarters, ['Q1', 'Q1', 'Q1', 'Q2', 'Q2', 'Q2', 'Q3', 'Q3', 'Q3', 'Q4', 'Q4', 'Q4'].map((q) => `2026-${q}`));
    assert.deepEqual(doc.frontmatter?.syntaxErrors, []);
    assert.deepEqual(doc.kpis.map((k) => k.id), (doc.template.review.kpis as { id: string }[]).map((k) => k.id));
    assert.equal(doc.actions.length, 1, 'one action item stub');
    assert.equal(doc.goals.length, 1, 'one goal stub in the outlook section');
    // The prompts are the template's own, so the placeholder rule recognises any left behind.
    for (const section of doc.template.sections) {
      const prompt = section.scaffold.split(/\r?\n\r?\n/)[0].trim();
      assert.ok(doc.text.includes(prompt), `${section.id}: template prompt missing or out of date: ${prompt}`);
    }
  });
}

test('every section snippet heading resolves to its canonical section', () => {
  const sectionSnippets = files.flatMap((file) => Object.values(read(file)).filter((s) => prefixesOf(s).some((p) => p.startsWith('section-'))));
  const ids = sectionSnippets.map((s) => {
    const doc = parse(expandSnippet(bodyOf(s), variables));
    assert.equal(doc.sections.length, 1);
    return doc.sections[0].id;
  });
  for (const lang of ['zh', 'en'])
    assert.equal(sectionSnippets.filter((s) => prefixesOf(s)[0].startsWith(`section-${lang}-`)).length, CANONICAL_SECTIONS.length, lang);
  assert.deepEqual(new Set(ids), new Set(CANONICAL_SECTIONS));
});

test('action and follow-up snippets carry an owner and a due date', () => {
  for (const file of files) {
    for (const [name, s] of Object.entries(read(file))) {
      const prefix = prefixesOf(s)[0];
      if (!/^(action|followup)-/.test(prefix)) continue;
      const doc = parse(expandSnippet(bodyOf(s), variables));
      assert.equal(doc.actions.length, 1, name);
      assert.ok(doc.actions[0].owner, `${name}: owner`);
      assert.doesNotMatch(expandSnippet(bodyOf(s), { ...variables, TM_FILENAME_BASE: 'Untitled-1' }), /Untitled/, `${name}: no owner named after an untitled file`);
      assert.equal(doc.actions[0].due?.date, '2026-12-31', `${name}: due date`);
    }
  }
});

test('goal snippets, under an outlook heading, read as goals with a deadline', () => {
  for (const file of files) {
    for (const [name, s] of Object.entries(read(file))) {
      if (!prefixesOf(s)[0].startsWith('goal-')) continue;
      const doc = parse(`## Summary and outlook\n\n${expandSnippet(bodyOf(s), variables)}\n`);
      assert.equal(doc.goals.length, 1, name);
      assert.equal(findTimeExpression(doc.goals[0].block.text)?.date, '2026-12-31', name);
    }
  }
});

test('KPI snippets, typed into the kpis: list, read as a KPI with target, actual and sessions', () => {
  for (const file of files.filter((f) => f.startsWith('mdreview.'))) {
    const snippets = Object.values(read(file));
    const kpi = snippets.find((s) => prefixesOf(s)[0].startsWith('kpi-') && !prefixesOf(s)[0].startsWith('kpi-session-'));
    const session = snippets.find((s) => prefixesOf(s)[0].startsWith('kpi-session-'));
    assert.ok(kpi && session, file);
    const yaml = `${expandSnippet(bodyOf(kpi), variables)}\n${expandSnippet(bodyOf(session), variables)}`;
    const doc = parse(`---\nemployee: A\nreviewer: B\ncycle: 2026-Q3\nkpis:\n${yaml}\n---\n`);
    assert.deepEqual(doc.frontmatter?.syntaxErrors, [], yaml);
    assert.equal(doc.kpis.length, 1, yaml);
    const [k] = doc.kpis;
    assert.ok(k.name && k.id && k.unit && k.target && k.actual, yaml);
    assert.equal(k.better, 'higher');
    assert.equal(k.sessions.length, 2);
    assert.ok(k.sessions.every((s) => s.label && s.value), yaml);
  }
});

test('package.json contributes the static snippet files for markdown (the line snippets are the completion provider\'s)', () => {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { contributes?: { snippets?: { language: string; path: string }[] } };
  const contributed = (pkg.contributes?.snippets ?? []).filter((c) => c.language === 'markdown').map((c) => c.path.replace(/^\.\//, ''));
  assert.deepEqual(contributed.sort(), files.filter((f) => !f.startsWith('lines.')).map((f) => `snippets/${f}`).sort());
});

test('the reader rejects malformed bodies', () => {
  for (const bad of ['${1:unclosed', '${1|a,b}', 'cost $ 5', '${1x}', '${NAME/a/b', '${NAME/(/b/}']) assert.throws(() => parseSnippet(bad), bad);
  assert.equal(expandSnippet('a ${1:x ${2|p,q|}} $1 \\$ ${CURRENT_YEAR}', { CURRENT_YEAR: '2026' }), 'a x p x p $ 2026');
  assert.equal(expandSnippet('${M/(1)|(2)/${1:+one}${2:+two}/} ${M/(\\d)/<$1>/g}', { M: '2' }), 'two <2>');
});
