// The ids findings carry besides the registered rules' (src/core/rules/registry.ts): reading and config problems
// of the CLI, a rule that failed, a part of a review left unanalysed. They are no rules (no config setting turns
// them off) but appear in results like one, so each has a description and a page, docs/rules/<id>.md, as the rules
// do: `--format sarif` lists them among its rules, the unified plugin links their page.
import { text, type Text } from '../../core/i18n';
import { ANALYSIS_LIMIT } from '../../core/lint/lint';
import type { Severity } from '../../core/lint/types';
import { CONFIG_ERROR, IO_ERROR } from '../lint/types';

export interface RunnerRule {
  id: string;
  /** The severity it usually has (io-error is a warning for some reading problems). */
  severity: Severity;
  description: Text;
}

export const RUNNER_RULES: readonly RunnerRule[] = [
  {
    id: IO_ERROR,
    severity: 'error',
    description: text(
      'A file or folder could not be read: missing, binary, over 10 MB, not UTF-8, unreadable, a device; or a folder or glob named on the command line holds no review.',
      '文件或目录无法读取：不存在、二进制、超过 10 MB、不是 UTF-8、没有权限、设备文件；或命令行给出的目录、通配符中没有面谈记录。',
    ),
  },
  {
    id: CONFIG_ERROR,
    severity: 'error',
    description: text(
      'A config file (.mdreviewrc.json / .yaml / .yml) or a workspace template does not parse or validate; the reviews under it are linted with the defaults.',
      '配置文件（.mdreviewrc.json / .yaml / .yml）或工作区模板无法解析或未通过校验；其下的面谈按默认设置检查。',
    ),
  },
  {
    id: 'rule-error',
    severity: 'error',
    description: text('A rule failed while checking the file; the other rules still ran.', '某条规则检查此文件时出错；其他规则照常运行。'),
  },
  {
    id: ANALYSIS_LIMIT,
    severity: 'info',
    description: text(
      'Part of the file was not analysed (nested too deep, an over-long item, a review too large or too slow for some rules); the finding names what was skipped.',
      '文件有部分内容未检查（嵌套过深、条目过长、文件过大或用时过长，部分规则未运行）；提示中说明跳过了什么。',
    ),
  },
];
