// `npm run eval -- --blind <folder>`: measures a batch nobody tuned to, before anyone reads it. It prints figures
// only, never a line of the batch (`--failures` lists what went wrong: for after the figures are recorded), and
// writes test-output/blind/<folder name>.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { evaluateBatches } from './batches';
import { corpusDir } from './evaluators';
import type { Figure } from './metrics';

const args = process.argv.slice(2);
const dir = resolve(args.find((a) => !a.startsWith('--')) ?? '');
const showFailures = args.includes('--failures');
const { figures } = evaluateBatches([dir], 'blind');
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const shown = (f: Figure) => (f.measure === 'passed' ? { measure: 'flagged', value: 1 - f.value } : f);
for (const lang of ['zh', 'en'] as const) {
  console.log(`\n${lang === 'zh' ? 'Chinese (zh)' : 'English (en)'} — blind batch ${basename(dir)}`);
  console.log(`  ${'figure'.padEnd(46)}${'value'.padStart(8)}${'n'.padStart(6)}`);
  for (const f of figures.filter((x) => x.lang === lang)) {
    const { measure, value } = shown(f);
    console.log(`  ${`${f.subject.replace(/^blind /, '')} ${measure}`.padEnd(46)}${(f.count ? pct(value) : '—').padStart(8)}${String(f.count).padStart(6)}`);
  }
}
if (showFailures) {
  for (const f of figures.filter((x) => x.failures.length)) {
    console.log(`\n${f.lang} ${f.subject} ${shown(f).measure} — ${f.failures.length} failing`);
    for (const x of f.failures) console.log(`    • ${x.text}\n      expected ${x.expected}; got ${x.got}`);
  }
}
const out = join(corpusDir(__dirname), '..', '..', 'test-output', 'blind', `${basename(dir)}.json`);
mkdirSync(join(out, '..'), { recursive: true });
writeFileSync(out, JSON.stringify({ batch: dir, figures: figures.map(({ failures, ...f }) => ({ ...f, failing: failures.length })) }, null, 2));
console.log(`\nWrote ${out}`);
