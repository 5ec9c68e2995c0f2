// esbuild plugin shared by esbuild.mjs and scripts/profile.mjs: the config validator is compiled from the JSON
// schema at build time, so the bundles carry ~5 KB of generated code instead of Ajv itself (~120 KB with its URI
// parser).
import Ajv from 'ajv';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

export const configValidator = {
  name: 'config-validator',
  setup(build) {
    build.onResolve({ filter: /^virtual:config-validator$/ }, () => ({ path: 'config-validator', namespace: 'virtual' }));
    build.onLoad({ filter: /.*/, namespace: 'virtual' }, () => {
      const ajv = new Ajv({ code: { source: true, esm: true }, allErrors: true });
      const schema = JSON.parse(readFileSync(join(ROOT, 'schemas/mdreviewrc.schema.json'), 'utf8'));
      const validate = ajv.compile(schema);
      // The rule ids and the top-level keys, so that an unknown one can be answered with the closest known one.
      const ruleIds = `export const ruleIds = ${JSON.stringify(Object.keys(schema.properties.rules.properties))};`;
      const configKeys = `export const configKeys = ${JSON.stringify(Object.keys(schema.properties))};`;
      return { contents: `${standaloneCode(ajv, validate)}\n${ruleIds}\n${configKeys}\n`, loader: 'js', resolveDir: ROOT };
    });
  },
};
