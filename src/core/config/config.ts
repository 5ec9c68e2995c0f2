import localizeZh from 'ajv-i18n/localize/zh';
import validate, { configKeys, ruleIds } from 'virtual:config-validator';
import { parse as parseYaml } from 'yaml';
import type { SeveritySetting } from '../lint/types';
import { text as bilingual, type Locale, type Text } from '../i18n';
import { MAX_YAML_NESTING, nestingExceeds } from '../parse/frontmatter';
import { compileGlobs } from '../workspace/glob';
import { closest } from '../text/closest';

export interface Config {
  rules?: Record<string, SeveritySetting>;
  defaultTemplate?: string;
  files?: string[];
  ignore?: string[];
  locale?: Locale;
  /** `import.columns`: export column header → KPI id, `date`, `title` or `ignore` (see core/import). */
  import?: { columns?: Record<string, string> };
}

export const CONFIG_FILE_NAMES = ['.mdreviewrc.json', '.mdreviewrc.yaml', '.mdreviewrc.yml'] as const;

type SchemaError = NonNullable<typeof validate.errors>[number];

/** A schema error as a sentence: where in the config, what is wrong, and the allowed values when there is a list. */
function describe(e: SchemaError): string {
  return `${e.instancePath || '/'} ${e.message}${e.params && 'allowedValues' in e.params ? ` (${(e.params.allowedValues as unknown[]).join(', ')})` : ''}`;
}

/** A rule id the schema does not know, with the closest known id (ESLint reports unknown rules too). */
function unknownRule(id: string): Text {
  const near = closest(id, ruleIds);
  return near
    ? bilingual('/rules: unknown rule "{id}" (did you mean "{near}"?)', '/rules：未知规则“{id}”（是否应为“{near}”？）', { id, near })
    : bilingual('/rules: unknown rule "{id}" (known rules: {all})', '/rules：未知规则“{id}”（可用规则：{all}）', { id, all: ruleIds.join(', ') });
}

/** A top-level key the schema does not know (a misspelt `ignore`, `Rules`), with the closest known key. */
function unknownKey(key: string): Text {
  const near = closest(key, configKeys);
  return near
    ? bilingual('/: unknown key "{key}" (did you mean "{near}"?)', '/：未知配置项“{key}”（是否应为“{near}”？）', { key, near })
    : bilingual('/: unknown key "{key}" (known keys: {all})', '/：未知配置项“{key}”（可用配置项：{all}）', { key, all: configKeys.join(', ') });
}

/** The config's globs that cannot be matched safely (see workspace/glob.ts), as errors naming their key. */
function globErrors(config: Config): Text[] {
  return (['files', 'ignore'] as const).flatMap((key) => compileGlobs(config[key] ?? []).errors.map((e) => ({ en: `/${key}: ${e.en}`, zh: `/${key}：${e.zh}` })));
}

/** Parses and validates a config file's text. Errors are sentences in both languages (the caller names the file). */
export function parseConfig(text: string, fileName: string): { config: Config; errors: Text[] } {
  const format = /\.json$/i.test(fileName) ? 'JSON' : 'YAML';
  // The same bound as for a review's frontmatter: 100,000 `[` overflowed the stack of the YAML library.
  if (nestingExceeds(text, MAX_YAML_NESTING)) {
    return { config: {}, errors: [bilingual('not valid {format}: lists or mappings nest deeper than {max} levels', '不是有效的 {format}：列表或映射嵌套超过 {max} 层', { format, max: MAX_YAML_NESTING })] };
  }
  let data: unknown;
  try {
    // logLevel: a collection used as a key is no config of ours (the schema says so); the library would print a warning.
    // A lone CR ends a line as LF and CRLF do (as in a review's frontmatter); the YAML library reads it as a space.
    data = format === 'JSON' ? JSON.parse(text) : parseYaml(text.replace(/\r(?!\n)/g, '\n'), { maxAliasCount: 50, logLevel: 'error' });
  } catch (e) {
    return { config: {}, errors: [bilingual('not valid {format}: {m}', '不是有效的 {format}：{m}', { format, m: (e as Error).message.split('\n')[0] })] };
  }
  data ??= {};
  if (!validate(data)) {
    const en = validate.errors ?? [];
    // ajv-i18n rewrites the messages in place: translate copies.
    const zh = en.map((e) => ({ ...e }));
    localizeZh(zh);
    const unknown = (e: SchemaError, path: string) => (e.instancePath === path && e.keyword === 'additionalProperties' ? String(e.params.additionalProperty) : undefined);
    return {
      config: {},
      errors: en.map((e, i) => {
        const rule = unknown(e, '/rules');
        const key = unknown(e, '');
        return rule !== undefined ? unknownRule(rule) : key !== undefined ? unknownKey(key) : { en: describe(e), zh: describe(zh[i]) };
      }),
    };
  }
  const errors = globErrors(data as Config);
  return errors.length ? { config: {}, errors } : { config: data as Config, errors: [] };
}

/** Later configs override earlier ones, rule by rule. */
export function mergeConfigs(...configs: (Config | undefined)[]): Config {
  const out: Config = {};
  for (const c of configs) {
    if (!c) continue;
    Object.assign(out, { ...c, rules: { ...out.rules, ...c.rules } });
  }
  return out;
}
