import validate from 'virtual:config-validator';
import { parse as parseYaml } from 'yaml';
import type { SeveritySetting } from '../lint/types';
import type { Locale } from '../i18n';

export interface Config {
  rules?: Record<string, SeveritySetting>;
  defaultTemplate?: string;
  files?: string[];
  ignore?: string[];
  locale?: Locale;
}

export const CONFIG_FILE_NAMES = ['.mdreviewrc.json', '.mdreviewrc.yaml', '.mdreviewrc.yml'] as const;

/** Parses and validates a config file's text. Errors are plain sentences naming the file. */
export function parseConfig(text: string, fileName: string): { config: Config; errors: string[] } {
  let data: unknown;
  try {
    data = /\.json$/i.test(fileName) ? JSON.parse(text) : parseYaml(text, { maxAliasCount: 50 });
  } catch (e) {
    return { config: {}, errors: [`${fileName}: ${(e as Error).message.split('\n')[0]}`] };
  }
  data ??= {};
  if (!validate(data)) {
    const errors = (validate.errors ?? []).map((e) => `${fileName}: ${e.instancePath || '/'} ${e.message}${e.params && 'allowedValues' in e.params ? ` (${(e.params.allowedValues as unknown[]).join(', ')})` : ''}`);
    return { config: {}, errors };
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
