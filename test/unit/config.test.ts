import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mergeConfigs, parseConfig } from '../../src/core/config/config';

test('a valid YAML and JSON config parse to the same config', () => {
  const yaml = parseConfig('defaultTemplate: general\nrules:\n  placeholder: error\n', '.mdreviewrc.yaml');
  const json = parseConfig('{"defaultTemplate":"general","rules":{"placeholder":"error"}}', '.mdreviewrc.json');
  assert.deepEqual(yaml, json);
  assert.deepEqual(yaml.errors, []);
  assert.equal(yaml.config.rules?.placeholder, 'error');
});

test('schema errors name the file, the place and the allowed values', () => {
  const { config, errors } = parseConfig('rules:\n  placeholder: loud\nlocale: fr\n', '.mdreviewrc.yaml');
  assert.deepEqual(config, {});
  assert.ok(errors.some((e) => e.includes('/rules/placeholder') && e.includes('off, info, warning, error')), errors.join('\n'));
  assert.ok(errors.some((e) => e.includes('/locale')), errors.join('\n'));
  assert.ok(parseConfig('unknownKey: 1', 'x.yaml').errors[0].includes('additional'));
});

test('syntax errors and empty files', () => {
  assert.match(parseConfig('{"rules": ', '.mdreviewrc.json').errors[0], /^\.mdreviewrc\.json: /);
  assert.match(parseConfig('rules: [a, b', '.mdreviewrc.yaml').errors[0], /^\.mdreviewrc\.yaml: /);
  assert.deepEqual(parseConfig('', '.mdreviewrc.yaml'), { config: {}, errors: [] });
});

test('later configs override earlier ones rule by rule', () => {
  const merged = mergeConfigs({ rules: { placeholder: 'error', 'section-order': 'off' }, locale: 'en' }, { rules: { placeholder: 'info' }, locale: 'zh' });
  assert.deepEqual(merged, { rules: { placeholder: 'info', 'section-order': 'off' }, locale: 'zh' });
});
