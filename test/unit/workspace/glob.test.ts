// Config globs: picomatch's meaning (dot: true) for what configs write, in time polynomial in pattern and path.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import picomatch from 'picomatch';
import { compileGlobs, MAX_BRACE_EXPANSION } from '../../../src/core/workspace/glob';

const match = (glob: string, path: string) => compileGlobs([glob]).match(path);

test('globs match as picomatch does: stars, globstars, classes, braces, ranges, escapes, negation', () => {
  const cases: [string, string, boolean][] = [
    ['reviews/**/*.md', 'reviews/2026-Q3/李娜.md', true],
    ['reviews/**/*.md', 'reviews/a.md', true],
    ['reviews/**/*.md', 'other/a.md', false],
    ['*.md', 'a/b.md', false],
    ['**', '.hidden/x.md', true],
    ['archive/**', 'archive/2025/q1.md', true],
    ['**/草稿*.md', '团队/草稿-李娜.md', true],
    ['r?.md', 'r1.md', true],
    ['r?.md', 'r12.md', false],
    ['[ab]*.md', 'b-x.md', true],
    ['[^ab]*.md', 'b-x.md', false],
    ['{2026-Q3,2026-Q4}/*.md', '2026-Q4/x.md', true],
    ['Q{1..4}/*.md', 'Q3/x.md', true],
    ['Q{1..4}/*.md', 'Q5/x.md', false],
    ['\\*.md', '*.md', true],
    ['\\*.md', 'a.md', false],
    ['!drafts/**', 'final/a.md', true],
    ['!drafts/**', 'drafts/a.md', false],
  ];
  for (const [glob, path, want] of cases) {
    assert.equal(match(glob, path), want, `${glob} ~ ${path}`);
    assert.equal(picomatch(glob, { dot: true })(path), want, `picomatch agrees: ${glob} ~ ${path}`);
  }
});

test('random globs and paths: the same answer as picomatch', () => {
  // Segments of atoms, `**` only as a whole segment: picomatch has quirks beyond that (`**.md` crosses folders,
  // `1.{1..3}` leaves the dot unescaped, `*/**` does not match the folder itself though `a/**` does).
  const atom = fc.constantFrom('a', 'b', '*', '?', '[ab]', '[^a]', '{a,b}', 'x', '.md', '-', '{1..3}', '1');
  const segment = fc.oneof(fc.constant('**'), fc.array(atom, { minLength: 1, maxLength: 4 }).map((a) => a.join('')));
  const glob = fc.array(segment, { minLength: 1, maxLength: 3 }).map((s) => s.join('/')).filter((g) => !/\*[^/]*\/\*\*$|\*\*[^/]|[^/]\*\*/.test(g));
  const path = fc.array(fc.constantFrom('a', 'b', '.', '/', 'x', '1', '2', 'm', 'd', '.md'), { minLength: 1, maxLength: 8 }).map((a) => a.join(''))
    // Empty segments and `.`/`..` segments are no relative path a folder walk yields.
    .filter((p) => !/\/\/|^\/|\/$|(^|\/)\.\.?(\/|$)/.test(p));
  fc.assert(fc.property(glob, path, (g, p) => match(g, p) === picomatch(g, { dot: true })(p)), { numRuns: 20_000 });
});

test('patterns that make a backtracking matcher exponential are matched at once', () => {
  const cases = [
    [`**/${'*a'.repeat(24)}*b.md`, `x/${'a'.repeat(40)}.md`],
    [`**/${'*a'.repeat(400)}*b.md`, `${'x/'.repeat(100)}${'a'.repeat(255)}.md`],
    ['**/a/**/a/**/a/**/a/**/a/**/a/**/a/**/b', `${'a/'.repeat(200)}c`],
  ];
  for (const [glob, path] of cases) {
    const start = performance.now();
    assert.equal(match(glob, path), false);
    assert.ok(performance.now() - start < 2000, `${glob.slice(0, 30)}… took ${performance.now() - start} ms`);
  }
});

test('globs that cannot be used safely are errors naming the glob, in both languages, and match nothing', () => {
  const { match: m, errors } = compileGlobs(['{a,b}'.repeat(9), '+(a|b).md', '[z-a]', 'ok/*.md']);
  assert.equal(errors.length, 3);
  assert.match(errors[0].en, new RegExp(`expand to more than ${MAX_BRACE_EXPANSION} patterns`));
  assert.match(errors[1].zh, /不支持 \+\(a\|b\) 这类扩展通配符/);
  assert.match(errors[2].en, /character class \[z-a\] is not valid/);
  assert.ok(m('ok/x.md'));
  assert.ok(!m('a.md'));
});
