// Builds the bundles (desktop extension, web extension, CLI, webview) and the test bundles.
// `node esbuild.mjs` builds minified; `--watch` rebuilds on change; `--no-tests` skips tests; `--pack` builds only
// what the npm package ships (.npmignore: the CLI, its lint worker and the unified plugin), which is what the
// `prepare` script builds (scripts/prepare.mjs).
import * as esbuild from 'esbuild';
import { builtinModules } from 'node:module';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { configValidator } from './scripts/build/configValidator.mjs';

const watch = process.argv.includes('--watch');
const packOnly = process.argv.includes('--pack');
const withTests = !packOnly && !process.argv.includes('--no-tests');
/** The bundles of the npm package (.npmignore). */
const PACKAGE_BUNDLES = ['dist/cli.js', 'dist/lintWorker.js', 'dist/unified.js'];

/** Files under `dir` whose names end with one of `suffixes`. */
function filesUnder(dir, suffixes) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...filesUnder(path, suffixes));
    else if (suffixes.some((s) => name.endsWith(s))) out.push(path);
  }
  return out;
}

// The web extension is one webworker bundle. A module `x.ts` with a sibling `x.web.ts` is replaced by it there:
// the seams where the desktop loads Node code (the lazily required engine bundle, the git runner).
const webVariants = {
  name: 'web-variants',
  setup(build) {
    build.onResolve({ filter: /^\.\.?\// }, (args) => {
      const web = resolve(args.resolveDir, `${args.path}.web.ts`);
      return existsSync(web) ? { path: web } : undefined;
    });
  },
};

// No Node API may reach the web bundle: fail the build, naming the importer, instead of shipping code that throws
// in vscode.dev. (A package's `browser` field, which esbuild honours, can still swap a builtin for a shim.)
const NODE_BUILTINS = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
const noNodeBuiltins = {
  name: 'no-node-builtins',
  setup(build) {
    build.onResolve({ filter: /.*/ }, (args) => {
      if (!NODE_BUILTINS.has(args.path)) return undefined;
      return { errors: [{ text: `the web extension must not use the Node module "${args.path}" (imported by ${args.importer})` }] };
    });
  },
};

// decode-named-character-reference's entity table is 35 KB the engine never reads: see src/core/parse/namedCharacterReference.ts.
const noEntityTable = {
  name: 'no-entity-table',
  setup(build) {
    build.onResolve({ filter: /^decode-named-character-reference$/ }, () => ({ path: resolve(import.meta.dirname, 'src/core/parse/namedCharacterReference.ts') }));
  },
};

// A web worker has no DOM: the `worker` export condition comes first (decode-named-character-reference's `browser`
// build calls document.createElement).
const WEB_BUNDLE = 'dist/web/extension.js';
const WEB_BUNDLE_BUDGET = 600 * 1024;
const webWorker = { plugins: [noNodeBuiltins, webVariants, configValidator, noEntityTable], platform: 'browser', conditions: ['worker'], target: 'es2022' };

const common = { plugins: [configValidator, noEntityTable], loader: { '.md': 'text', '.code-snippets': 'json' }, bundle: true, minify: true, sourcemap: 'linked', logLevel: 'warning', legalComments: 'none' };

const builds = [
  { ...common, entryPoints: ['src/extension/extension.ts'], outfile: 'dist/extension.js', platform: 'node', format: 'cjs', target: 'node20', external: ['vscode', './engine.js'] },
  { ...common, entryPoints: ['src/extension/engineExports.ts'], outfile: 'dist/engine.js', platform: 'node', format: 'cjs', target: 'node20' },
  // The desktop extension's lint thread (see src/extension/lintBackend.ts).
  { ...common, entryPoints: ['src/extension/lintThread.ts'], outfile: 'dist/lintThread.js', platform: 'node', format: 'cjs', target: 'node20' },
  { ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', platform: 'node', format: 'cjs', target: 'node20', banner: { js: '#!/usr/bin/env node' } },
  { ...common, entryPoints: ['src/cli/lintWorker.ts'], outfile: 'dist/lintWorker.js', platform: 'node', format: 'cjs', target: 'node20' },
  // `mdreview/unified` (package.json `exports`): the unified plugin for remark-cli and unified-language-server. Its
  // module.exports is the attacher itself (with `default` on it): an ES import of CommonJS sees module.exports as
  // the default export, which is what remark-cli's `--use` takes.
  { ...common, entryPoints: ['src/unified/index.ts'], outfile: 'dist/unified.js', platform: 'node', format: 'cjs', target: 'node20', footer: { js: 'module.exports = Object.assign(module.exports.default, module.exports);' } },
  { ...common, entryPoints: ['src/webview/main.ts'], outfile: 'dist/webview.js', platform: 'browser', format: 'iife', target: 'chrome120' },
  { ...common, entryPoints: ['src/webview/overview/main.ts'], outfile: 'dist/overview.js', platform: 'browser', format: 'iife', target: 'chrome120' },
  { ...common, entryPoints: ['src/webview/compare/main.ts'], outfile: 'dist/compare.js', platform: 'browser', format: 'iife', target: 'chrome120' },
  // package.json `browser`: vscode.dev, github.dev and other browser hosts run it in a web worker.
  { ...common, ...webWorker, entryPoints: ['src/extension/extension.ts'], outfile: WEB_BUNDLE, format: 'cjs', external: ['vscode'] },
];

if (withTests) {
  const testCommon = { plugins: [configValidator, noEntityTable], loader: { '.md': 'text', '.code-snippets': 'json' }, bundle: true, minify: false, sourcemap: 'inline', logLevel: 'warning', platform: 'node', format: 'cjs', target: 'node20' };
  builds.push({ ...testCommon, entryPoints: filesUnder('test/unit', ['.test.ts']), outdir: 'dist-test/unit', outbase: 'test/unit', external: ['fast-check'] });
  builds.push({ ...testCommon, entryPoints: ['test/integration/index.ts', ...filesUnder('test/integration/suite', ['.test.ts'])], outdir: 'dist-test/integration', outbase: 'test/integration', external: ['vscode', 'mocha', 'playwright-core'] });
  // The web pass runs in the browser's web worker extension host, like dist/web/extension.js.
  builds.push({ ...testCommon, ...webWorker, entryPoints: ['test/web/index.ts'], outfile: 'dist-test/web/index.js', external: ['vscode'] });
}

const present = builds
  .filter((b) => !packOnly || PACKAGE_BUNDLES.includes(b.outfile))
  .filter((b) => (b.entryPoints ?? []).length > 0 && b.entryPoints.every((p) => { try { return statSync(p).isFile(); } catch { return false; } }));

if (watch) {
  for (const b of present) (await esbuild.context(b)).watch();
} else {
  // Build everything even when one bundle fails, then fail the run: one broken entry hides nothing else.
  const results = await Promise.allSettled(present.map((b) => esbuild.build(b)));
  if (results.some((r) => r.status === 'rejected')) process.exitCode = 1;
  // The web extension's budget (vscode.dev downloads it on every visit).
  const webBytes = !packOnly && existsSync(WEB_BUNDLE) ? statSync(WEB_BUNDLE).size : 0;
  if (webBytes > WEB_BUNDLE_BUDGET) {
    console.error(`${WEB_BUNDLE} is ${(webBytes / 1024).toFixed(0)} KB, over its budget of ${WEB_BUNDLE_BUDGET / 1024} KB`);
    process.exitCode = 1;
  }
}
