import { text, type Text } from '../i18n';
import type { YamlIssue } from '../model';
import { MAX_YAML_NESTING, MAX_YAML_LENGTH } from './frontmatter';

// YAML errors said in either language, by the YAML library's code; the library's own message is English only.
const YAML_ERRORS: Record<string, Text> = {
  DUPLICATE_KEY: text('Duplicate key `{key}`: each key may appear only once in the frontmatter.', '键 `{key}` 重复：头信息中每个键只能出现一次。'),
  BAD_INDENT: text('Wrong indentation: the items of one list or mapping must start in the same column.', '缩进不一致：同一列表或映射中的各项必须从同一列开始。'),
  TAB_AS_INDENT: text('A tab is used for indentation: YAML only allows spaces.', '缩进中用了制表符（Tab）：YAML 只允许用空格缩进。'),
  MISSING_CHAR: text('A closing quote or bracket is missing.', '缺少配对的引号或括号。'),
  BLOCK_AS_IMPLICIT_KEY: text('Two colons on one line: put quotes around a value that contains ": ".', '一行中有两个冒号：含“: ”的值请加引号。'),
  MULTILINE_IMPLICIT_KEY: text('A key runs over several lines: end each key with ":" on its own line.', '键跨了多行：每个键须在同一行内以“:”结束。'),
  BAD_SCALAR_START: text('A value starts with a character YAML reserves (@, `, %…): put it in quotes.', '值以 YAML 的保留字符（@、`、% 等）开头：请加引号。'),
  UNEXPECTED_TOKEN: text('Unexpected text: each line should be "key: value" or a list item "- …".', '出现了无法识别的内容：每行应为“键: 值”或列表项“- …”。'),
  MULTIPLE_DOCS: text('The frontmatter holds more than one YAML document (a second ---).', '头信息中有多个 YAML 文档（多了一行 ---）。'),
  TOO_LARGE: text('The frontmatter is too large to read (over {kb} KB).', '头信息过大，无法读取（超过 {kb} KB）。', { kb: MAX_YAML_LENGTH / 1024 }),
  TOO_DEEP: text('The frontmatter nests lists or mappings more than {depth} levels deep (in brackets, or "- - -" on one line): it was not read.', '头信息中列表或映射嵌套超过 {depth} 层（方括号、花括号，或同一行的“- - -”），未读取。', { depth: MAX_YAML_NESTING }),
  ALIAS_LIMIT: text('The frontmatter expands too many aliases (*name) to be read.', '头信息中别名（*name）展开过多，无法读取。'),
};

/** A YAML error of the frontmatter, in both languages. */
export function yamlIssueText(issue: YamlIssue): Text {
  const known = YAML_ERRORS[issue.code];
  if (known) return text(known.en, known.zh, { key: issue.key });
  return text('YAML syntax error: {m}', 'YAML 语法错误：请检查这一行的缩进、冒号和引号。', { m: issue.message });
}

