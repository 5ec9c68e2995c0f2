// The hardening classes of issue 26 as seeded fuzz cases, so that a change that reopens one fails: config globs
// against long names (linear matching, right answers), the cache's temporary files (planted links and files at
// every predictable name), control characters reaching every output, CR-only / CRLF / mixed line ends in a folder
// walk, and config typos. `npm run fuzz` runs many cases of each (scripts/fuzz.mjs), the unit tests a few
// (test/unit/hardening/classes.test.ts), `npm run bench` a fixed slice (scripts/bench/hardening.mjs).
//
// Cases are plain data drawn from one seeded stream per class (`hardeningCases`); `runCase` checks one and returns
// what failed. The CLI runs in-process through `tools.main` (the bin's `main(argv, context)`), and as a fresh
// process of `tools.cliPath` where only a process shows it: a planted FIFO (a hang is a timeout, not a stuck
// thread), names made of the process's own pid, output that bypasses the command's streams.
import { spawnSync } from 'node:child_process';
import { linkSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Writable } from 'node:stream';
import { generateReview, prng } from '../bench/generate.mjs';

export const HARDENING_CLASSES = ['globs', 'cache', 'controls', 'line-ends', 'config-typos'];

/** Cases per class of a default `npm run fuzz` (a few minutes on 2 cores). */
export const DEFAULT_COUNTS = { 'globs': 10_000, 'cache': 400, 'controls': 300, 'line-ends': 600, 'config-typos': 1500 };

/** Time limits: far above what the fixed code takes on a loaded 2-core machine, far below a backtracking or hung run. */
export const LIMITS = { globMs: 1000, runMs: 20_000 };

const pick = (rand, xs) => xs[Math.floor(rand() * xs.length)];
const int = (rand, lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));

/** The seed of one class's stream: the run's seed mixed with the class name (FNV-1a). */
function classSeed(seed, name) {
  let h = (seed ^ 0x811c9dc5) >>> 0;
  for (const c of name) h = Math.imul(h ^ c.charCodeAt(0), 16777619) >>> 0;
  return h;
}

/**
 * The `count` cases of class `name` for `seed`: first the class's sentinels (fixed cases, each a reproduction of a
 * hole the class once had), then seeded ones. The same cases whatever part of the stream a worker runs.
 */
export function* hardeningCases(name, seed, count) {
  const make = GENERATORS[name];
  if (!make) throw new Error(`unknown hardening class "${name}" (${HARDENING_CLASSES.join(', ')})`);
  const sentinels = SENTINELS[name]();
  const rand = prng(classSeed(seed, name));
  for (let i = 0; i < count; i++) yield i < sentinels.length ? sentinels[i] : make(rand, i);
}

/**
 * Checks one case. `tools`: `main` (the CLI's main), `cliPath` (a bundle of the CLI to spawn), `compileGlobs`,
 * `schema` (schemas/mdreviewrc.schema.json, parsed), `captureProcessOutput` (also catch writes to the process's own
 * stdout/stderr during in-process runs: not under a test runner that talks over stdout). Resolves to the failures
 * (empty when the case holds) and counters for the run's summary.
 */
export async function runCase(name, testCase, tools) {
  const failures = [];
  const counters = {};
  const warnings = [];
  const onWarning = (w) => warnings.push(w.message);
  const scratch = mkdtempSync(join(tmpdir(), `mdreview-fuzz-${name}-`));
  process.on('warning', onWarning);
  try {
    const count = (k, n = 1) => (counters[k] = (counters[k] ?? 0) + n);
    const peak = (k, v) => (counters[`max ${k}`] = Math.max(counters[`max ${k}`] ?? 0, v));
    await CHECKS[name](testCase, { ...tools, scratch, fail: (m) => failures.push(m), count, peak });
  } catch (e) {
    failures.push(`threw: ${String(e?.stack ?? e).slice(0, 500)}`);
  } finally {
    process.off('warning', onWarning);
  }
  // A library's warning is output nobody asked for (issue 26.8: "Keys with collection values will be stringified").
  for (const w of warnings) failures.push(`a process warning was emitted: ${w.slice(0, 200)}`);
  // A failed case's files stay for a look; a passed one's go.
  if (failures.length === 0) rmSync(scratch, { recursive: true, force: true });
  else failures.push(`files kept in ${scratch}`);
  return { failures, counters };
}

// ---------------------------------------------------------------------------------------------------------------
// Running the CLI

const BASE_ENV = () => ({ PATH: process.env.PATH, HOME: process.env.HOME, LANG: 'en_US.UTF-8' });

/** `mdreview <args>` in-process in `cwd`: exit code and what it wrote (with anything that bypassed its streams when asked). */
async function inProcess(tools, args, cwd) {
  const out = [];
  const err = [];
  const sink = (into) => Object.assign(new Writable({ decodeStrings: false, write(chunk, _encoding, done) { into.push(String(chunk)); done(); } }), { isTTY: false });
  const leaked = [];
  const restore = tools.captureProcessOutput ? captureProcess(leaked) : () => undefined;
  const start = performance.now();
  try {
    const status = await tools.main(args, { cwd, locale: 'en', stdout: sink(out), stderr: sink(err), env: BASE_ENV() });
    return { status, stdout: out.join(''), stderr: err.join('') + leaked.join(''), ms: performance.now() - start };
  } finally {
    restore();
  }
}

function captureProcess(into) {
  const writes = [process.stdout.write, process.stderr.write];
  const capture = (chunk, ...rest) => {
    into.push(String(chunk));
    rest.find((r) => typeof r === 'function')?.();
    return true;
  };
  process.stdout.write = capture;
  process.stderr.write = capture;
  return () => {
    [process.stdout.write, process.stderr.write] = writes;
  };
}

/** `mdreview <args>` as a fresh process (after a shell `prelude` that may use `$$`, the CLI's own pid), with a timeout. */
function spawned(tools, args, cwd, prelude) {
  const start = performance.now();
  const [command, argv] = prelude ? ['sh', ['-c', `${prelude}\nexec "$0" "$@"`, process.execPath, tools.cliPath, ...args]] : [process.execPath, [tools.cliPath, ...args]];
  const r = spawnSync(command, argv, { cwd, env: BASE_ENV(), encoding: 'utf8', timeout: LIMITS.runMs, maxBuffer: 1 << 26 });
  return { status: r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? '', timedOut: r.error?.code === 'ETIMEDOUT' || r.signal !== null, ms: performance.now() - start };
}

/** A fresh folder under the case's scratch folder with `files` written (folders made). */
function tree(scratch, files, name = 'ws') {
  const root = join(scratch, name);
  mkdirSync(root, { recursive: true });
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

const parseJson = (s) => {
  try {
    return { ok: true, value: JSON.parse(s) };
  } catch (e) {
    return { ok: false, error: e.message };
  }
};

/** A stack trace in the output: the CLI crashed instead of reporting. */
const CRASH = /\n\s+at .+\(.*:\d+:\d+\)/;

const show = (s, n = 120) => JSON.stringify(s.length > n ? `${s.slice(0, n)}…` : s);

/** Review text the classes build on: complete and clean, English and Chinese. */
const CLEAN = {
  en: (employee = 'Alex Chen', cycle = '2026-Q3') => `---
employee: ${employee}
reviewer: Maria Lopez
cycle: ${cycle}
status: draft
date: 2026-10-12
template: general
kpis:
  - { name: Revenue, id: gmv, unit: USD, target: $1.4M, actual: $1.45M }
---

# Alex Chen · ${cycle} performance review

## 1. Goal attainment

Alex ran 39 livestreams this quarter. Revenue reached $1.45M against a $1.4M target, led by the back-to-school streams.

## 2. Data analysis

- Revenue by month: $0.41M in July, $0.47M in August, $0.57M in September.

## 3. Teamwork

Alex agreed every coupon with the merchandising team a day ahead, and the September stock-out was fixed in five minutes.

## 4. Personal growth

Alex finished the platform analytics course and now builds the post-stream dashboard alone.

## 5. Improvements

- [ ] Write a checklist for live unboxing segments Owner: @alex Due: 2026-11-30

## 6. Summary and outlook

- Raise revenue from $1.45M to $1.6M by 2026-12-31 with a weekly stream series.
`,
};

// ---------------------------------------------------------------------------------------------------------------
// (1) Config globs: stars, braces, extglobs, classes, globstars against long names. Every pattern is built from
// tokens, so the expected answer comes from a separate matcher here (dynamic programming over the tokens, braces
// expanded beforehand); expected refusals (an extglob, more than 256 expansions, over 1,000 or 4,096 characters)
// follow the documented limits. Every compile and match must finish within LIMITS.globMs. One case in 25 also runs
// `mdreview lint .` on a tree with the glob as `files`, `ignore` or a .gitignore line and the path as a file.

const MAX_BRACE_EXPANSION = 256;
const MAX_GLOB_LENGTH = 1000;
const MAX_EXPANDED_LENGTH = 4096;
const GLOB_SPECIALS = new Set(['*', '?', '[', ']', '{', '}', '!', '\\', ',', '(', ')', '|', '+', '@']);

function renderTokens(tokens) {
  return tokens.map((t) => {
    switch (t.t) {
      case 'star': return '*';
      case 'any': return '?';
      case 'lit': return GLOB_SPECIALS.has(t.c) ? `\\${t.c}` : t.c;
      case 'set': return `[${t.neg ? '!' : ''}${t.chars.join('')}]`;
      case 'brace': return `{${t.alts.map(renderTokens).join(',')}}`;
      case 'range': return `{${t.from}..${t.to}}`;
      case 'ext': return t.text;
      default: throw new Error(t.t);
    }
  }).join('');
}

const renderGlob = (g) => `${g.negated ? '!' : ''}${g.segments.map((s) => (s === '**' ? '**' : renderTokens(s))).join('/')}`;

/** How many patterns the braces of `segments` stand for. */
function expansionCount(segments) {
  let n = 1;
  for (const s of segments) if (s !== '**') for (const t of s) n *= t.t === 'brace' ? t.alts.length : t.t === 'range' ? Math.abs(t.to - t.from) + 1 : 1;
  return n;
}

/** Every flat token list the braces of one segment stand for. */
function expandSegment(tokens) {
  let out = [[]];
  for (const t of tokens) {
    const choices = t.t === 'brace' ? t.alts : t.t === 'range' ? rangeMembers(t).map((m) => Array.from(m, (c) => ({ t: 'lit', c }))) : [[t]];
    out = out.flatMap((head) => choices.map((c) => [...head, ...c]));
  }
  return out;
}

const rangeMembers = ({ from, to }) => Array.from({ length: Math.abs(to - from) + 1 }, (_, i) => String(from + (from <= to ? i : -i)));

/** Every pattern (as segments of flat tokens) the braces of the glob stand for. */
function expandGlob(segments) {
  let out = [[]];
  for (const s of segments) {
    const choices = s === '**' ? ['**'] : expandSegment(s);
    out = out.flatMap((head) => choices.map((c) => [...head, c]));
  }
  return out;
}

const fitsToken = (t, c) => (t.t === 'lit' ? t.c === c : t.t === 'any' ? true : t.t === 'set' ? t.chars.includes(c) !== t.neg : false);

/** Whether one name (code points) matches flat tokens: dynamic programming, O(tokens × name). */
function segmentMatches(tokens, name) {
  let row = new Uint8Array(name.length + 1);
  row[0] = 1;
  for (const t of tokens) {
    const next = new Uint8Array(name.length + 1);
    if (t.t === 'star') {
      let seen = 0;
      for (let j = 0; j <= name.length; j++) next[j] = seen ||= row[j];
    } else for (let j = 1; j <= name.length; j++) next[j] = row[j - 1] && fitsToken(t, name[j - 1]) ? 1 : 0;
    row = next;
  }
  return row[name.length] === 1;
}

/** Whether path segments match pattern segments (`**` any number of whole segments). */
function pathMatches(pattern, path) {
  const memo = new Map();
  const at = (i, j) => {
    const key = i * 100_000 + j;
    if (memo.has(key)) return memo.get(key);
    let r;
    if (i === pattern.length) r = j === path.length;
    else if (pattern[i] === '**') r = at(i + 1, j) || (j < path.length && at(i, j + 1));
    else r = j < path.length && segmentMatches(pattern[i], path[j]) && at(i + 1, j + 1);
    memo.set(key, r);
    return r;
  };
  return at(0, 0);
}

/** The expected answer for a glob: refused (with why), or its matcher. */
function expectedGlob(glob) {
  const text = renderGlob(glob);
  if (glob.ext) return { refused: 'extglob', text };
  if (text.length > MAX_GLOB_LENGTH) return { refused: 'length', text };
  if (expansionCount(glob.segments) > MAX_BRACE_EXPANSION) return { refused: 'braces', text };
  const patterns = expandGlob(glob.segments);
  const body = (p) => p.map((s) => (s === '**' ? '**' : renderTokens(s))).join('/');
  if (patterns.reduce((n, p) => n + body(p).length, 0) > MAX_EXPANDED_LENGTH) return { refused: 'expanded length', text };
  const match = (path) => {
    const segments = path.split('/').map((s) => Array.from(s));
    return patterns.some((p) => pathMatches(p, segments)) !== glob.negated;
  };
  return { text, match };
}

const LETTERS = ['a', 'a', 'a', 'a', 'b', 'x'];

function randomToken(rand) {
  const r = rand();
  if (r < 0.5) return { t: 'lit', c: pick(rand, LETTERS) };
  if (r < 0.65) return { t: 'any' };
  if (r < 0.8) return { t: 'set', chars: pick(rand, [['a'], ['a', 'b'], ['b', 'x']]), neg: rand() < 0.3 };
  if (r < 0.9) return { t: 'lit', c: pick(rand, ['*', '?', '[', '{', '}', '!', '.', '-', '中', '😀']) };
  return { t: 'lit', c: 'a' };
}

/** A segment's tokens, never two stars in a row (a segment of exactly `**` would be a globstar). */
function randomSegment(rand) {
  const shape = rand();
  const tokens = [];
  if (shape < 0.4) {
    // The attack of issue 26.1: many `*a` (or `*` + another token), then a tail that the name may lack.
    const k = Math.floor(rand() ** 2 * 80) + 1;
    const unit = pick(rand, [[{ t: 'lit', c: 'a' }], [{ t: 'lit', c: 'a' }], [{ t: 'any' }], [{ t: 'set', chars: ['a'], neg: false }], [{ t: 'lit', c: 'a' }, { t: 'lit', c: 'b' }]]);
    for (let i = 0; i < k; i++) tokens.push({ t: 'star' }, ...unit);
    tokens.push(...pick(rand, [[{ t: 'star' }, ...'b.md'.split('').map((c) => ({ t: 'lit', c }))], '.md'.split('').map((c) => ({ t: 'lit', c })), [{ t: 'star' }], []]));
  } else if (shape < 0.55) {
    const k = int(rand, 1, 60);
    for (let i = 0; i < k; i++) tokens.push({ t: 'any' });
    if (rand() < 0.7) tokens.push({ t: 'star' });
  } else {
    const k = int(rand, 1, 12);
    for (let i = 0; i < k; i++) {
      if (tokens.at(-1)?.t !== 'star' && rand() < 0.3) tokens.push({ t: 'star' });
      else tokens.push(randomToken(rand));
    }
  }
  // Braces: groups of star-free alternatives (or a numeric range) in place of a token that is no star.
  if (rand() < 0.35) {
    const groups = 1 + Math.floor(rand() ** 3 * 9);
    for (let g = 0; g < groups; g++) {
      const at = int(rand, 0, tokens.length);
      const group = rand() < 0.2
        ? { t: 'range', from: int(rand, 0, 20), to: int(rand, 0, 300) }
        : { t: 'brace', alts: Array.from({ length: int(rand, 2, 3) }, () => Array.from({ length: int(rand, 1, 3) }, () => randomToken(rand))) };
      tokens.splice(at, 0, group);
    }
  }
  return tokens.length ? tokens : [{ t: 'lit', c: 'a' }];
}

function randomGlob(rand) {
  const segments = [];
  if (rand() < 0.6) segments.push('**');
  const n = int(rand, 1, rand() < 0.1 ? 12 : 3);
  for (let i = 0; i < n; i++) {
    if (i > 0 && segments.at(-1) !== '**' && rand() < 0.3) segments.push('**');
    segments.push(rand() < 0.15 && i < n - 1 ? [{ t: 'lit', c: 'a' }] : randomSegment(rand));
  }
  const glob = { segments, negated: rand() < 0.1, ext: false };
  if (rand() < 0.08) {
    // An extended glob somewhere: refused, whatever else the pattern holds.
    const s = segments.findLastIndex((x) => x !== '**');
    segments[s] = [...segments[s], { t: 'ext', text: pick(rand, ['+(a|b)', '*(a|aa)', '@(x)', '!(a)', '?(a|b)', `+(${'a|'.repeat(20)}b)`]) }];
    glob.ext = true;
  }
  return glob;
}

/** A name for one token: a long run for a star, a member for a set… */
function instantiateToken(rand, t) {
  switch (t.t) {
    case 'star': return 'a'.repeat(Math.floor(rand() ** 2 * 60)) + (rand() < 0.2 ? 'b' : '');
    case 'any': return pick(rand, LETTERS);
    case 'lit': return t.c;
    case 'set': return t.neg ? pick(rand, ['c', 'z', ...['a', 'b', 'x'].filter((c) => !t.chars.includes(c))]) : pick(rand, t.chars);
    case 'brace': return pick(rand, t.alts).map((x) => instantiateToken(rand, x)).join('');
    case 'range': return pick(rand, rangeMembers(t));
    default: return 'a';
  }
}

/** Paths for a glob: ones built to match it (some then spoiled by one edit) and long runs of one letter. */
function globPaths(rand, glob) {
  const paths = [];
  const n = int(rand, 2, 5);
  for (let i = 0; i < n; i++) {
    const segments = [];
    for (const s of glob.segments) {
      if (s === '**') for (let k = int(rand, 0, 3); k > 0; k--) segments.push(pick(rand, ['a', 'x', 'a'.repeat(int(rand, 1, 200))]));
      else segments.push(s.map((t) => instantiateToken(rand, t)).join('') || 'a');
    }
    // `.` and `..` are no segment of a path a folder walk yields (and `./` is dropped from a path's start).
    for (let k = 0; k < segments.length; k++) if (segments[k] === '.' || segments[k] === '..') segments[k] += 'a';
    let path = segments.join('/');
    const edit = rand();
    if (edit < 0.2) path = path.replace(/a(?=[^a]*$)/, 'c');
    else if (edit < 0.3) path += 'a'.repeat(int(rand, 1, 100));
    else if (edit < 0.4) path = `x/${path}`;
    paths.push(path.slice(0, 4096));
  }
  paths.push(`${'a/'.repeat(int(rand, 0, 30))}${'a'.repeat(int(rand, 1, 250))}${pick(rand, ['.md', 'b.md', 'ab.md', ''])}`);
  return paths;
}

/** A path a folder walk can find as a Markdown file: short enough segments, none hidden, `.md` at the end. */
function walkablePath(path) {
  const p = /\.md$/.test(path) ? path : `${path}.md`;
  const segments = p.split('/');
  const ok = segments.every((s) => s.length > 0 && Buffer.byteLength(s) <= 200 && !s.startsWith('.') && s !== 'node_modules') && p.length <= 3000 && p !== 'r.md';
  return ok ? p : undefined;
}

function globCase(rand, index) {
  const glob = randomGlob(rand);
  const paths = globPaths(rand, glob);
  const e2e = rand() < 0.04 ? paths.map(walkablePath).find(Boolean) : undefined;
  return { label: `glob #${index} ${show(renderGlob(glob), 60)}`, glob, paths, e2e: e2e && { path: e2e, mode: pick(rand, ['files', 'ignore', 'gitignore']) } };
}

async function checkGlob(c, { compileGlobs, fail, count, scratch, ...tools }) {
  const expected = expectedGlob(c.glob);
  let start = performance.now();
  const compiled = compileGlobs([expected.text]);
  const compileMs = performance.now() - start;
  if (compileMs > LIMITS.globMs) fail(`compiling took ${Math.round(compileMs)} ms`);
  if (expected.refused) {
    count('refused');
    if (compiled.errors.length !== 1) fail(`refused for its ${expected.refused}, but compileGlobs gave ${compiled.errors.length} errors`);
    else if (!compiled.errors[0].en.includes(expected.text.slice(0, 80))) fail(`the error does not name the glob: ${compiled.errors[0].en}`);
  } else if (compiled.errors.length) fail(`refused: ${compiled.errors[0].en}`);
  let slowest = 0;
  for (const path of c.paths) {
    start = performance.now();
    const got = compiled.match(path);
    const ms = performance.now() - start;
    slowest = Math.max(slowest, ms);
    count('matches');
    if (ms > LIMITS.globMs) fail(`matching ${path.length} characters took ${Math.round(ms)} ms`);
    const want = expected.refused ? false : expected.match(path);
    if (want) count('matched');
    if (got !== want) fail(`${show(path, 80)}: matched ${got}, expected ${want}`);
  }
  tools.peak('match ms', Math.round(slowest * 1000) / 1000);
  tools.peak('compile ms', Math.round(compileMs * 1000) / 1000);
  if (c.e2e) await checkGlobInCli(c, expected, { ...tools, scratch, fail, count });
}

async function checkGlobInCli(c, expected, tools) {
  const { path, mode } = c.e2e;
  tools.count('cli runs');
  const notes = '# notes\n';
  const review = CLEAN.en();
  const files = mode === 'files' ? { '.mdreviewrc.json': JSON.stringify({ files: [expected.text] }), [path]: notes, 'r.md': review }
    : mode === 'ignore' ? { '.mdreviewrc.json': JSON.stringify({ ignore: [expected.text] }), [path]: review, 'r.md': review }
      : { '.gitignore': `${expected.text}\n`, [path]: review, 'r.md': review };
  const dir = tree(tools.scratch, files);
  const r = await inProcess(tools, ['lint', '.', '--format', 'json'], dir);
  if (r.ms > LIMITS.runMs) tools.fail(`lint . with the glob as ${mode} took ${Math.round(r.ms)} ms`);
  if (CRASH.test(r.stderr)) return tools.fail(`lint crashed: ${r.stderr.slice(0, 300)}`);
  const out = parseJson(r.stdout);
  if (!out.ok) return tools.fail(`lint printed no JSON (${out.error}): ${show(r.stdout)}`);
  if (mode === 'gitignore') return;
  // Nothing left to lint is reported on the folder itself (a usage error).
  const listed = out.value.map((x) => x.file).filter((f) => f !== '.');
  const messages = out.value.flatMap((x) => x.findings).filter((f) => f.ruleId === 'config-error').map((f) => f.message);
  if (expected.refused) {
    if (r.status !== 2 || !messages.some((m) => m.includes(expected.text.slice(0, 80)))) tools.fail(`${mode}: a refused glob must be a config error naming it; exit ${r.status}, ${JSON.stringify(messages)}`);
    return;
  }
  if (messages.length) return tools.fail(`${mode}: unexpected config error ${JSON.stringify(messages)}`);
  const want = mode === 'files' ? [path, 'r.md'].filter((p) => p === 'r.md' || expected.match(p)) : [path, 'r.md'].filter((p) => !expected.match(p));
  if (JSON.stringify([...listed].sort()) !== JSON.stringify([...want].sort())) tools.fail(`${mode}: lint listed ${show(JSON.stringify(listed), 200)}, expected ${show(JSON.stringify(want), 200)}`);
  // Nothing left to lint is a usage error (exit 2); otherwise the findings decide.
  if (want.length === 0 ? r.status !== 2 : r.status === 2) tools.fail(`${mode}: exit ${r.status} with ${want.length} files expected: ${r.stderr.slice(0, 200)}`);
}

// ---------------------------------------------------------------------------------------------------------------
// (2) The cache's temporary files: before `lint --cache`, links (to a file outside the tree, dangling, to a folder
// outside, to themselves), hard links to the outside file, plain files, folders and FIFOs are planted at the cache's
// name and at every name a temporary file could be given (`<cache>.<pid>.tmp` with the CLI's own pid, `.tmp`,
// `.lock`, `~`…). The runs' output must equal a run without --cache (after an edit too, and warm), the outside file
// and folder must be untouched, what was planted beside the cache must stay as it was, the cache must end a file of
// its own (no link, one name), and no temporary file may be left. FIFOs and pid names run as a fresh process.

const PREDICTABLE = ['{b}', '{b}.tmp', '{b}.{pid}.tmp', '{b}.{pid+1}.tmp', '{b}.{pid-1}.tmp', '{b}.{pid}', '{b}.lock', '{b}.new', '{b}~', '{b}.bak', '.{b}.tmp', '{b}-journal', '{b}.0.tmp', '{b}.1.tmp', '#{b}#', '{b}.swp'];
const PLANT_KINDS = ['symlink-victim', 'symlink-victim-relative', 'symlink-dangling', 'symlink-folder', 'symlink-loop', 'hardlink-victim', 'file', 'folder', 'fifo'];
const LOCATIONS = {
  'default': { args: [], folder: '.', base: '.mdreviewcache' },
  'file': { args: ['--cache-location', 'cache/results.json'], folder: 'cache', base: 'results.json' },
  'folder/': { args: ['--cache-location', 'cachedir/'], folder: 'cachedir', base: '.mdreviewcache' },
  'folder': { args: ['--cache-location', 'cachedir'], folder: 'cachedir', base: '.mdreviewcache', made: true },
};

function cacheCase(rand, index) {
  const location = pick(rand, Object.keys(LOCATIONS));
  const plants = [];
  for (let n = int(rand, 1, 4); n > 0; n--) {
    // The cache's own name is planted in a third of the cases; the rest spread over the temporary names.
    const name = rand() < 0.33 ? '{b}' : pick(rand, PREDICTABLE.slice(1));
    let kind = pick(rand, PLANT_KINDS);
    // A folder at a --cache-location's own name is where the user asked for the cache: it goes inside.
    if (kind === 'folder' && name === '{b}' && location === 'file') kind = 'file';
    if (!plants.some((p) => p.name === name)) plants.push({ name, kind });
  }
  const reviews = Array.from({ length: int(rand, 1, 3) }, (_, i) => generateReview(rand, { lang: rand() < 0.5 ? 'zh' : 'en', targetBytes: int(rand, 400, 2500), index: index * 3 + i }));
  const fresh = plants.some((p) => p.kind === 'fifo') || rand() < 0.15;
  return { label: `cache #${index} ${location} ${plants.map((p) => `${p.kind}@${p.name}`).join(' ')}${fresh ? ' (process)' : ''}`, location, plants, reviews, edit: rand() < 0.7, process: fresh };
}

const VICTIM = 'precious: must never change\n';

/** Where a planted link points: the outside file (by an absolute or a relative path), a name that does not exist, a folder, itself. */
function linkTarget(kind, name, folder, outside) {
  if (kind === 'symlink-victim') return join(outside, 'victim.txt');
  if (kind === 'symlink-victim-relative') return relative(folder, join(outside, 'victim.txt'));
  if (kind === 'symlink-dangling') return join(outside, 'created-through-link');
  if (kind === 'symlink-folder') return join(outside, 'folder');
  return name;
}

const shellQuote = (s) => `'${s.replace(/'/g, "'\\''")}'`;

/**
 * The shell commands that plant `plant` in the current folder (the cache's), its name made with the pid of the
 * process that then execs the CLI, and record it (name, kind, link target) in the case's manifest.
 */
function plantCommand(plant, base, folder, outside, manifest) {
  const name = `"${plant.name.replace('{b}', () => base).replace('{pid}', () => '$$').replace('{pid+1}', () => '$(($$+1))').replace('{pid-1}', () => '$(($$-1))')}"`;
  const target = plant.kind.startsWith('symlink') && plant.kind !== 'symlink-loop' ? shellQuote(linkTarget(plant.kind, '', folder, outside)) : name;
  const make = {
    'hardlink-victim': `ln ${shellQuote(join(outside, 'victim.txt'))} ${name}`,
    'file': `printf planted > ${name}`,
    'folder': `mkdir ${name}`,
    'fifo': `mkfifo ${name}`,
  }[plant.kind] ?? `ln -s ${target} ${name}`;
  return `[ -e ${name} ] || [ -L ${name} ] || { ${make} && printf '%s\\t%s\\t%s\\n' ${name} '${plant.kind}' ${target} >> ${shellQuote(manifest)}; }`;
}

/** Plants in-process (no FIFO; the pid is this process's, which runs the CLI), recorded as the shell records. */
function plantHere(plant, base, folder, outside, manifest) {
  const name = plant.name.replace('{b}', () => base).replace('{pid}', String(process.pid)).replace('{pid+1}', String(process.pid + 1)).replace('{pid-1}', String(process.pid - 1));
  const at = join(folder, name);
  if (manifest.some(([n]) => n === name)) return;
  const target = linkTarget(plant.kind, name, folder, outside);
  if (plant.kind.startsWith('symlink')) symlinkSync(target, at);
  else if (plant.kind === 'hardlink-victim') linkSync(join(outside, 'victim.txt'), at);
  else if (plant.kind === 'file') writeFileSync(at, 'planted');
  else if (plant.kind === 'folder') mkdirSync(at);
  else throw new Error(`cannot plant a ${plant.kind} in-process`);
  manifest.push([name, plant.kind, target]);
}

const entryKind = (path) => {
  const s = lstatSync(path);
  return s.isSymbolicLink() ? 'symlink' : s.isFile() ? 'file' : s.isDirectory() ? 'folder' : s.isFIFO() ? 'fifo' : 'other';
};

async function checkCache(c, tools) {
  const { scratch, fail, count } = tools;
  const outside = join(scratch, 'outside');
  mkdirSync(join(outside, 'folder'), { recursive: true });
  writeFileSync(join(outside, 'victim.txt'), VICTIM);
  const files = Object.fromEntries(c.reviews.map((text, i) => [`reviews/r${i}.md`, text]));
  const ws = tree(scratch, files);
  const loc = LOCATIONS[c.location];
  const folder = join(ws, loc.folder);
  if (loc.made || c.plants.length) mkdirSync(folder, { recursive: true });
  const manifest = [];
  const manifestFile = join(scratch, 'manifest');
  const prelude = c.plants.map((p) => plantCommand(p, loc.base, folder, outside, manifestFile)).join('\n');
  if (!c.process) for (const p of c.plants) plantHere(p, loc.base, folder, outside, manifest);
  const lint = ['lint', '.', '--format', 'json'];
  const cacheArgs = [...lint, '--cache', ...loc.args];
  const run = async () => {
    count('cli runs');
    if (!c.process) return inProcess(tools, cacheArgs, ws);
    // The planting shell runs in the cache's folder, then goes back to the tree to exec the CLI with its own pid.
    const r = spawned(tools, cacheArgs, ws, `cd '${folder}' && { ${prelude}\n} ; cd '${ws}'`);
    if (r.timedOut) fail(`lint --cache did not finish in ${LIMITS.runMs} ms (hung on a planted ${c.plants.map((p) => p.kind).join('/')})`);
    return r;
  };
  const compare = async (what) => {
    const cold = await inProcess(tools, lint, ws);
    const cached = await run();
    if (cached.timedOut) return false;
    if (CRASH.test(cached.stderr)) fail(`${what}: crashed: ${cached.stderr.slice(0, 300)}`);
    if (cached.stdout !== cold.stdout) fail(`${what}: --cache output differs from a run without it: ${show(cached.stdout, 200)} vs ${show(cold.stdout, 200)}`);
    if (cached.status !== cold.status) fail(`${what}: --cache exit ${cached.status}, without ${cold.status}: ${cached.stderr.slice(0, 200)}`);
    return true;
  };
  if (await compare('first run')) {
    if (c.edit) {
      writeFileSync(join(ws, 'reviews/r0.md'), `${c.reviews[0]}\nOne more paragraph, changed after the first run.\n`);
      await compare('after an edit');
    }
    await compare('warm run');
  }
  // The outside file and folder are as they were.
  if (readFileSync(join(outside, 'victim.txt'), 'utf8') !== VICTIM) fail('the file outside the tree was overwritten');
  const outsideNow = readdirSync(outside).sort();
  if (JSON.stringify(outsideNow) !== JSON.stringify(['folder', 'victim.txt'])) fail(`something was created outside the tree: ${outsideNow.join(', ')}`);
  if (readdirSync(join(outside, 'folder')).length) fail('something was written into the folder outside the tree');
  // What was planted beside the cache is as planted; the cache is a file of its own; nothing else is left.
  try {
    for (const line of readFileSync(manifestFile, 'utf8').split('\n').filter(Boolean)) manifest.push(line.split('\t'));
  } catch {
    // Nothing was planted by a shell.
  }
  const planted = new Map(manifest.map(([name, kind, target]) => [name, { kind, target }]));
  count('planted', planted.size);
  for (const name of readdirSync(folder)) {
    const at = join(folder, name);
    const kind = entryKind(at);
    if (name === loc.base) {
      if (planted.get(name)?.kind === 'folder') continue;
      const s = lstatSync(at);
      if (kind !== 'file') fail(`the cache ${name} is a ${kind}, not a file of its own`);
      else if (s.nlink !== 1) fail(`the cache ${name} shares its file with ${s.nlink - 1} other name(s)`);
      else if (!parseJson(readFileSync(at, 'utf8')).ok) fail(`the cache ${name} is not JSON`);
      continue;
    }
    if (loc.folder === '.' && name === 'reviews') continue;
    if (!planted.has(name)) {
      fail(`${kind} ${name} left beside the cache`);
      continue;
    }
    const was = planted.get(name);
    const want = was.kind.startsWith('symlink') ? 'symlink' : was.kind === 'hardlink-victim' ? 'file' : was.kind;
    if (kind !== want) fail(`the planted ${was.kind} ${name} is now a ${kind}`);
    else if (was.kind === 'file' && readFileSync(at, 'utf8') !== 'planted') fail(`the planted file ${name} was written`);
    else if (was.kind === 'folder' && readdirSync(at).length) fail(`something was written into the planted folder ${name}`);
    else if (kind === 'symlink' && readlinkSync(at) !== was.target) fail(`the planted link ${name} now points to ${readlinkSync(at)}, not ${was.target}`);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// (3) Control characters: ESC sequences (window title, clear screen, clipboard, colour), BEL, other C0, DEL, C1
// (CSI, OSC, NEL…) and bidi controls in frontmatter values, headings, action items, config keys and values and in
// file and folder names, through every output: lint's stylish, json, sarif, github and codequality, report's md,
// html, json and csv, textconv, diff, and what each writes to stderr. None may appear raw (tab, LF and CRLF may);
// JSON must stay JSON. A case in 8 runs its commands as fresh processes too.

/** A control character other than a tab or a line break (LF, CRLF), C1, and the bidi controls. */
export const RAW_CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]|\r(?!\n)/u;
/** How an escaped control character reads in the output. */
const ESCAPED = /\\(?:x[0-9a-f]{2}|u[0-9a-f]{4})|\\u\{[0-9a-f]+\}/i;

const SEQUENCES = ['\u001b]0;PWNED\u0007', '\u001b[2J', '\u001b]52;c;Y2xpcA==\u0007', '\u001b[31m', '\u001bP+q\u001b\\', '\u0007', '\u001b', '\u009b2J', '\u009d0;T\u009c', '\u0085'];
const SINGLES = [...Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)).filter((c) => !'\t\n\r\0'.includes(c)), '\r', '\u007f', ...Array.from({ length: 32 }, (_, i) => String.fromCharCode(0x80 + i))];
const BIDI = ['\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069', '\u200e', '\u200f', '\u061c'];

function hostile(rand) {
  const parts = [];
  for (let n = int(rand, 1, 3); n > 0; n--) {
    const r = rand();
    parts.push(r < 0.4 ? pick(rand, SEQUENCES) : r < 0.7 ? pick(rand, SINGLES) : pick(rand, BIDI));
  }
  return `X${parts.join('y')}Z`;
}

/** A YAML double-quoted scalar of `s` with every control character as an escape. */
const yamlQuoted = (s) => `"${Array.from(s, (c) => (c === '"' || c === '\\' ? `\\${c}` : RAW_CONTROL.test(c) || c === '\n' ? `\\u${c.codePointAt(0).toString(16).padStart(4, '0')}` : c)).join('')}"`;

const PLACES = ['employee', 'reviewer', 'kpi-name', 'kpi-unit', 'kpi-target', 'status', 'template', 'cycle', 'heading', 'action', 'paragraph', 'file-name', 'folder-name', 'config-rule', 'config-key', 'config-template', 'config-glob', 'config-severity'];

function controlsCase(rand, index) {
  const places = [...new Set(Array.from({ length: int(rand, 1, 4) }, () => pick(rand, PLACES)))];
  const strings = Object.fromEntries(places.map((p) => [p, hostile(rand)]));
  return { label: `controls #${index} ${places.join('+')}`, strings, raw: rand() < 0.25, locale: rand() < 0.3 ? 'zh' : 'en', process: index % 8 === 7 };
}

function hostileReview(c, cycle) {
  const s = c.strings;
  const v = (key, plain) => (s[key] === undefined ? plain : c.raw && !/[\u0000-\u001f]/.test(s[key]) ? `'${plain} ${s[key]}'` : yamlQuoted(`${plain} ${s[key]}`));
  const body = (key, plain) => (s[key] === undefined ? plain : `${plain} ${c.raw ? s[key] : s[key].replace(/[\u0000-\u0008\u000b-\u001f]/g, '')}`);
  return `---
employee: ${v('employee', 'Alex Chen')}
reviewer: ${v('reviewer', 'Maria Lopez')}
cycle: ${s.cycle === undefined ? cycle : yamlQuoted(`${cycle}${s.cycle}`)}
status: ${s.status === undefined ? 'draft' : yamlQuoted(`draft${s.status}`)}
template: ${s.template === undefined ? 'general' : yamlQuoted(`general${s.template}`)}
kpis:
  - { name: ${v('kpi-name', 'Revenue')}, unit: ${v('kpi-unit', 'USD')}, target: ${s['kpi-target'] === undefined ? (cycle === '2026-Q3' ? '$1.4M' : '$1.2M') : yamlQuoted(`$1.4M${s['kpi-target']}`)}, actual: $1.45M }
---

# ${body('heading', 'Alex Chen')} · ${cycle}

## 1. Goal attainment

${body('paragraph', 'Revenue reached $1.45M against a $1.4M target. The work was fairly good.')}

## ${body('heading', '2. Data analysis')}

- Revenue by month: $0.41M in July, $0.47M in August, $0.57M in September.

## 5. Improvements

- [ ] ${body('action', 'Write a checklist for live unboxing segments')}

## 6. Summary and outlook

- Raise revenue from $1.45M to $1.6M by 2026-12-31 with a weekly stream series.
`;
}

/** File and folder names may hold anything but `/` and NUL. */
const nameSafe = (s) => s.replace(/[/\0]/g, '_');

function hostileConfig(c) {
  const s = c.strings;
  const config = {};
  if (s['config-rule'] !== undefined) config.rules = { [`action-owner${s['config-rule']}`]: 'off' };
  if (s['config-severity'] !== undefined) config.rules = { ...config.rules, placeholder: `warn${s['config-severity']}` };
  if (s['config-key'] !== undefined) config[`ignore${s['config-key']}`] = [];
  if (s['config-template'] !== undefined) config.defaultTemplate = `general${s['config-template']}`;
  if (s['config-glob'] !== undefined) config.files = [`+(${s['config-glob']})/**`];
  return Object.keys(config).length ? JSON.stringify(config) : undefined;
}

const JSON_OUTPUTS = new Set(['json', 'sarif', 'codequality']);

async function checkControls(c, tools) {
  const { fail, count } = tools;
  const folder = c.strings['folder-name'] === undefined ? 'reviews' : nameSafe(`reviews${c.strings['folder-name']}`);
  const name = c.strings['file-name'] === undefined ? 'alex' : nameSafe(`alex${c.strings['file-name']}`);
  const q3 = `${folder}/${name}-q3.md`;
  const q2 = `${folder}/${name}-q2.md`;
  const config = hostileConfig(c);
  const ws = tree(tools.scratch, { [q3]: hostileReview(c, '2026-Q3'), [q2]: hostileReview(c, '2026-Q2'), ...(config ? { '.mdreviewrc.json': config } : {}) });
  const locale = ['--locale', c.locale];
  const commands = [
    ...['stylish', 'json', 'sarif', 'github', 'codequality'].map((f) => ['lint', '.', '--format', f, ...locale]),
    ['lint', q3, ...locale],
    ...['md', 'html', 'json', 'csv'].map((f) => ['report', '.', '--format', f, ...locale]),
    ['textconv', q3],
    ['diff', q2, q3, ...locale],
  ];
  const check = (args, r, how) => {
    const what = `${how} ${args.join(' ')}`;
    count('runs');
    if (r.timedOut) return fail(`${what}: did not finish`);
    if (![0, 1, 2].includes(r.status) || CRASH.test(r.stderr)) return fail(`${what}: exit ${r.status}: ${show(r.stderr, 300)}`);
    for (const [stream, s] of [['stdout', r.stdout], ['stderr', r.stderr]]) {
      const m = RAW_CONTROL.exec(s);
      if (m) fail(`${what}: raw U+${m[0].codePointAt(0).toString(16).padStart(4, '0')} on ${stream}: ${show(s.slice(Math.max(0, m.index - 60), m.index + 20))}`);
    }
    const format = args[args.indexOf('--format') + 1];
    if (args.includes('--format') && JSON_OUTPUTS.has(format)) {
      const parsed = parseJson(r.stdout);
      if (!parsed.ok) fail(`${what}: not JSON: ${parsed.error}`);
    }
    if (ESCAPED.test(r.stdout) || ESCAPED.test(r.stderr)) count('escaped in output');
  };
  for (const args of commands) check(args, await inProcess(tools, args, ws), 'in-process');
  if (c.process) for (const args of [commands[0], commands[5], commands[6], commands[10], commands[11]]) check(args, spawned(tools, args, ws), 'process');
}

// ---------------------------------------------------------------------------------------------------------------
// (4) Line ends: seeded reviews (with last cycle's review of the same person as history, and a config) written with
// CRLF, lone CR or a mix, in a tree beside the same tree with LF: `lint .` must find the same files and give the
// same findings, and `report . --format json` the same report. Reviews are found by their frontmatter, by a
// `template:` key alone, or by the config's `files`.

/** `text` with each LF replaced by `style`'s line end; a mix never puts LF right after a lone CR (that is one CRLF). */
function withLineEnds(rand, text, style) {
  if (style === 'lf') return text;
  if (style === 'crlf') return text.replace(/\n/g, '\r\n');
  if (style === 'cr') return text.replace(/\n/g, '\r');
  let out = '';
  for (const c of text) {
    if (c !== '\n') out += c;
    else out += out.endsWith('\r') ? pick(rand, ['\r', '\r\n']) : pick(rand, ['\n', '\r\n', '\r']);
  }
  return out;
}

function lineEndsCase(rand, index) {
  const lang = rand() < 0.5 ? 'zh' : 'en';
  const person = index % 7;
  let q3 = generateReview(rand, { lang, targetBytes: int(rand, 300, 4000), index: person }).replace(/^cycle: .*$/m, 'cycle: 2026-Q3');
  const q2 = rand() < 0.6 ? generateReview(rand, { lang, targetBytes: int(rand, 300, 3000), index: person }).replace(/^cycle: .*$/m, 'cycle: 2026-Q2') : undefined;
  const detection = pick(rand, ['frontmatter', 'frontmatter', 'template', 'files']);
  if (detection === 'template') q3 = q3.replace(/^employee: .*\n/m, '');
  if (detection === 'files') q3 = q3.replace(/^(?:employee|cycle|template): .*\n/gm, '');
  // A few edits that shape line structure: blank lines, a trailing line without its end, an empty action item.
  if (rand() < 0.3) q3 = q3.replace(/\n\n/g, () => (rand() < 0.2 ? '\n\n\n' : '\n\n'));
  if (rand() < 0.2) q3 = q3.replace(/\n$/, '');
  if (rand() < 0.2) q3 += '\n- [ ]\n  follow up on the replay clips\n';
  const config = detection === 'files' || rand() < 0.3 ? `# review folders\nfiles:\n  - "reviews/**/*.md"\nrules:\n  section-order: warning\n` : undefined;
  // A team template in place of the built-in one the review names, its prompts left in the review now and then.
  const template = rand() < 0.3 ? TEAM_TEMPLATES[lang] : undefined;
  if (template && rand() < 0.5) q3 = q3.replace(/^(## .*\n)/m, `$1\n${template.prompt}\n`);
  const lf = {
    'reviews/2026-Q3/r.md': q3,
    ...(q2 ? { 'reviews/2026-Q2/r.md': q2 } : {}),
    ...(config ? { '.mdreviewrc.yaml': config } : {}),
    ...(template ? { [`.mdreview/templates/${template.id}.md`]: template.text } : {}),
  };
  const styles = {};
  const variant = Object.fromEntries(Object.entries(lf).map(([path, text]) => {
    const style = path === 'reviews/2026-Q3/r.md' ? pick(rand, ['crlf', 'cr', 'cr', 'mixed']) : pick(rand, ['lf', 'crlf', 'cr', 'mixed']);
    styles[path] = style;
    return [path, withLineEnds(rand, text, style)];
  }));
  return { label: `line ends #${index} ${lang} ${detection} ${Object.entries(styles).map(([p, s]) => `${p.split('/').slice(-2).join('/')}:${s}`).join(' ')}`, lf, variant };
}

/** Team templates with the built-in ids (a workspace's template replaces the built-in one), a prompt under each heading. */
const TEAM_TEMPLATES = {
  en: { id: 'general', prompt: '> Name the result and its figure.\n> Say what made it happen.', headings: ['1. Goal attainment', '2. Data analysis', '3. Teamwork', '4. Personal growth', '5. Improvements', '6. Summary and outlook'] },
  zh: { id: 'livestream-ops', prompt: '> 写出结果和对应的数据。\n> 说明原因。', headings: ['一、目标达成情况', '二、数据分析', '三、团队协作', '四、个人成长', '五、改进建议', '六、总结与展望'] },
};
for (const [lang, t] of Object.entries(TEAM_TEMPLATES)) {
  const ids = ['goals', 'data', 'teamwork', 'growth', 'improvements', 'outlook'];
  t.text = `---\nid: ${t.id}\nname: Team ${t.id}\nlanguage: ${lang}\nsections:\n${t.headings.map((h, i) => `  - id: ${ids[i]}\n    heading: ${h}\n    required: ${i < 5}${i === 5 ? '\n    goals: true' : ''}`).join('\n')}\n---\n\n${t.headings.map((h) => `## ${h}\n\n${t.prompt}\n`).join('\n')}`;
}

/** Findings and report with line breaks in quoted text read as LF (a message may quote a value as written). */
const normalized = (s) => s.replace(/\\r\\n|\\r/g, '\\n');

async function checkLineEnds(c, tools) {
  const { fail, count } = tools;
  const lfTree = tree(tools.scratch, c.lf, 'lf');
  const variantTree = tree(tools.scratch, c.variant, 'variant');
  for (const args of [['lint', '.', '--format', 'json'], ['report', '.', '--format', 'json']]) {
    count('runs', 2);
    const want = await inProcess(tools, args, lfTree);
    const got = await inProcess(tools, args, variantTree);
    const [a, b] = [parseJson(want.stdout), parseJson(got.stdout)];
    if (!a.ok || !b.ok) {
      fail(`${args.join(' ')}: no JSON (${a.error ?? b.error})`);
      continue;
    }
    if (args[0] === 'lint') {
      const files = (x) => x.value.map((r) => r.file).join(', ');
      if (files(a) !== files(b)) {
        fail(`lint . found ${files(b) || 'nothing'} with these line ends, ${files(a)} with LF`);
        continue;
      }
      count('findings', a.value.reduce((n, r) => n + r.findings.length, 0));
    }
    const [x, y] = [normalized(JSON.stringify(a.value)), normalized(JSON.stringify(b.value))];
    if (x !== y || want.status !== got.status) {
      let i = 0;
      while (i < x.length && x[i] === y[i]) i++;
      fail(`${args.join(' ')}: differs from LF (exit ${got.status} vs ${want.status}) at ${show(y.slice(Math.max(0, i - 80), i + 80), 200)} vs ${show(x.slice(Math.max(0, i - 80), i + 80), 200)}`);
    }
  }
}

// ---------------------------------------------------------------------------------------------------------------
// (5) Config typos: rule ids and top-level keys one or two edits away (a letter changed, dropped, added or swapped,
// a case, `_` for `-`), a misspelt severity or locale, in .mdreviewrc.json / .yaml / .yml at the root or in a
// subfolder, or named by --config. `lint .` (and `report .`) must exit 2 with a config error for each, naming the
// typo and, for ids and keys, a closest known one (edit distance, case ignored: ties allow either).

const TYPO_ALPHABET = 'abcdefghijklmnopqrstuvwxyz-_';

function typo(rand, word, known) {
  for (let attempt = 0; attempt < 20; attempt++) {
    let w = word;
    for (let n = int(rand, 1, 2); n > 0; n--) {
      const at = int(rand, 0, w.length - 1);
      const op = rand();
      if (op < 0.25) w = w.slice(0, at) + pick(rand, [...TYPO_ALPHABET]) + w.slice(at + 1);
      else if (op < 0.45 && w.length > 3) w = w.slice(0, at) + w.slice(at + 1);
      else if (op < 0.65) w = w.slice(0, at) + pick(rand, [...TYPO_ALPHABET]) + w.slice(at);
      else if (op < 0.8 && at + 1 < w.length) w = w.slice(0, at) + w[at + 1] + w[at] + w.slice(at + 2);
      else if (op < 0.9) w = w.slice(0, at) + w[at].toUpperCase() + w.slice(at + 1);
      else w = w.replace('-', '_');
    }
    if (!known.includes(w) && w.length > 0) return w;
  }
  return `${word}x`;
}

/** Edit distance with a swap of neighbours as one edit (optimal string alignment), written apart from the CLI's. */
function distance(a, b) {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

/**
 * The known words nearest to `word` (case ignored), or none when the nearest is further than a typo goes (more
 * than two edits, or a third of the word): then the error lists every known word instead.
 */
function nearest(word, known) {
  const d = known.map((k) => distance(word.toLowerCase(), k.toLowerCase()));
  const best = Math.min(...d);
  return best <= Math.max(2, Math.floor(word.length / 3)) ? known.filter((_, i) => d[i] === best) : [];
}

/** The typos are drawn when the case runs, from the schema's ids (they come with the tools); the case holds their seed. */
function configTyposCase(rand, index) {
  return { label: `config typos #${index}`, seed: Math.floor(rand() * 2 ** 32) };
}

/** The typos of a case, drawn when the known ids are at hand (the schema comes with the tools). */
function typoPlan(c, schema) {
  const rand = prng(c.seed);
  const ruleIds = Object.keys(schema.properties.rules.properties);
  const keys = Object.keys(schema.properties).filter((k) => k !== '$schema');
  const typos = [];
  const config = {};
  const kinds = Array.from({ length: int(rand, 1, 3) }, () => pick(rand, ['rule', 'rule', 'rule', 'key', 'severity', 'locale', 'made-up']));
  for (const kind of kinds) {
    if (kind === 'made-up') {
      // An id nothing is near (a plugin's rule, a guess): the error lists the known ones.
      const t = Array.from({ length: int(rand, 6, 14) }, () => pick(rand, [...'qwzjkvxy-'])).join('');
      config.rules = { ...config.rules, [t]: 'off' };
      typos.push({ kind: 'rule', word: t });
    } else if (kind === 'rule') {
      const t = typo(rand, pick(rand, ruleIds), ruleIds);
      config.rules = { ...config.rules, [t]: pick(rand, ['off', 'warning', 'error', 'info']) };
      typos.push({ kind, word: t });
    } else if (kind === 'key') {
      const target = pick(rand, keys);
      const t = typo(rand, target, [...keys, '$schema', 'rules']);
      if (config[t] !== undefined) continue;
      config[t] = target === 'rules' ? { 'action-owner': 'off' } : target === 'locale' ? 'zh' : target === 'defaultTemplate' ? 'general' : ['reviews/**'];
      typos.push({ kind, word: t });
    } else if (kind === 'severity') {
      const id = pick(rand, ruleIds);
      if (config.rules?.[id] !== undefined) continue;
      const word = typo(rand, pick(rand, ['off', 'info', 'warning', 'error']), ['off', 'info', 'warning', 'error']);
      config.rules = { ...config.rules, [id]: word };
      typos.push({ kind, word, id });
    } else if (config.locale === undefined) {
      const word = typo(rand, pick(rand, ['en', 'zh']), ['en', 'zh']);
      config.locale = word;
      typos.push({ kind, word });
    }
  }
  // Valid settings beside the typos.
  if (rand() < 0.5) config.rules = { placeholder: 'error', ...config.rules };
  if (rand() < 0.3 && config.ignore === undefined) config.ignore = ['archive/**'];
  const where = pick(rand, ['.mdreviewrc.json', '.mdreviewrc.yaml', '.mdreviewrc.yml', 'team/.mdreviewrc.json', 'team/.mdreviewrc.yaml', '--config']);
  return { typos, config, where, locale: rand() < 0.25 ? 'zh' : 'en', report: rand() < 0.2 };
}

/** YAML of a config (keys and strings quoted as JSON, which YAML reads the same). */
function yamlOf(config) {
  return Object.entries(config).map(([k, v]) => {
    if (Array.isArray(v)) return `${JSON.stringify(k)}:\n${v.map((x) => `  - ${JSON.stringify(x)}`).join('\n')}\n`;
    if (typeof v === 'object') return `${JSON.stringify(k)}:\n${Object.entries(v).map(([a, b]) => `  ${JSON.stringify(a)}: ${JSON.stringify(b)}`).join('\n')}\n`;
    return `${JSON.stringify(k)}: ${JSON.stringify(v)}\n`;
  }).join('');
}

async function checkConfigTypos(c, tools) {
  const { fail, count } = tools;
  const plan = c.plan ?? typoPlan(c, tools.schema);
  const ruleIds = Object.keys(tools.schema.properties.rules.properties);
  const keys = Object.keys(tools.schema.properties);
  const configPath = plan.where === '--config' ? 'settings/custom.json' : plan.where;
  const text = /\.ya?ml$/.test(configPath) ? yamlOf(plan.config) : JSON.stringify(plan.config, null, 2);
  const reviewPath = plan.where.startsWith('team/') ? 'team/r.md' : 'r.md';
  const ws = tree(tools.scratch, { [configPath]: text, [reviewPath]: CLEAN.en() });
  const extra = [...(plan.where === '--config' ? ['--config', configPath] : []), '--locale', plan.locale];
  count('typos', plan.typos.length);
  for (const args of [['lint', '.', '--format', 'json', ...extra], ...(plan.report ? [['report', '.', ...extra]] : [])]) {
    count('runs');
    const r = await inProcess(tools, args, ws);
    const what = `${args[0]} with ${plan.where} ${show(JSON.stringify(plan.config), 200)}`;
    if (r.status !== 2) fail(`${what}: exit ${r.status}, not a config error (2)`);
    const said = args[0] === 'lint' ? (parseJson(r.stdout).value ?? []).flatMap((x) => x.findings).filter((f) => f.ruleId === 'config-error').map((f) => f.message).join('\n') : r.stderr;
    if (!said) {
      fail(`${what}: no config error`);
      continue;
    }
    const zh = plan.locale === 'zh';
    for (const { kind, word, id } of plan.typos) {
      const known = kind === 'rule' ? ruleIds : keys;
      const t = { kind, word, id, known, near: nearest(word, known) };
      const quoted = zh ? `“${t.word}”` : `"${t.word}"`;
      if ((t.kind === 'rule' || t.kind === 'key') && t.near.length === 0) {
        count('typos too far for a guess');
        if (!said.includes(quoted) || !t.known.every((k) => said.includes(k))) fail(`${what}: the ${t.kind} typo ${quoted} is not named with the known ones: ${show(said, 400)}`);
      } else if (t.kind === 'rule' || t.kind === 'key') {
        const near = t.near.map((n) => (zh ? `是否应为“${n}”` : `did you mean "${n}"`));
        if (!said.includes(quoted) || !near.some((n) => said.includes(n))) fail(`${what}: the ${t.kind} typo ${quoted} is not named with ${t.near.map((n) => `"${n}"`).join(' or ')}: ${show(said, 400)}`);
      } else if (t.kind === 'severity') {
        if (!said.includes(`/rules/${t.id}`) || !said.includes('warning')) fail(`${what}: the severity typo ${quoted} of ${t.id} is not reported with the allowed values: ${show(said, 300)}`);
      } else if (!said.includes('/locale') || !said.includes('zh')) fail(`${what}: the locale typo ${quoted} is not reported: ${show(said, 300)}`);
    }
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Sentinels: the reproductions of issue 26 and of what these classes found, first in every stream.

const lits = (text) => Array.from(text, (c) => ({ t: 'lit', c }));
const STAR = { t: 'star' };

const SENTINELS = {
  'globs': () => {
    // Issue 26.1: `**/` + 24 × `*a` + `*b.md` against a 40-letter name, through the CLI as files, ignore and .gitignore.
    const attack = { segments: ['**', [...Array.from({ length: 24 }, () => [STAR, ...lits('a')]).flat(), STAR, ...lits('b.md')]], negated: false, ext: false };
    const name = `notes/${'a'.repeat(40)}.md`;
    const cases = ['files', 'ignore', 'gitignore'].map((mode) => ({ label: `sentinel: issue 26.1 as ${mode}`, glob: attack, paths: [name, `notes/${'a'.repeat(40)}b.md`], e2e: { path: name, mode } }));
    return [
      ...cases,
      { label: 'sentinel: 400 × *a against 100 folders and a 255-letter name', glob: { segments: ['**', [...Array.from({ length: 400 }, () => [STAR, ...lits('a')]).flat(), STAR, ...lits('b.md')]], negated: false, ext: false }, paths: [`${'x/'.repeat(100)}${'a'.repeat(255)}.md`] },
      { label: 'sentinel: a chain of globstars', glob: { segments: ['**', ...Array.from({ length: 7 }, () => [lits('a'), '**']).flat(), lits('b')], negated: false, ext: false }, paths: [`${'a/'.repeat(200)}c`, `${'a/'.repeat(200)}b`] },
      // Found by this class: a leading ! negates the whole glob, braces included (picomatch: neither a nor b).
      { label: 'sentinel: !{a,b} matches neither', glob: { segments: [[{ t: 'brace', alts: [lits('a'), lits('b')] }], lits('x.md')], negated: true, ext: false }, paths: ['a/x.md', 'b/x.md', 'c/x.md'], e2e: { path: 'a/x.md', mode: 'ignore' } },
      { label: 'sentinel: braces over 256 expansions are a config error', glob: { segments: [Array.from({ length: 9 }, () => ({ t: 'brace', alts: [lits('a'), lits('b')] }))], negated: false, ext: false }, paths: ['a'.repeat(9)], e2e: { path: 'a.md', mode: 'files' } },
      { label: 'sentinel: an extglob is a config error', glob: { segments: ['**', [...lits('a'), { t: 'ext', text: '+(a|b)' }, ...lits('.md')]], negated: false, ext: true }, paths: ['aa.md'], e2e: { path: 'aa.md', mode: 'files' } },
    ];
  },
  'cache': () => {
    const reviews = [CLEAN.en(), CLEAN.en('Lena Novak').replace('Owner: @alex ', '')];
    const sentinel = (label, location, plants, process) => ({ label: `sentinel: ${label}`, location, plants, reviews, edit: true, process });
    return [
      // Issue 26.2: a link at `.mdreviewcache.<pid>.tmp`, planted by the shell that execs the CLI.
      sentinel('issue 26.2, a link at <cache>.<pid>.tmp', 'default', [{ name: '{b}.{pid}.tmp', kind: 'symlink-victim' }], true),
      sentinel('issue 26.2, the cache itself a link', 'default', [{ name: '{b}', kind: 'symlink-victim' }], false),
      // Found by this class: a link to a folder at --cache-location's name led the cache out of the tree, and a FIFO
      // at the cache's name held the run forever.
      sentinel('a link to a folder at --cache-location', 'file', [{ name: '{b}', kind: 'symlink-folder' }], false),
      sentinel('a FIFO at the cache name', 'folder/', [{ name: '{b}', kind: 'fifo' }], true),
      sentinel('a hard link at the cache name', 'default', [{ name: '{b}', kind: 'hardlink-victim' }, { name: '{b}.tmp', kind: 'file' }, { name: '{b}.{pid}.tmp', kind: 'symlink-dangling' }], false),
      sentinel('FIFOs and links beside the cache', 'folder', [{ name: '{b}.{pid+1}.tmp', kind: 'symlink-victim' }, { name: '{b}.lock', kind: 'fifo' }, { name: '{b}.{pid}', kind: 'symlink-loop' }], true),
    ];
  },
  'controls': () => [
    // Issue 26.4: a window title, a clear screen and a clipboard write in a value and in a config key.
    { label: 'sentinel: issue 26.4 escapes in a value and a config key', strings: { 'employee': '\u001b]0;PWNED\u0007\u001b[2J', 'kpi-name': '\u001b]52;c;Y2xpcA==\u0007', 'config-key': '\u001b]0;PWNED\u0007' }, raw: false, locale: 'en', process: true },
    // Found by this class: bidi controls passed everywhere, C1 through JSON, and report --format json broke on C1.
    { label: 'sentinel: bidi controls and C1 in names, values and file names', strings: { 'reviewer': 'X\u202eevil\u2066Z', 'kpi-unit': 'X\u009b2JZ', 'file-name': 'X\u202eZ', 'heading': 'X\u0085Z' }, raw: true, locale: 'en', process: false },
    { label: 'sentinel: controls in config rules, globs, templates and folder names', strings: { 'config-rule': 'X\u001b]0;T\u0007Z', 'config-glob': 'X\u202eZ', 'config-template': 'X\u009dZ', 'folder-name': 'X\u001b[31mZ', 'cycle': 'X\u2067Z' }, raw: false, locale: 'zh', process: true },
    { label: 'sentinel: controls in a KPI target, a status and an action item', strings: { 'kpi-target': 'X\u001b[2JZ', 'status': 'X\u007fZ', 'action': 'X\u009b31mZ', 'paragraph': 'X\u200fZ' }, raw: true, locale: 'en', process: false },
  ],
  'line-ends': () => {
    const rand = prng(20261126);
    const cr = (text) => withLineEnds(rand, text, 'cr');
    const mixed = (text) => withLineEnds(rand, text, 'mixed');
    const review = CLEAN.en().replace('- [ ] Write a checklist for live unboxing segments Owner: @alex Due: 2026-11-30', '- [ ] Write a checklist');
    const config = 'files:\n  - "reviews/**/*.md"\nrules:\n  section-order: warning\n';
    const headless = review.replace(/^(?:employee|cycle|template): .*\n/gm, '');
    const template = TEAM_TEMPLATES.en;
    const prompted = review.replace('## 3. Teamwork\n', `## 3. Teamwork\n\n${template.prompt}\n`);
    const both = (files, convert) => ({ lf: files, variant: Object.fromEntries(Object.entries(files).map(([p, t]) => [p, convert(t)])) });
    return [
      // Issue 26.5: a CR-only review is found by the folder walk.
      { label: 'sentinel: issue 26.5, a CR-only review', ...both({ 'reviews/2026-Q3/r.md': review }, cr) },
      // Found by this class: a CR-only or mixed config and template were read as one line.
      { label: 'sentinel: a CR-only config names the reviews', ...both({ 'reviews/2026-Q3/r.md': headless, '.mdreviewrc.yaml': config }, cr) },
      { label: 'sentinel: a mixed template and its prompts left in a review', ...both({ 'reviews/2026-Q3/r.md': prompted, [`.mdreview/templates/${template.id}.md`]: template.text }, mixed) },
      { label: 'sentinel: last cycle CR-only, this cycle mixed', lf: { 'reviews/2026-Q3/r.md': review, 'reviews/2026-Q2/r.md': review.replace('cycle: 2026-Q3', 'cycle: 2026-Q2') }, variant: { 'reviews/2026-Q3/r.md': mixed(review), 'reviews/2026-Q2/r.md': cr(review.replace('cycle: 2026-Q3', 'cycle: 2026-Q2')) } },
    ];
  },
  'config-typos': () => {
    const plan = (label, config, typos, where, locale = 'en') => ({ label: `sentinel: ${label}`, plan: { config, typos, where, locale, report: true } });
    return [
      // Issue 26.6: a mistyped rule id.
      plan('issue 26.6, action-ownr', { rules: { 'action-ownr': 'off' } }, [{ kind: 'rule', word: 'action-ownr' }], '.mdreviewrc.json'),
      plan('issue 26.6 in Chinese', { rules: { 'action-ownr': 'off' } }, [{ kind: 'rule', word: 'action-ownr' }], '.mdreviewrc.json', 'zh'),
      // Found by this class: a misspelt top-level key was "/ must NOT have additional properties", naming nothing;
      // two letters swapped counted as two edits, too many for a guess in a short word.
      plan('a misspelt key', { ignroe: ['archive/**'] }, [{ kind: 'key', word: 'ignroe' }], '.mdreviewrc.yaml'),
      plan('a key in the wrong case', { Rules: { placeholder: 'off' } }, [{ kind: 'key', word: 'Rules' }], '.mdreviewrc.yml'),
      plan('swapped letters', { rules: { palceholder: 'off' }, locael: 'zh' }, [{ kind: 'rule', word: 'palceholder' }, { kind: 'key', word: 'locael' }], 'team/.mdreviewrc.json', 'zh'),
      plan('a made-up id', { rules: { 'my-plugin-rule': 'off' } }, [{ kind: 'rule', word: 'my-plugin-rule' }], '--config'),
      plan('a misspelt severity and locale', { rules: { placeholder: 'warn' }, locale: 'cn' }, [{ kind: 'severity', word: 'warn', id: 'placeholder' }, { kind: 'locale', word: 'cn' }], '.mdreviewrc.json'),
    ];
  },
};

const GENERATORS = { 'globs': globCase, 'cache': cacheCase, 'controls': controlsCase, 'line-ends': lineEndsCase, 'config-typos': configTyposCase };
const CHECKS = { 'globs': checkGlob, 'cache': checkCache, 'controls': checkControls, 'line-ends': checkLineEnds, 'config-typos': checkConfigTypos };
