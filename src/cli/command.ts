import type { Locale } from '../core/i18n';

/** What a command's `run` gets besides its own arguments. */
export interface CommandContext {
  cwd: string;
  locale: Locale;
  /** Where to print results (stdout) and diagnostics (stderr); injected so output order is deterministic. */
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
  /** What `mdreview lint --stdin` reads; undefined: nothing (as an empty input). */
  stdin?: AsyncIterable<unknown>;
}

/** One `mdreview <name>` sub-command: a module under src/cli/commands. Resolves to the exit code. */
export interface Command {
  name: string;
  summary: { en: string; zh: string };
  run(args: string[], context: CommandContext): Promise<number>;
}

/** Exit codes shared by every command: 0 clean, 1 error-level findings, 2 usage or I/O failure. */
export const EXIT = { ok: 0, findings: 1, failure: 2 } as const;
