// "Which Node" said once and true: the README's Node, package.json's engines and .nvmrc agree, and every
// package the lock file installs accepts that Node (a fresh `npm install` on it prints no EBADENGINE).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import semver from 'semver';

const ROOT = resolve(__dirname, '../../..');
const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');

test('every locked package accepts the oldest Node that package.json, README and .nvmrc name', () => {
  const range = JSON.parse(read('package.json')).engines.node as string;
  const oldest = semver.minVersion(range)!.version;
  const lock = JSON.parse(read('package-lock.json')) as { packages: Record<string, { engines?: { node?: string } }> };
  assert.equal(lock.packages[''].engines?.node, range, 'the lock file was written from this package.json');
  const refusing = Object.entries(lock.packages)
    .filter(([path, p]) => path && typeof p.engines?.node === 'string' && !semver.satisfies(oldest, p.engines.node))
    .map(([path, p]) => `${path.replace(/^.*node_modules\//, '')} wants node ${p.engines!.node}`);
  assert.deepEqual(refusing, [], `on Node ${oldest}`);
  const short = oldest.replace(/\.0$/, '');
  assert.match(read('README.md'), new RegExp(`Node ${short.replace('.', '\\.')}\\+`), `README names Node ${short}+`);
  assert.equal(read('.nvmrc').trim(), String(semver.major(oldest)));
  assert.ok(semver.satisfies(process.version, range), `the tests run on a Node the package accepts (${process.version})`);
});
