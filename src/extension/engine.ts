// The engine (parser, rules, YAML, ajv) is most of the bundle. Loading it on first use keeps activation cheap:
// esbuild wraps a dynamically imported module so its top level runs only when import() is called.
export type Engine = typeof import('./engineExports');

let loading: Promise<Engine> | undefined;

export function loadEngine(): Promise<Engine> {
  return (loading ??= import('./engineExports'));
}
