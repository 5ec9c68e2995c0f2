import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, it } from 'node:test';

const ROOT = resolve(__dirname, '../../..');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

/** `x.web.ts` files under src/: the browser build's replacements for `x.ts` (see esbuild.mjs). */
function webVariants(dir = join(ROOT, 'src')): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? webVariants(join(dir, e.name)) : e.name.endsWith('.web.ts') ? [join(dir, e.name)] : []));
}

const exportedNames = (source: string) => [...source.matchAll(/^export (?:async )?(?:function|const|let|class|type|interface) (\w+)/gm)].map((m) => m[1]).sort();

describe('web extension manifest', () => {
  it('has a browser entry beside main, shipped in the .vsix', () => {
    assert.equal(pkg.browser, './dist/web/extension.js');
    assert.equal(pkg.main, './dist/extension.js');
    assert.match(readFileSync(join(ROOT, '.vscodeignore'), 'utf8'), /^!dist\/web\/extension\.js$/m);
  });

  it('hides the git-only command in the browser wherever it is contributed', () => {
    const entries = Object.values(pkg.contributes.menus as Record<string, { command: string; when?: string }[]>)
      .flat()
      .filter((m) => m.command === 'mdreview.compareWithRevision');
    assert.ok(entries.length >= 3);
    for (const m of entries) assert.match(m.when ?? '', /!isWeb/, JSON.stringify(m));
  });

  it('every x.web.ts seam exports exactly the names its desktop x.ts exports', () => {
    const variants = webVariants();
    assert.ok(variants.length >= 2);
    for (const web of variants) {
      const desktop = web.replace(/\.web\.ts$/, '.ts');
      assert.deepEqual(exportedNames(readFileSync(web, 'utf8')), exportedNames(readFileSync(desktop, 'utf8')), relative(ROOT, web));
    }
  });
});
