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

test('schema errors name the place and the allowed values, in English and Chinese', () => {
  const { config, errors } = parseConfig('rules:\n  placeholder: loud\nlocale: fr\n', '.mdreviewrc.yaml');
  assert.deepEqual(config, {});
  const en = errors.map((e) => e.en);
  assert.ok(en.some((e) => e.includes('/rules/placeholder') && e.includes('off, info, warning, error')), en.join('\n'));
  assert.ok(en.some((e) => e.includes('/locale')), en.join('\n'));
  assert.ok(errors.some((e) => e.zh === '/rules/placeholder 应当是预设定的枚举值之一 (off, info, warning, error)'), errors.map((e) => e.zh).join('\n'));
  // An unknown key is named, with the closest known key or, when none is near, all of them (issue 26).
  assert.match(parseConfig('unknownKey: 1', 'x.yaml').errors[0].en, /^\/: unknown key "unknownKey" \(known keys: \$schema, rules, /);
  assert.match(parseConfig('unknownKey: 1', 'x.yaml').errors[0].zh, /^\/：未知配置项“unknownKey”（可用配置项：\$schema, rules, /);
  assert.equal(parseConfig('ignor: []', 'x.yaml').errors[0].en, '/: unknown key "ignor" (did you mean "ignore"?)');
});

test('syntax errors say which format, in both languages; an empty file is an empty config', () => {
  assert.match(parseConfig('{"rules": ', '.mdreviewrc.json').errors[0].en, /^not valid JSON: /);
  assert.match(parseConfig('{"rules": ', '.mdreviewrc.json').errors[0].zh, /^不是有效的 JSON：/);
  assert.match(parseConfig('rules: [a, b', '.mdreviewrc.yaml').errors[0].en, /^not valid YAML: /);
  assert.deepEqual(parseConfig('', '.mdreviewrc.yaml'), { config: {}, errors: [] });
});

test('later configs override earlier ones rule by rule', () => {
  const merged = mergeConfigs({ rules: { placeholder: 'error', 'section-order': 'off' }, locale: 'en' }, { rules: { placeholder: 'info' }, locale: 'zh' });
  assert.deepEqual(merged, { rules: { placeholder: 'info', 'section-order': 'off' }, locale: 'zh' });
});
