// `mdreview import <export> <review>`: a live-stream dashboard export (CSV in UTF-8 or GB18030, or XLSX) into the
// review's KPI sessions and actuals. It prints the column mapping and the change as a diff first; --dry-run stops
// there. Decisions are the core's (src/core/import), shared with the editor's Import KPI Data… command.
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { createColors } from 'picocolors';
import { columnsToSave, withImportColumns } from '../../core/config/importColumns';
import { text, type Text } from '../../core/i18n';
import { describeImport, importKpiData } from '../../core/import/importKpiData';
import { LABEL_ROLES } from '../../core/import/columnMapping';
import { escapeControlsInText } from '../../core/text/controls';
import { joinPath } from '../../core/workspace/host';
import { readText } from '../../node/readText';
import { writeExclusively } from '../../node/writeFile';
import { nodeWorkspace, toModelPath } from '../../node/workspaceHost';
import { readArgs, usageError } from '../args';
import { EXIT, type Command, type CommandContext } from '../command';
import { fixDiff } from '../format/fixDiff';
import { displayPath } from '../lint/discover';
import { writeFix } from '../lint/fixWrite';

const OPTIONS = {
  map: { type: 'string', multiple: true, short: 'm' },
  sheet: { type: 'string' },
  'save-mapping': { type: 'boolean', default: false },
  'dry-run': { type: 'boolean', default: false },
  locale: { type: 'string' },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

const HELP = {
  en: `Usage: mdreview import <export.csv|export.xlsx> <review.md> [options]

Reads a live-stream dashboard export (one row per session; CSV in UTF-8, UTF-8 with BOM, UTF-16 or GB18030/GBK,
or an Excel .xlsx) and writes each matched KPI's sessions and this cycle's actual into the review's frontmatter:
the sum of the sessions, their mean for a rate or average, their highest for a peak (the KPI's aggregate).
Targets are never changed; the rest of the file stays byte for byte. Columns are matched by their headers
(观看人数, 场观, 最高在线, 成交金额, 转化率, 平均停留时长, Viewers, GMV…), by the team config's import.columns, and
by --map. Rows outside the review's cycle and totals rows are left out. The mapping and the change (a diff) are
printed before the file is written.

Options:
  -m, --map <column=id>   map an export column to a KPI id (or name), or to date, title or ignore; repeatable
      --sheet <name>      the XLSX sheet to read (default: the first)
      --save-mapping      save the mapping in the team config (import.columns of the nearest .mdreviewrc, or a new
                          .mdreviewrc.yaml) for the next export
      --dry-run           print the mapping and the diff; write nothing
      --locale <en|zh>    language of messages (default: from LC_ALL / LANG)
  -h, --help              show this help

Exit codes: 0 imported (or would be, with --dry-run), 2 usage error, or an export or review that cannot be read,
matched or written (nothing is written then).
`,
  zh: `用法：mdreview import <导出.csv|导出.xlsx> <面谈.md> [选项]

读取直播后台导出的数据（每场一行；CSV 可为 UTF-8、带 BOM 的 UTF-8、UTF-16 或 GB18030/GBK，或 Excel .xlsx），
把对应 KPI 的各场数据和本周期实际值写入面谈的 frontmatter：各场合计；比率或平均值取各场平均；峰值取最高的一场
（即 KPI 的 aggregate）。目标值绝不修改，文件其余部分逐字节保持不变。列按表头匹配（观看人数、场观、最高在线、
成交金额、转化率、平均停留时长、Viewers、GMV 等），也按团队配置的 import.columns 和 --map。不在面谈周期内的行
和合计行不导入。写入文件前先输出列的对应关系和改动（diff）。

选项：
  -m, --map <列名=id>     把导出的一列对应到某个 KPI 的 id（或名称），或 date、title、ignore；可重复
      --sheet <名称>      要读取的 XLSX 工作表（默认：第一个）
      --save-mapping      把对应关系保存到团队配置（最近的 .mdreviewrc 的 import.columns，没有则新建
                          .mdreviewrc.yaml），下次导入直接使用
      --dry-run           只输出对应关系和 diff，不写入
      --locale <en|zh>    提示信息的语言（默认取自 LC_ALL / LANG）
  -h, --help              显示本帮助

退出码：0 已导入（--dry-run 时为可以导入），2 用法错误，或导出文件、面谈无法读取、匹配或写入（此时不写入任何内容）。
`,
};

/** `--map` values as header → role; a usage error's text when one is not `column=id`. */
function readMaps(maps: string[] | undefined): Record<string, string> | string {
  const columns: Record<string, string> = {};
  for (const m of maps ?? []) {
    const at = m.lastIndexOf('=');
    if (at <= 0 || at === m.length - 1) return m;
    columns[m.slice(0, at).trim()] = m.slice(at + 1).trim();
  }
  return columns;
}

async function run(args: string[], context: CommandContext): Promise<number> {
  const read = readArgs('import', args, OPTIONS, context, HELP);
  if (typeof read === 'number') return read;
  const { values, positionals, locale } = read;
  if (positionals.length !== 2) return usageError('import', context, locale, 'give the export and the review: mdreview import <export> <review.md>', '请给出导出文件和面谈：mdreview import <导出文件> <面谈.md>');
  const maps = readMaps(values.map);
  if (typeof maps === 'string') return usageError('import', context, locale, `--map "${maps}" is not <column>=<KPI id>`, `--map“${maps}”不是 <列名>=<KPI id> 的形式`);
  const [exportArg, reviewArg] = positionals;
  const say = (message: Text | string) => void context.stderr.write(escapeControlsInText(`mdreview import: ${typeof message === 'string' ? message : message[locale]}\n`));

  let bytes: Uint8Array;
  try {
    bytes = await readFile(resolve(context.cwd, exportArg));
  } catch (e) {
    say(text('cannot read {file}: {m}', '无法读取 {file}：{m}', { file: exportArg, m: (e as Error).message }));
    return EXIT.failure;
  }
  const reviewPath = toModelPath(resolve(context.cwd, reviewArg));
  const source = await readText(reviewPath);
  if (!source.ok) {
    say({ en: `${reviewArg}: ${source.message.en}`, zh: `${reviewArg}：${source.message.zh}` });
    return EXIT.failure;
  }
  const { workspace } = nodeWorkspace(context.cwd, () => [toModelPath(resolve(context.cwd))]);
  const settings = await workspace.settings.forFile(reviewPath);
  const review = (await workspace.parser(reviewPath))(source.text);
  const result = importKpiData({ bytes, review, sheet: values.sheet, columns: { ...settings.config.import?.columns, ...maps } });
  const mistyped = Object.values(maps).filter((role) => !(LABEL_ROLES as readonly string[]).includes(role) && !review.kpis.some((k) => k.id === role || k.name === role));
  if (mistyped.length) say(text('--map names no KPI of the review: {ids}', '--map 中的名称不是面谈中的 KPI：{ids}', { ids: mistyped.join(', ') }));
  if (!result.ok) {
    say({ en: `${exportArg}: ${result.message.en}`, zh: `${exportArg}：${result.message.zh}` });
    return EXIT.failure;
  }
  const color = Boolean(context.stdout.isTTY) && !context.env.NO_COLOR;
  const fix = { applied: [], source: source.text, output: result.text };
  context.stdout.write(escapeControlsInText(`${describeImport(result, review, locale).join('\n')}\n\n`));
  context.stdout.write(`${fixDiff(displayPath(context.cwd, reviewPath), fix, createColors(color))}\n`);
  const written = await writeFix(reviewPath, source.digest, fix, !values['dry-run']);
  if ('problem' in written) {
    say({ en: `${reviewArg}: ${written.problem.en}`, zh: `${reviewArg}：${written.problem.zh}` });
    return EXIT.failure;
  }
  if (values['save-mapping'] && !values['dry-run']) {
    const saved = await saveMapping(settings.configPath ?? joinPath(settings.root, '.mdreviewrc.yaml'), columnsToSave(result.mapping, review.kpis));
    say(saved);
  }
  if (values['dry-run']) say(text('--dry-run: nothing written', '--dry-run：未写入'));
  return EXIT.ok;
}

/** Adds the mapping to the config file at `path` (created when missing); what happened, as a sentence. */
async function saveMapping(path: string, columns: Record<string, string>): Promise<Text> {
  try {
    const before = existsSync(path) ? await readFile(path, 'utf8') : '';
    await writeExclusively(path, withImportColumns(before, basename(path), columns));
    return text('column mapping saved in {file}', '列的对应关系已保存到 {file}', { file: path });
  } catch (e) {
    return text('the column mapping was not saved in {file}: {m}', '列的对应关系未能保存到 {file}：{m}', { file: path, m: (e as Error).message });
  }
}

export const importCommand: Command = {
  name: 'import',
  summary: { en: 'import KPI sessions and actuals from a live-stream export (CSV, XLSX) into a review', zh: '从直播后台导出的数据（CSV、XLSX）导入 KPI 各场数据和实际值' },
  run,
};
