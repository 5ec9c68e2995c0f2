import assert from 'node:assert/strict';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type { IGrammar } from 'vscode-textmate';
import { markdownWithInjections, snapshot, tokenize, vscodeMarkdownGrammars, type Token } from './tokenize';

// Bundled to dist-test/unit/grammar/: the repository root is three levels up.
const root = join(__dirname, '../../..');
const here = join(root, 'test/unit/grammar');
const fixtures = join(here, 'fixtures');
const standIn = new Map([['text.html.markdown', join(fixtures, 'markdown-standin.tmLanguage.json')]]);
const update = process.env.UPDATE_SNAPSHOTS === '1';

const read = (name: string) => readFileSync(join(fixtures, name), 'utf8');

/** The token reading `tokenText` on the first line that contains `lineMarker`. */
function tokenOf(tokens: Token[], text: string, lineMarker: string, tokenText: string): Token {
  const line = text.split(/\r?\n/).findIndex((l) => l.includes(lineMarker));
  assert.ok(line >= 0, `no line contains ${lineMarker}`);
  const token = tokens.find((t) => t.line === line && t.text === tokenText);
  assert.ok(token, `no token ${JSON.stringify(tokenText)} on line ${line + 1}: ${JSON.stringify(tokens.filter((t) => t.line === line).map((t) => t.text))}`);
  return token;
}

// [fixture, line marker, token text, scope it must carry]
const HIGHLIGHTED: [string, string, string, string][] = [
  ['review.zh.md', 'employee: 张伟', 'employee', 'variable.other.key.mdreview'],
  ['review.zh.md', 'status: draft', 'status', 'variable.other.key.mdreview'],
  ['review.zh.md', 'status: draft', 'draft', 'keyword.other.status.mdreview'],
  ['review.zh.md', 'date: 2026-10-09', '2026-10-09', 'string.other.date.mdreview'],
  ['review.zh.md', '- name: 观看人数', 'name', 'variable.other.key.mdreview'],
  ['review.zh.md', 'target: 140万', 'target', 'variable.other.key.mdreview'],
  ['review.zh.md', 'target: 140万', '140万', 'constant.numeric.kpi.mdreview'],
  ['review.zh.md', '{ label: 7月', 'label', 'variable.other.key.mdreview'],
  ['review.zh.md', '{ label: 7月', '46万', 'constant.numeric.kpi.mdreview'],
  ['review.zh.md', 'name: 退货率', 'better', 'variable.other.key.mdreview'],
  ['review.zh.md', 'name: 退货率', 'lower', 'keyword.other.direction.mdreview'],
  ['review.zh.md', 'name: 退货率', '7.4%', 'constant.numeric.kpi.percentage.mdreview'],
  ['review.zh.md', '达成率 106%', '106%', 'constant.numeric.kpi.percentage.mdreview'],
  ['review.zh.md', '达成率 106%', '0.4 个百分点', 'constant.numeric.kpi.percentage.mdreview'],
  ['review.zh.md', '达成率 106%', '381 万', 'constant.numeric.kpi.mdreview'],
  ['review.zh.md', '达成率 106%', '1.1万', 'constant.numeric.kpi.mdreview'],
  ['review.zh.md', '达成率 106%', '¥128', 'constant.numeric.kpi.mdreview'],
  ['review.zh.md', '每周数据复盘表', '负责人', 'keyword.other.label.owner.mdreview'],
  ['review.zh.md', '每周数据复盘表', '张伟', 'entity.name.tag.owner.mdreview'],
  ['review.zh.md', '每周数据复盘表', '截止', 'keyword.other.label.due.mdreview'],
  ['review.zh.md', '每周数据复盘表', '2026-07-15', 'string.other.date.due.mdreview'],
  ['review.zh.md', '预算占比提高到60%', '60%', 'constant.numeric.kpi.percentage.mdreview'],
  ['review.zh.md', '预算占比提高到60%', '陈磊', 'entity.name.tag.owner.mdreview'],
  ['review.zh.md', '3 次彩排', '责任人', 'keyword.other.label.owner.mdreview'],
  ['review.zh.md', '3 次彩排', '11月5日前', 'string.other.date.due.mdreview'],
  ['review.zh.md', '由@王芳确认', '王芳确认', 'entity.name.tag.owner.mdreview'],
  ['review.zh.md', '由@王芳确认', '@', 'punctuation.definition.owner.mdreview'],
  ['review.zh.md', '由@王芳确认', '下季度', 'string.other.date.due.mdreview'],
  ['review.en.md', 'status: final', 'final', 'keyword.other.status.mdreview'],
  ['review.en.md', 'name: Revenue', '$1.31M', 'constant.numeric.kpi.mdreview'],
  ['review.en.md', 'name: Cost per', 'higher', 'keyword.other.direction.mdreview'],
  ['review.en.md', 'Revenue reached', '$1.26M', 'constant.numeric.kpi.mdreview'],
  ['review.en.md', 'Revenue reached', '105%', 'constant.numeric.kpi.percentage.mdreview'],
  ['review.en.md', 'Revenue reached', '$11.40', 'constant.numeric.kpi.mdreview'],
  ['review.en.md', 'Revenue reached', '5.4k', 'constant.numeric.kpi.mdreview'],
  ['review.en.md', 'run sheet Owner', 'Owner', 'keyword.other.label.owner.mdreview'],
  ['review.en.md', 'run sheet Owner', 'alex', 'entity.name.tag.owner.mdreview'],
  ['review.en.md', 'run sheet Owner', '2026-10-15', 'string.other.date.due.mdreview'],
  ['review.en.md', 'Assignee: maria.lopez', 'maria.lopez', 'entity.name.tag.owner.mdreview'],
  ['review.en.md', 'Assignee: maria.lopez', 'end of March', 'string.other.date.due.mdreview'],
  ['review.en.md', 'with @maria-lopez', 'maria-lopez', 'entity.name.tag.owner.mdreview'],
  ['review.en.md', 'with @maria-lopez', 'due date', 'keyword.other.label.due.mdreview'],
  ['review.en.md', 'with @maria-lopez', '2026/11/30', 'string.other.date.due.mdreview'],
  ['review.en.md', 'is status: submitted', 'submitted', 'keyword.other.status.mdreview'],
];

// [fixture, line marker, text that must carry no mdreview scope at all]
const PLAIN: [string, string, string][] = [
  ['review.zh.md', '# 注释里的', 'final'],
  ['review.zh.md', '# 注释里的', '@王芳'],
  ['review.zh.md', '<!-- 负责人', '@王芳'],
  ['review.zh.md', '<!-- 负责人', '2026-12-31'],
  ['review.zh.md', '代码里的', '@decorator'],
  ['review.zh.md', '代码里的', '4.1%'],
  ['review.zh.md', '@Component', '@Component'],
  ['review.zh.md', '@Component', '2026-12-31'],
  ['review.zh.md', '正文里的 employee', 'employee'],
  ['review.zh.md', '正文里的 employee', 'archived'],
  ['review.zh.md', '正文里的 employee', 'zhang.wei@example.com'],
  ['review.zh.md', '正文里的 employee', 'v2.0'],
  ['review.zh.md', '正文里的 employee', '20:00'],
  ['review.en.md', 'Mail alex.chen', 'alex.chen@example.com'],
  ['review.en.md', 'Mail alex.chen', 'after sign-off'],
];

/** Tokens of the line that cover `needle`, so a miss shows what it was read as. */
function tokensCovering(tokens: Token[], text: string, lineMarker: string, needle: string): Token[] {
  const lines = text.split(/\r?\n/);
  const line = lines.findIndex((l) => l.includes(lineMarker));
  assert.ok(line >= 0 && lines[line].includes(needle), `no line contains ${lineMarker} and ${needle}`);
  const start = lines[line].indexOf(needle);
  let offset = 0;
  return tokens.filter((t) => t.line === line).filter((t) => {
    const from = offset;
    offset += t.text.length;
    return from < start + needle.length && offset > start;
  });
}

function checkTokens(grammar: IGrammar) {
  const tokensByFixture = new Map<string, Token[]>();
  const tokensOf = (name: string) => {
    if (!tokensByFixture.has(name)) tokensByFixture.set(name, tokenize(grammar, read(name)));
    return tokensByFixture.get(name)!;
  };
  for (const [name, marker, tokenText, scope] of HIGHLIGHTED) {
    const token = tokenOf(tokensOf(name), read(name), marker, tokenText);
    assert.ok(token.scopes.includes(scope), `${name} “${tokenText}” should be ${scope}, is ${token.scopes.join(' ')}`);
  }
  // The injections must leave the base grammars' structure intact: a key or value taken out of the
  // YAML grammar's regions shows up as `invalid.illegal.*` on the tokens after it.
  const reviews = readdirSync(join(root, 'examples/reviews'), { recursive: true }).map(String).filter((f) => f.endsWith('.md'));
  const texts = [...reviews.map((f) => readFileSync(join(root, 'examples/reviews', f), 'utf8')), ...[...new Set(HIGHLIGHTED.map((h) => h[0]))].map(read)];
  for (const text of texts) {
    const broken = tokenize(grammar, text).filter((t) => t.scopes.some((s) => s.startsWith('invalid.')));
    assert.deepEqual(broken.map((t) => `${t.line + 1}: ${t.text}`), [], `${text.split('\n')[1]}: tokens marked invalid`);
  }
  for (const [name, marker, needle] of PLAIN) {
    for (const token of tokensCovering(tokensOf(name), read(name), marker, needle)) {
      assert.ok(!token.scopes.some((s) => s.endsWith('.mdreview')), `${name} “${token.text}” in “${needle}” should not be highlighted, is ${token.scopes.join(' ')}`);
    }
  }
}

test('review tokens carry their mdreview scopes; code, comments and prose look-alikes do not; nothing turns invalid', async () => {
  checkTokens(await markdownWithInjections(root, standIn));
});

for (const name of readdirSync(fixtures).filter((f) => f.endsWith('.md'))) {
  test(`snapshot: ${name}`, async () => {
    const grammar = await markdownWithInjections(root, standIn);
    const text = read(name);
    const actual = snapshot(text, tokenize(grammar, text));
    const path = join(here, 'snapshots', `${name}.snap`);
    if (update) writeFileSync(path, actual);
    let expected: string;
    try {
      expected = readFileSync(path, 'utf8');
    } catch {
      assert.fail(`missing snapshot ${path}: run the tests with UPDATE_SNAPSHOTS=1 and review the new file`);
    }
    assert.equal(actual, expected, 'grammar output changed: review it, then UPDATE_SNAPSHOTS=1 to accept');
  });
}

const vscodeGrammars = vscodeMarkdownGrammars(root);
test('with VS Code’s own Markdown and YAML grammars, the same tokens are highlighted and nothing turns invalid', { skip: vscodeGrammars ? false : 'no VS Code host installed (scripts/install-vscode-host.sh)' }, async () => {
  checkTokens(await markdownWithInjections(root, vscodeGrammars!));
});

test('the grammar files are contributed as injections into Markdown', () => {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { contributes?: { grammars?: { scopeName: string; path: string; injectTo?: string[] }[] } };
  const grammars = pkg.contributes?.grammars ?? [];
  const files = readdirSync(join(root, 'syntaxes')).filter((f) => f.endsWith('.tmLanguage.json'));
  assert.deepEqual(grammars.map((g) => g.path.replace(/^\.\//, '')).sort(), files.map((f) => `syntaxes/${f}`).sort());
  for (const g of grammars) {
    const file = JSON.parse(readFileSync(join(root, g.path), 'utf8')) as { scopeName: string; injectionSelector: string };
    assert.equal(file.scopeName, g.scopeName);
    assert.deepEqual(g.injectTo, ['text.html.markdown']);
    assert.match(file.injectionSelector, /^L:\S+.* -comment\b/);
  }
});

test('odd input: CRLF, emoji, unclosed frontmatter and a 20,000-character line tokenize completely', async () => {
  const grammar = await markdownWithInjections(root, standIn);
  const long = '负责人：@张伟 截止：2026-12-31 销售额 120万 4.1% 😀 '.repeat(500);
  for (const text of ['---\r\nstatus: draft\r\nkpis:\r\n  - { name: 😀, target: 1万 }\r\n', '---\nemployee: 张伟\n## 没有结束的头信息 @李娜 5%\n', long, '@', '%万¥$', '']) {
    const lines = text.split(/\r?\n/);
    const tokens = tokenize(grammar, text);
    lines.forEach((line, i) => assert.equal(tokens.filter((t) => t.line === i).map((t) => t.text).join(''), line, `line ${i + 1} of ${JSON.stringify(text.slice(0, 40))}`));
  }
  const owners = tokenize(grammar, long).filter((t) => t.scopes.includes('entity.name.tag.owner.mdreview') && t.text === '张伟');
  assert.equal(owners.length, 500);
});
