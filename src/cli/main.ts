// The `mdreview` bin: a small dispatcher over src/cli/commands/<name>.ts.
// Adding a command = one import + one entry in COMMANDS.
import { version } from '../../package.json';
import { EXIT, type Command, type CommandContext } from './command';
import { lintCommand } from './commands/lint';
import { diffCommand } from './commands/diff';
import { importCommand } from './commands/import';
import { newCommand } from './commands/new';
import { reportCommand } from './commands/report';
import { textconvCommand } from './commands/textconv';
import { localeFromEnv, parseLocale } from './locale';
import { t } from './messages';

const COMMANDS: readonly Command[] = [lintCommand, reportCommand, newCommand, importCommand, diffCommand, textconvCommand];

function usage(context: CommandContext): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  const rows = COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary[context.locale]}`).join('\n');
  return t(context.locale, 'usage', { rows });
}

/** Runs the CLI with `argv` (without node and the script) and resolves to the exit code. */
export async function main(argv: string[], context: CommandContext): Promise<number> {
  const [name, ...rest] = argv;
  if (name === '--version' || name === '-v') {
    context.stdout.write(`${version}\n`);
    return EXIT.ok;
  }
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    (name === undefined ? context.stderr : context.stdout).write(usage(context));
    return name === undefined ? EXIT.failure : EXIT.ok;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    context.stderr.write(t(context.locale, 'unknownCommand', { name, usage: usage(context) }));
    return EXIT.failure;
  }
  return command.run(rest, context);
}

if (require.main === module) {
  const argv = process.argv.slice(2);
  // A `--locale` flag anywhere also sets the language of the dispatcher's own messages.
  const flag = argv.findIndex((a) => a === '--locale' || a.startsWith('--locale='));
  const flagValue = flag < 0 ? undefined : argv[flag].includes('=') ? argv[flag].split('=')[1] : argv[flag + 1];
  const context: CommandContext = {
    cwd: process.cwd(),
    locale: parseLocale(flagValue) ?? localeFromEnv(process.env),
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    // Only `lint --stdin` touches standard input: opening it eagerly would hold the process on a terminal.
    get stdin() {
      return process.stdin;
    },
  };
  // A closed pipe (`mdreview lint … | head -1`) is not an error: stop writing, finish, and exit with the run's own code.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE' && error.code !== 'ERR_STREAM_DESTROYED') throw error;
    });
  }
  main(argv, context).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      context.stderr.write(`mdreview: ${(error as Error)?.stack ?? String(error)}\n`);
      process.exitCode = EXIT.failure;
    },
  );
}
