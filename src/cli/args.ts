// Argument reading shared by the commands that take `--locale` and `--help`: parse strictly, settle the
// message language, print the help, or report a usage error in that language.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { Locale } from '../core/i18n';
import { EXIT, type CommandContext } from './command';
import { parseLocale } from './locale';
import { t } from './messages';
import { escapeControlsInText } from '../core/text/controls';

type ParseArgsOptionsConfig = NonNullable<ParseArgsConfig['options']>;
type Parsed<O extends ParseArgsOptionsConfig> = ReturnType<typeof parseArgs<{ args: string[]; options: O; allowPositionals: true; strict: true }>>;

export interface ReadArgs<O extends ParseArgsOptionsConfig> {
  values: Parsed<O>['values'];
  positionals: string[];
  /** The language of messages: the `--locale` flag, else the environment's. */
  locale: Locale;
  /** The `--locale` flag alone (a config's own locale may still win over the environment). */
  flagLocale?: Locale;
}

/** Prints `mdreview <command>: message` and where to find the usage; returns the failure exit code. */
export function usageError(command: string, context: CommandContext, locale: Locale, en: string, zh: string): number {
  context.stderr.write(escapeControlsInText(`mdreview ${command}: ${{ en, zh }[locale]}\n${t(locale, 'seeHelp', { command })}\n`));
  return EXIT.failure;
}

/** The parsed arguments, or the exit code when they were wrong or `--help` was asked for (and answered). */
export function readArgs<O extends ParseArgsOptionsConfig>(command: string, args: string[], options: O, context: CommandContext, help: Record<Locale, string>): ReadArgs<O> | number {
  let parsed: Parsed<O>;
  try {
    parsed = parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (e) {
    return usageError(command, context, context.locale, (e as Error).message, `参数有误：${(e as Error).message}`);
  }
  const values = parsed.values as Record<string, unknown>;
  const raw = typeof values.locale === 'string' ? values.locale : undefined;
  const flagLocale = parseLocale(raw);
  if (raw !== undefined && !flagLocale) return usageError(command, context, context.locale, `--locale must be en or zh, not "${raw}"`, `--locale 只能是 en 或 zh，而不是“${raw}”`);
  const locale = flagLocale ?? context.locale;
  if (values.help) {
    context.stdout.write(help[locale]);
    return EXIT.ok;
  }
  return { values: parsed.values, positionals: parsed.positionals, locale, flagLocale };
}
