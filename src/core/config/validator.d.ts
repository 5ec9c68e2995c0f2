// Generated at build time from schemas/mdreviewrc.schema.json by the plugin in esbuild.mjs.
declare module 'virtual:config-validator' {
  import type { ErrorObject } from 'ajv';
  const validate: ((data: unknown) => boolean) & { errors?: ErrorObject[] | null };
  export default validate;
  /** The rule ids the schema names. */
  export const ruleIds: readonly string[];
  /** The top-level keys the schema names. */
  export const configKeys: readonly string[];
}
