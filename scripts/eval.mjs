// `npm run eval`: bundles the evaluation harness (test/eval) with the engine and runs it on test/corpus.
// `npm run eval -- --blind <folder>` measures a new batch of labelled reviews blind (figures only; test/eval/blind.ts).
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import * as esbuild from 'esbuild';

const ROOT = resolve(import.meta.dirname, '..');
const blind = process.argv.includes('--blind');
const entry = blind ? 'blind' : 'run';
const outfile = resolve(ROOT, `dist-test/eval/${entry}.js`);
await esbuild.build({ entryPoints: [resolve(ROOT, `test/eval/${entry}.ts`)], outfile, bundle: true, platform: 'node', format: 'cjs', target: 'node20', loader: { '.md': 'text' }, sourcemap: 'inline', logLevel: 'warning' });
const args = process.argv.slice(2).filter((a) => a !== '--blind');
process.exit(spawnSync(process.execPath, [outfile, ...args], { stdio: 'inherit' }).status ?? 1);
