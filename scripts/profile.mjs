// `npm run profile`: where a lint spends its CPU. Builds the core unminified, lints the bench files (run
// `npm run bench` once to generate bench-data/) twice under the V8 sampling profiler, and prints self time by
// package or source file and the hottest functions. The profile goes to test-output/profile/lint.cpuprofile
// (open it in Chrome DevTools or VS Code; test-output/profile/inprocess.cjs.map maps it to the sources).
import { readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import * as esbuild from 'esbuild';

const ROOT = resolve(import.meta.dirname, '..');
const OUT = join(ROOT, 'test-output', 'profile');
const DATA = join(ROOT, 'bench-data');
const TOP = 25;

mkdirSync(OUT, { recursive: true });
const bundle = join(OUT, 'inprocess.cjs');
await esbuild.build({ entryPoints: [join(ROOT, 'scripts/bench/inprocess.ts')], outfile: bundle, bundle: true, minify: false, sourcemap: true, platform: 'node', format: 'cjs', target: 'node20', loader: { '.md': 'text' }, logLevel: 'warning' });
const core = createRequire(import.meta.url)(bundle);
const texts = readdirSync(DATA, { recursive: true })
  .map(String)
  .filter((f) => f.endsWith('.md'))
  .map((f) => readFileSync(join(DATA, f), 'utf8'));

// An unminified esbuild bundle marks where each module starts with a `// <path>` comment line.
const starts = [];
readFileSync(bundle, 'utf8')
  .split('\n')
  .forEach((line, i) => {
    const m = /^\/\/ ((?:node_modules|src|scripts)\/\S+)$/.exec(line);
    if (m) starts.push([i, m[1].replace(/^node_modules\/((?:@[^/]+\/)?[^/]+)\/.*$/, '$1')]);
  });
const moduleAt = (line) => {
  let lo = 0;
  let hi = starts.length - 1;
  let found = '(bundle)';
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid][0] <= line) {
      found = starts[mid][1];
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
};

for (const t of texts) core.lint(t); // warm-up: JIT, caches
const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.start');
for (const t of texts) core.lint(t);
const { profile } = await session.post('Profiler.stop');
session.disconnect();
writeFileSync(join(OUT, 'lint.cpuprofile'), JSON.stringify(profile));

const byNode = new Map(profile.nodes.map((n) => [n.id, n]));
const self = new Map();
let total = 0;
profile.samples.forEach((id, i) => {
  const dt = profile.timeDeltas[i] ?? 0;
  self.set(id, (self.get(id) ?? 0) + dt);
  total += dt;
});
const byModule = new Map();
const byFunction = new Map();
for (const [id, dt] of self) {
  const { functionName, url, lineNumber } = byNode.get(id).callFrame;
  const where = url.endsWith('inprocess.cjs') ? moduleAt(lineNumber) : functionName.startsWith('(') ? functionName : url ? 'node internals' : `(native) ${functionName}`;
  byModule.set(where, (byModule.get(where) ?? 0) + dt);
  const fn = `${functionName || '(anonymous)'} — ${where}`;
  byFunction.set(fn, (byFunction.get(fn) ?? 0) + dt);
}
const print = (title, map) => {
  console.log(`\n${title}`);
  for (const [name, dt] of [...map].sort((a, b) => b[1] - a[1]).slice(0, TOP)) console.log(`${(dt / 1000).toFixed(0).padStart(7)} ms ${((100 * dt) / total).toFixed(1).padStart(5)}%  ${name}`);
};
console.log(`Profiled one lint pass over ${texts.length} files: ${(total / 1000).toFixed(0)} ms sampled.`);
print('Self time by package or source file:', byModule);
print('Hottest functions (self time):', byFunction);
