// `npm run eval`: measures the real rules on the labelled corpus (test/corpus), prints per language a table of
// figures with the examples that still fail, and writes test-output/eval.json.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { corpusDir, evaluateAll } from './evaluators';
import { LANGS, type Figure } from './metrics';

const FAILURES_SHOWN = Number(process.env.EVAL_FAILURES) || 8;

const dir = corpusDir(__dirname);
const floors: Record<string, number> = JSON.parse(readFileSync(join(dir, 'floors.json'), 'utf8'));
const figures = evaluateAll(dir);
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

/** The share of fully SMART goals flagged is what people feel; the corpus keeps its complement (passed). */
const shown = (f: Figure) => (f.measure === 'passed' ? { measure: 'flagged', value: 1 - f.value } : { measure: f.measure, value: f.value });

let below = 0;
for (const lang of LANGS) {
  console.log(`\n${lang === 'zh' ? 'Chinese (zh)' : 'English (en)'}`);
  console.log(`  ${'figure'.padEnd(38)}${'value'.padStart(8)}${'n'.padStart(6)}${'floor'.padStart(8)}`);
  for (const f of figures.filter((x) => x.lang === lang)) {
    const { measure, value } = shown(f);
    const floor = floors[f.id];
    const low = floor !== undefined && f.value < floor;
    if (low) below++;
    const floorText = floor === undefined ? '—' : measure === 'flagged' ? `≤${pct(1 - floor)}` : pct(floor);
    console.log(`  ${`${f.subject} ${measure}`.padEnd(38)}${pct(value).padStart(8)}${String(f.count).padStart(6)}${floorText.padStart(8)}${low ? '  BELOW FLOOR' : ''}`);
  }
}
for (const lang of LANGS) {
  const failing = figures.filter((f) => f.lang === lang && f.failures.length > 0);
  if (!failing.length) continue;
  console.log(`\nFailing examples (${lang}), up to ${FAILURES_SHOWN} per figure (EVAL_FAILURES=n shows more):`);
  for (const f of failing) {
    console.log(`  ${f.subject} ${shown(f).measure} — ${f.failures.length} failing`);
    for (const x of f.failures.slice(0, FAILURES_SHOWN)) console.log(`    • ${x.text}\n      expected ${x.expected}; got ${x.got}`);
  }
}
// Each batch as it measured blind, before any change it prompted (test/corpus/batches/blind.json).
const blind: Record<string, { measured: string; engine: string; figures: Record<string, { value: number; count: number }> }> = JSON.parse(readFileSync(join(dir, 'batches', 'blind.json'), 'utf8'));
console.log('\nBlind figures, each batch measured once before it was read (then moved into test/corpus/batches):');
for (const [batch, record] of Object.entries(blind)) {
  const f = (id: string) => record.figures[id];
  // A language with no review in the batch has no figures (not 100%).
  const row = (lang: string) => {
    const [precision, recall] = [f(`${lang}/all review findings/precision`), f(`${lang}/all review findings/recall`)];
    return precision?.count || recall?.count ? [`${lang} precision ${pct(precision?.value ?? 1)} · recall ${pct(recall?.value ?? 1)}`] : [];
  };
  console.log(`  ${batch} (${record.measured}, engine ${record.engine}): ${[...row('zh'), ...row('en')].join('; ')}`);
}
const out = join(dir, '..', '..', 'test-output', 'eval.json');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, JSON.stringify({ figures, floors }, null, 2));
console.log(`\nWrote ${out}${below ? `; ${below} figure(s) below their floor` : ''}`);
process.exitCode = below ? 1 : 0;
