import { basename, isAbsolute, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { textconv } from '../../core/history/textconv';
import { EXIT, type Command, type CommandContext } from '../command';
import { readText } from '../../node/readText';
import { parseLocale } from '../locale';
import { t } from '../messages';
import { nodeWorkspace, toModelPath } from '../../node/workspaceHost';
import { escapeControlsInText } from '../../core/text/controls';

const HELP = {
  en: `Usage: mdreview textconv <review.md>

Prints a review in a stable, readable form for git's diff driver: frontmatter keys sorted, one line per
KPI with its attainment, sections ordered by section id. Set up once per repository:

  echo '*.md diff=mdreview' >> .gitattributes
  git config diff.mdreview.textconv "mdreview textconv"

See docs/diff.md for the word-diff regex that splits Chinese text per character.
Exit codes: 0 printed, 2 the file cannot be read.
`,
  zh: `用法：mdreview textconv <面谈.md>

以稳定、易读的形式输出面谈，供 git 的 diff 驱动使用：frontmatter 键排序、每个 KPI 一行（含达成率）、
章节按章节 id 排序。每个仓库设置一次：

  echo '*.md diff=mdreview' >> .gitattributes
  git config diff.mdreview.textconv "mdreview textconv"

按汉字逐字比较的 word-diff 正则见 docs/diff.md。
退出码：0 已输出，2 无法读取文件。
`,
};

async function run(args: string[], context: CommandContext): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args, options: { locale: { type: 'string' }, help: { type: 'boolean', short: 'h', default: false } }, allowPositionals: true, strict: true });
  } catch (e) {
    context.stderr.write(`mdreview textconv: ${(e as Error).message}\n`);
    return EXIT.failure;
  }
  const { values, positionals: files } = parsed;
  const locale = parseLocale(values.locale) ?? context.locale;
  if (values.help) {
    context.stdout.write(HELP[locale]);
    return EXIT.ok;
  }
  if (files.length !== 1) {
    context.stderr.write(`mdreview textconv: ${t(locale, 'oneFile')} ${t(locale, 'seeHelp', { command: 'textconv' })}\n`);
    return EXIT.failure;
  }
  const file = resolve(context.cwd, files[0]);
  const read = await readText(file);
  if (!read.ok) {
    context.stderr.write(escapeControlsInText(`mdreview textconv: ${files[0]}: ${read.message[locale]}\n`));
    return EXIT.failure;
  }
  // git hands textconv a temporary copy outside the repository: take the templates of the cwd (the repository) then.
  const outside = relative(context.cwd, file).startsWith('..') || isAbsolute(relative(context.cwd, file));
  const parseText = await nodeWorkspace(context.cwd, () => []).workspace.parser(toModelPath(outside ? join(context.cwd, basename(file)) : file));
  context.stdout.write(escapeControlsInText(textconv(parseText(read.text))));
  return EXIT.ok;
}

export const textconvCommand: Command = {
  name: 'textconv',
  summary: { en: 'print a review in a stable text form (a git diff driver)', zh: '以稳定的文本形式输出面谈（用作 git diff 驱动）' },
  run,
};
