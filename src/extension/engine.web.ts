// The browser's engine: the web extension is one webworker bundle (only `vscode` can be required there),
// so the engine is bundled in instead of loaded from dist/engine.js. esbuild.mjs picks this file over
// engine.ts for the web build.
import * as engine from './engineExports';

export type Engine = typeof import('./engineExports');

export function loadEngine(): Promise<Engine> {
  return Promise.resolve(engine);
}
