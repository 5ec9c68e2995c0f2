// The manifest fields a Marketplace or Open VSX page shows, and what the README's images weigh in the .vsix.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { test } from 'node:test';

const ROOT = resolve(__dirname, '../../..');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

test('the extension has an icon (a 128×128 PNG shipped in the .vsix), a banner and keywords in both languages', () => {
  const png = readFileSync(join(ROOT, pkg.icon));
  assert.equal(png.subarray(1, 4).toString(), 'PNG');
  assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [128, 128]);
  assert.match(readFileSync(join(ROOT, '.vscodeignore'), 'utf8'), new RegExp(`^!${pkg.icon.replace('.', '\\.')}$`, 'm'));
  assert.match(pkg.galleryBanner.color, /^#[0-9a-f]{6}$/i);
  assert.ok(pkg.keywords.length >= 5 && pkg.keywords.length <= 30, 'vsce takes at most 30');
  assert.ok(pkg.keywords.some((k: string) => /[\u4e00-\u9fff]/.test(k)) && pkg.keywords.some((k: string) => /^[a-z]/.test(k)));
  assert.match(pkg.description, /^%\w+%$/, 'the description is localised (package.nls*.json)');
});

test('the README\'s screenshots stay small in the .vsix (under 400 KB together)', () => {
  const dir = join(ROOT, 'docs/images');
  const bytes = readdirSync(dir).reduce((sum, f) => sum + statSync(join(dir, f)).size, 0);
  assert.ok(bytes < 400 * 1024, `${Math.round(bytes / 1024)} KB`);
});
