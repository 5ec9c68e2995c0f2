// package.json `prepare`: builds the bundles the npm package ships (dist/cli.js, dist/lintWorker.js, dist/unified.js;
// `node esbuild.mjs --pack`). npm runs it on `npm install` / `npm ci` in this repository, on `npm pack` and
// `npm publish`, and when it installs mdreview from git — which is how the pre-commit framework installs the hook
// (docs/ci.md, "pre-commit framework"):
//   - pre-commit 4.6.1 and later run `npm install --install-links -g git+file://<its clone>`. npm clones, then
//     "prepares" the clone with an `npm install` that inherits `--global` and `--install-links`: it installs no
//     devDependencies into the clone and runs `prepare` there with no node_modules at all. So when esbuild is
//     missing, this script installs what the build needs first: the packages in BUILD_PACKAGES and their
//     dependencies, at the versions of this repository's package-lock.json, into a temporary folder (about 15 MB,
//     nothing compiled, no install scripts), builds, and removes it again;
//   - older pre-commit (Debian's 3.0.4 among them) runs `npm install` in its clone (all devDependencies), then
//     `npm pack`: esbuild is there, so this only builds.
// In this repository it rebuilds the three bundles (about a second). Nothing here prints to standard output: old
// pre-commit reads the tarball's name from `npm pack`'s output (see .npmrc).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const BUNDLES = ['dist/cli.js', 'dist/lintWorker.js', 'dist/unified.js'];

// What `node esbuild.mjs --pack` imports: esbuild and Ajv (the config validator is compiled at build time), and
// the packages bundled into the CLI and the unified plugin. A new import in their code must be added here: the
// pre-commit test (test/hooks/precommit.test.mjs) builds with exactly this list and fails otherwise.
const BUILD_PACKAGES = [
  'esbuild', 'ajv', 'ajv-i18n', 'chrono-node', 'd3-dsv', 'diff', 'fflate', 'ignore', 'mdast-util-gfm-table', 'mdast-util-gfm-task-list-item',
  'micromark-extension-gfm-table', 'micromark-extension-gfm-task-list-item', 'p-limit', 'picocolors', 'picomatch',
  'remark-frontmatter', 'remark-parse', 'tinyglobby', 'unified', 'yaml',
];

const log = (message) => process.stderr.write(`[mdreview prepare] ${message}\n`);

/** Runs a command with its output on standard error; throws when it fails. */
function run(command, args, options) {
  const r = spawnSync(command, args, { stdio: ['ignore', 2, 2], ...options });
  if (r.status !== 0) throw new Error(`${[command, ...args].join(' ')} failed${r.error ? `: ${r.error.message}` : ` (exit code ${r.status})`}`);
}

const build = () => run(process.execPath, ['esbuild.mjs', '--pack'], { cwd: ROOT });

/**
 * package-lock.json cut down to BUILD_PACKAGES and everything they depend on, at the same versions and in the
 * same places, as the lock file of a project that depends on just them.
 */
function buildLock() {
  const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8'));
  const packages = lock.packages;
  // Where Node would find `name` from the package at `from` ('' is the root): its own node_modules, then upwards.
  const locate = (from, name) => {
    for (let dir = from; ; dir = dir.includes('/node_modules/') ? dir.slice(0, dir.lastIndexOf('/node_modules/')) : '') {
      const path = `${dir ? `${dir}/` : ''}node_modules/${name}`;
      if (packages[path]) return path;
      if (!dir) return undefined;
    }
  };
  const kept = {};
  const visit = (from, name, optional) => {
    const path = locate(from, name);
    if (!path) {
      if (optional) return;
      throw new Error(`package-lock.json has no ${name} (needed from ${from || 'the root'})`);
    }
    if (kept[path]) return;
    // This project depends on them: they are not dev dependencies here.
    const { dev: _dev, devOptional: _devOptional, ...entry } = packages[path];
    kept[path] = entry;
    for (const dep of Object.keys(entry.dependencies ?? {})) visit(path, dep, false);
    for (const dep of Object.keys(entry.optionalDependencies ?? {})) visit(path, dep, true);
    for (const dep of Object.keys(entry.peerDependencies ?? {})) visit(path, dep, true);
  };
  for (const name of BUILD_PACKAGES) visit('', name, false);
  const dependencies = Object.fromEntries(BUILD_PACKAGES.map((name) => [name, kept[`node_modules/${name}`].version]));
  const manifest = { name: 'mdreview-build', version: '0.0.0', private: true, dependencies };
  return { manifest, lock: { name: manifest.name, version: manifest.version, lockfileVersion: 3, requires: true, packages: { '': { name: manifest.name, version: manifest.version, dependencies }, ...kept } } };
}

/** Installs BUILD_PACKAGES into a temporary folder, links it as node_modules, builds, removes both. */
function bootstrapAndBuild() {
  if (existsSync(join(ROOT, 'node_modules'))) throw new Error('node_modules has no esbuild: run `npm install` first');
  log('no devDependencies installed (npm preparing a git dependency): installing what the build needs');
  const dir = mkdtempSync(join(tmpdir(), 'mdreview-build-'));
  const link = join(ROOT, 'node_modules');
  try {
    const { manifest, lock } = buildLock();
    writeFileSync(join(dir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    writeFileSync(join(dir, 'package-lock.json'), `${JSON.stringify(lock, null, 2)}\n`);
    // The npm that runs this passes its own command line down as npm_config_* variables: `--global`, `--prefix`
    // and `--install-links` of the git install would turn this `npm ci` into another global install.
    const env = Object.fromEntries(Object.entries(process.env).filter(([key]) =>
      !/^npm_config_(global|location|prefix|global_prefix|local_prefix|install_links|allow_git|dry_run|package_lock|package_lock_only|omit|include|production|only|also|dev|force|save\w*|workspaces?|include_workspace_root|ignore_scripts|foreground_scripts)$/i.test(key)));
    const execPath = process.env.npm_execpath;
    const [npm, ...npmArgs] = execPath && /npm-cli\.js$/.test(execPath) ? [process.execPath, execPath] : [process.platform === 'win32' ? 'npm.cmd' : 'npm'];
    run(npm, [...npmArgs, 'ci', '--prefix', dir, '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: dir, env, shell: process.platform === 'win32' && npm === 'npm.cmd' });
    symlinkSync(join(dir, 'node_modules'), link, 'junction');
    build();
  } finally {
    try { unlinkSync(link); } catch { /* not linked */ }
    rmSync(dir, { recursive: true, force: true });
  }
}

try {
  if (existsSync(join(ROOT, 'node_modules/esbuild/package.json'))) build();
  else if (BUNDLES.every((f) => existsSync(join(ROOT, f)))) log('the bundles are built (an earlier pass of npm\'s preparation)');
  else bootstrapAndBuild();
} catch (error) {
  log(error.message);
  process.exitCode = 1;
}
