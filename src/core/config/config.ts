import localizeZh from 'ajv-i18n/localize/zh';
import validate from 'virtual:config-validator';
import { parse as parseYaml } from 'yaml';
import type { SeveritySetting } from '../lint/types';
import { text as bilingual, type Locale, type Text } from '../i18n';

export interface Config {
  rules?: Record<string, SeveritySetting>;
  defaultTemplate?: string;
  files?: string[];
  ignore?: string[];
  locale?: Locale;
}

export const CONFIG_FILE_NAMES = ['.mdreviewrc.json', '.mdreviewrc.yaml', '.mdreviewrc.yml'] as const;

type SchemaError = NonNullable<typeof validate.errors>[number];

/** A schema error as a sentence: where in the config, what is wrong, and the allowed values when there is a list. */
function describe(e: SchemaError): string {
  return `${e.instancePath || '/'} ${e.message}${e.params && 'allowedValues' in e.params ? ` (${(e.params.allowedValues as unknown[]).join(', ')})` : ''}`;
}

/** Parses and validates a config file's text. Errors are sentences in both languages (the caller names the file). */
export function parseConfig(text: string, fileName: string): { config: Config; errors: Text[] } {
  const format = /\.json$/i.test(fileName) ? 'JSON' : 'YAML';
  let data: unknown;
  try {
    data = format === 'JSON' ? JSON.parse(text) : parseYaml(text, { maxAliasCount: 50 });
  } catch (e) {
    return { config: {}, errors: [bilingual('not valid {format}: {m}', '不是有效的 {format}：{m}', { format, m: (e as Error).message.split('\n')[0] })] };
  }
  data ??= {};
  if (!validate(data)) {
    const en = validate.errors ?? [];
    // ajv-i18n rewrites the messages in place: translate copies.
    const zh = en.map((e) => ({ ...e }));
    localizeZh(zh);
    return { config: {}, errors: en.map((e, i) => ({ en: describe(e), zh: describe(zh[i]) })) };
  }
  return { config: data as Config, errors: [] };
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
