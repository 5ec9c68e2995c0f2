import type { Text } from '../../src/core/i18n';

export type HardeningClass = 'globs' | 'cache' | 'controls' | 'line-ends' | 'config-typos';
export const HARDENING_CLASSES: HardeningClass[];
export const DEFAULT_COUNTS: Record<HardeningClass, number>;
export const LIMITS: { globMs: number; runMs: number };
export const RAW_CONTROL: RegExp;

export interface HardeningCase {
  label: string;
  [key: string]: unknown;
}

export interface HardeningTools {
  /** The CLI's main(argv, context) (src/cli/main.ts), run in-process. */
  main: (argv: string[], context: unknown) => Promise<number>;
  /** A bundle of the CLI that `node <cliPath> …` runs. */
  cliPath: string;
  compileGlobs: (globs: readonly string[]) => { match: (path: string) => boolean; errors: Text[] };
  /** schemas/mdreviewrc.schema.json, parsed. */
  schema: unknown;
  /** Also count what in-process runs write to the process's own stdout/stderr (not under a test runner). */
  captureProcessOutput?: boolean;
}

export function hardeningCases(name: HardeningClass, seed: number, count: number): Generator<HardeningCase>;
export function runCase(name: HardeningClass, testCase: HardeningCase, tools: HardeningTools): Promise<{ failures: string[]; counters: Record<string, number> }>;
