import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { RUNNER_RULES } from '../../../src/cli/format/runnerRules';
import { RULES, ruleDocPath } from '../../../src/core/rules/registry';

// Bundled to dist-test/unit/docs/: the repository root is three levels up.
const root = join(__dirname, '../../..');
const index = readFileSync(join(root, 'docs/rules/README.md'), 'utf8');
const indexRows = [...index.matchAll(/^\| \[([\w-]+)\]\(([\w-]+\.md)\) \| (\w+) \|/gm)].map((m) => ({ id: m[1], file: m[2], severity: m[3] }));

test('the rules index lists every registered rule, in registry order, with its default severity', () => {
  assert.deepEqual(indexRows.map((r) => r.id), RULES.map((r) => r.id));
  for (const [i, rule] of RULES.entries()) {
    assert.equal(indexRows[i].file, ruleDocPath(rule.id).replace('docs/rules/', ''));
    assert.equal(indexRows[i].severity, rule.defaultSeverity, rule.id);
  }
});

for (const rule of RULES) {
  test(`docs page of ${rule.id}`, (t) => {
    const path = join(root, ruleDocPath(rule.id));
    if (!existsSync(path)) {
      t.todo(`${ruleDocPath(rule.id)} is not written yet`);
      return;
    }
    const page = readFileSync(path, 'utf8');
    assert.match(page, new RegExp(`^# ${rule.id}\\n`), 'starts with the rule id as its title');
    const severity = /Default severity · 默认级别 \| `(\w+)`/.exec(page)?.[1];
    if (severity !== undefined) assert.equal(severity, rule.defaultSeverity, 'default severity as in the code');
    assert.ok(/[\u4e00-\u9fff]/.test(page) && /[A-Za-z]{4}/.test(page), 'in Chinese and English');
    for (const link of page.matchAll(/\]\(([\w-]+\.md)\)/g)) assert.ok(existsSync(join(root, 'docs/rules', link[1])) || RULES.some((r) => `${r.id}.md` === link[1]), `link to ${link[1]}`);
  });
}

// The ids that are no rules (io-error, config-error, rule-error, analysis-limit) have pages too: SARIF's helpUri
// and the unified plugin's url point at them.
for (const { id, severity } of RUNNER_RULES) {
  test(`docs page of ${id} (not a rule)`, () => {
    const path = join(root, ruleDocPath(id));
    assert.ok(existsSync(path), `${ruleDocPath(id)} exists`);
    const page = readFileSync(path, 'utf8');
    assert.match(page, new RegExp(`^# ${id}\\n`), 'starts with the id as its title');
    assert.equal(/Default severity · 默认级别 \| `(\w+)`/.exec(page)?.[1], severity, 'default severity as in the code');
    assert.ok(/[\u4e00-\u9fff]/.test(page) && /[A-Za-z]{4}/.test(page), 'in Chinese and English');
    for (const link of page.matchAll(/\]\(([\w-]+\.md)\)/g)) assert.ok(existsSync(join(root, 'docs/rules', link[1])), `link to ${link[1]}`);
    assert.ok(index.includes(`[\`${id}\`](${id}.md)`), 'linked from the rules index');
  });
}
