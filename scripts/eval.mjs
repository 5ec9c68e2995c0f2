// `npm run eval`: bundles the evaluation harness (test/eval) with the engine and runs it on test/corpus.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import * as esbuild from 'esbuild';

const ROOT = resolve(import.meta.dirname, '..');
const outfile = resolve(ROOT, 'dist-test/eval/run.js');
await esbuild.build({ entryPoints: [resolve(ROOT, 'test/eval/run.ts')], outfile, bundle: true, platform: 'node', format: 'cjs', target: 'node20', loader: { '.md': 'text' }, sourcemap: 'inline', logLevel: 'warning' });
process.exit(spawnSync(process.execPath, [outfile], { stdio: 'inherit' }).status ?? 1);
