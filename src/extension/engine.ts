// The engine (parser, rules, YAML, date parsing) is most of the extension's code. It is bundled apart as
// dist/engine.js (see esbuild.mjs) and required on first use, so activation loads only the thin adapter.
export type Engine = typeof import('./engineExports');

let loading: Promise<Engine> | undefined;

export function loadEngine(): Promise<Engine> {
  // A runtime require of the sibling bundle: esbuild leaves './engine.js' external.
  return (loading ??= Promise.resolve().then(() => require('./engine.js') as Engine));
}
