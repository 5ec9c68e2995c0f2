// The reproductions of issue 14 (inputs that crashed or froze the engine), the nesting limit, and the
// linear helpers that replaced quadratic regexes. "No hang" is asserted with limits far above the
// budgets (a loaded 2-core machine must not make them flaky); `npm run bench` measures the budgets.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lint } from '../../../src/core/lint/lint';
import { maskDeepNesting, MAX_NESTING } from '../../../src/core/parse/deepNesting';
import { MAX_YAML_ISSUES, MAX_YAML_NESTING, nestingExceeds } from '../../../src/core/parse/frontmatter';
import { parse } from '../../../src/core/parse/parse';
import { headingText } from '../../../src/core/text/headings';
import { htmlComments } from '../../../src/core/text/htmlComments';

const TODAY = new Date('2026-11-26T12:00:00');
const NO_HANG_MS = 20_000;
const FM = '---\nemployee: 张三\nreviewer: 李四\ncycle: 2026-Q3\n---\n';

const REPRODUCTIONS: Record<string, string> = {
  '6,000 nested block quotes': '>'.repeat(6000) + '\n',
  "'- ' × 10,000": '- '.repeat(10000) + '\n',
  'a 3,000-level indented list': Array.from({ length: 3000 }, (_, i) => ' '.repeat(i * 2) + '- a').join('\n'),
  'a goal of 1,500 × 二': `${FM}## 四、下期目标\n\n- 目标 ${'二'.repeat(1500)}\n`,
  'a goal 1 followed by 2,500 spaces': `${FM}## 四、下期目标\n\n- 1${' '.repeat(2500)}\n`,
  '800 × [ in the frontmatter': `---\nemployee: ${'['.repeat(800)}\n---\n`,
  '200 KB of digits': `${FM}## 二、数据分析\n\n${'1'.repeat(200_000)}\n`,
  '100 KB of spaces in a heading': `${FM}## a${' '.repeat(100_000)}b\n`,
  '50,000 <!-- in a heading': `${FM}## ${'<!--'.repeat(50_000)}\n`,
  '100 KB of spaces in employee': `---\nemployee: a${' '.repeat(100_000)}b\n---\n`,
  '*×50,000 a *×50,000': `${FM}## 二、数据分析\n\n${'*'.repeat(50_000)}a${'*'.repeat(50_000)}\n`,
  '20,000 ] in a paragraph': `${FM}## 二、数据分析\n\n${']'.repeat(20_000)}\n`,
  // toJS stringified collection keys level by level: 400 took 42 s.
  '400 × { in the frontmatter': `---\nemployee: ${'{'.repeat(400)}\n---\n`,
  '100 KB of [ in the frontmatter': `---\nemployee: ${'['.repeat(100_000)}\n---\n`,
  '100 KB of { in the frontmatter': `---\nemployee: ${'{'.repeat(100_000)}\n---\n`,
  'a clean frontmatter with nested collection keys': `---\nemployee: ${'{'.repeat(300)}a${'}: 1'.repeat(300)}\n---\n`,
  // Duration patterns were tried from every digit of a run: 170 s.
  '100 KB of digits in a goal': `${FM}## 四、下期目标\n\n- 目标 ${'9'.repeat(100_000)}\n`,
};

for (const [name, text] of Object.entries(REPRODUCTIONS)) {
  test(`issue 14 reproduction lints without a crash or a hang: ${name}`, { timeout: 4 * NO_HANG_MS }, () => {
    const start = performance.now();
    const { findings } = lint(text, { today: TODAY, locale: 'zh' });
    assert.ok(performance.now() - start < NO_HANG_MS, 'far over budget');
    assert.ok(!findings.some((f) => f.ruleId === 'rule-error'), 'no rule failed');
  });
}

test('nesting beyond the limit is one analysis-limit finding, and the rest of the review is still linted', () => {
  const text = `${FM}## 二、数据分析\n\n${'>'.repeat(6000)} 整体表现还可以\n\n## 五、改进建议\n\n- [ ] 优化开场话术\n`;
  const { findings } = lint(text, { today: TODAY, locale: 'en' });
  const limits = findings.filter((f) => f.ruleId === 'analysis-limit');
  assert.equal(limits.length, 1);
  assert.equal(limits[0].severity, 'info');
  assert.equal(limits[0].message, `nesting deeper than ${MAX_NESTING} levels was not analysed (1 lines)`);
  assert.equal(limits[0].range.start.line, 7);
  assert.ok(findings.some((f) => f.ruleId === 'action-owner'), 'the action item after the deep line is still checked');
  const zh = lint(text, { today: TODAY, locale: 'zh' }).findings.find((f) => f.ruleId === 'analysis-limit');
  assert.equal(zh?.message, `嵌套超过 ${MAX_NESTING} 层的内容未检查（1 行）`);
});

test('maskDeepNesting keeps length and line breaks, counts markers and indentation, and leaves ordinary nesting alone', () => {
  const ordinary = '- a\n  - b\n    > c\n1. 2. 3. d\n\t\tcode\n';
  assert.deepEqual(maskDeepNesting(ordinary), { text: ordinary, blanked: [] });
  const deep = `ok\r\n${'> '.repeat(MAX_NESTING + 1)}x\r${' '.repeat(2 * MAX_NESTING + 2)}- y\nend`;
  const masked = maskDeepNesting(deep);
  assert.equal(masked.text.length, deep.length);
  assert.equal(masked.blanked.length, 2);
  assert.deepEqual(masked.text.split(/\r\n|\r|\n/).map((l) => l.trim()), ['ok', '***', '***', 'end']);
  assert.deepEqual(maskDeepNesting('1. '.repeat(MAX_NESTING + 1)).blanked, [{ start: 0, end: 3 * (MAX_NESTING + 1) }]);
});

test('headingText strips comments, the opening and the closing sequence, and keeps an unclosed comment', () => {
  assert.equal(headingText('## 二、数据分析 <!-- note --> ##'), '二、数据分析');
  assert.equal(headingText('# C# ##'), 'C#');
  assert.equal(headingText('### a#'), 'a#');
  assert.equal(headingText('## a <!-- open'), 'a <!-- open');
});

test('htmlComments finds closed comments in a range, in order, and stops at an unclosed one', () => {
  const s = 'a <!-- x --> b <!--y--> c <!-- open';
  assert.deepEqual(htmlComments(s), [[2, 12], [15, 23]]);
  assert.deepEqual(htmlComments(s, 13), [[15, 23]]);
  assert.deepEqual(htmlComments(s, 0, 20), [[2, 12]]);
  assert.deepEqual(htmlComments('<!--'.repeat(50_000)), []);
  assert.deepEqual(htmlComments('xx<!--a-->yy<!--b-->', 5), [[12, 20]], 'a comment opened before the range is not one of its comments');
  assert.deepEqual(htmlComments('a <!-- x --> b', 0, 11), [], 'a comment closed after the range is not one of its comments');
});

test('an inline disable comment in a paragraph still applies (inline HTML is no longer parsed)', () => {
  const text = `${FM}## 三、团队协作\n\n整体表现还可以。 <!-- mdreview-disable-line vague-feedback -->\n`;
  assert.ok(!lint(text, { today: TODAY, locale: 'en' }).findings.some((f) => f.ruleId === 'vague-feedback'));
  const without = text.replace(' <!-- mdreview-disable-line vague-feedback -->', '');
  assert.ok(lint(without, { today: TODAY, locale: 'en' }).findings.some((f) => f.ruleId === 'vague-feedback'), 'the control has the finding');
});

test('a goal or action item over 1,000 characters is an analysis limit, not a freeze; shorter ones are still checked', () => {
  const text = `${FM}## 五、改进建议\n\n- [ ] 1${'\t'.repeat(2500)}\n- [ ] 优化开场话术\n`;
  const { findings } = lint(text, { today: TODAY, locale: 'en' });
  const limit = findings.find((f) => f.ruleId === 'analysis-limit');
  assert.equal(limit?.message, 'goals and action items longer than 1000 characters were not checked as such (1)');
  assert.equal(limit?.range.start.line, 7);
  assert.deepEqual(
    findings.filter((f) => f.ruleId === 'action-owner').map((f) => f.range.start.line),
    [8],
  );
});

test('KPI numbers beyond ±1e15 or not finite are kpi-invalid, quoted as written', () => {
  const kpis = [`{ name: A, target: 1e309, actual: 5 }`, `{ name: B, target: "${'9'.repeat(305)}亿", actual: 5 }`, `{ name: C, target: 2e15, actual: -1e16 }`, `{ name: D, target: 1e15, actual: 5 }`];
  const text = `---\nemployee: 张三\nreviewer: 李四\ncycle: 2026-Q3\nkpis:\n${kpis.map((k) => `  - ${k}\n`).join('')}---\n`;
  const messages = lint(text, { today: TODAY, locale: 'en' }).findings.filter((f) => f.ruleId === 'kpi-invalid').map((f) => f.message);
  assert.equal(messages.length, 4, messages.join('\n'));
  assert.ok(messages.some((m) => m.startsWith('KPI "A": target "1e309" is not a number')));
  assert.ok(messages.some((m) => m.startsWith('KPI "B": target "999')));
  assert.ok(messages.some((m) => m.startsWith('KPI "C": target "2e15"')));
  assert.ok(messages.some((m) => m.startsWith('KPI "C": actual "-1e16"')));
});

test('issue 14: 100 KB of ] lists the first 50 YAML errors and counts the rest in one finding, in zh and en', () => {
  const text = `---\nemployee: 张三\n${']'.repeat(100 * 1024)}\n---\n\n## 一、目标达成\n\n完成。\n`;
  for (const locale of ['en', 'zh'] as const) {
    const yaml = lint(text, { locale }).findings.filter((f) => f.ruleId === 'frontmatter');
    assert.equal(yaml.length, 51);
    const more = yaml.at(-1)!;
    assert.equal(more.data?.code, 'MORE_ERRORS');
    const count = more.data?.count as number;
    assert.ok(count > 90_000, `${count} more`);
    assert.match(more.message, locale === 'en' ? new RegExp(`^${count} more YAML errors`) : new RegExp(`另有 ${count} 个 YAML 错误未列出`));
  }
  const doc = parse(text);
  assert.equal(doc.frontmatter!.syntaxErrors.length, MAX_YAML_ISSUES, 'only the first errors are kept with their place');
});

test('lists nested beyond the limit, in brackets or as "- - -" on one line: one TOO_DEEP error in zh and en, no data read, the body still linted', () => {
  const text = `---\nemployee: 张三\nnote: ${'['.repeat(MAX_YAML_NESTING + 1)}\n---\n\n## 五、改进建议\n\n- [ ] 优化开场话术\n`;
  const doc = parse(text);
  assert.deepEqual(doc.frontmatter!.syntaxErrors.map((e) => e.code), ['TOO_DEEP']);
  assert.equal(doc.frontmatter!.data, undefined);
  // 200,000 compact nested lists overflowed the stack of the YAML library's conversion to data.
  const compact = parse(`---\nemployee: 张三\nkpis:\n  ${'- '.repeat(200_000)}x\n---\n`);
  assert.deepEqual(compact.frontmatter!.syntaxErrors.map((e) => e.code), ['TOO_DEEP']);
  assert.deepEqual(compact.limits, [], 'the frontmatter\'s dashes are not Markdown lists too deep to analyse');
  const en = lint(text, { today: TODAY, locale: 'en' }).findings;
  assert.ok(en.some((f) => f.ruleId === 'frontmatter' && f.message.startsWith(`The frontmatter nests lists or mappings more than ${MAX_YAML_NESTING} levels deep`)));
  assert.ok(en.some((f) => f.ruleId === 'action-owner'), 'the body is still checked');
  const zh = lint(text, { today: TODAY, locale: 'zh' }).findings;
  assert.ok(zh.some((f) => f.ruleId === 'frontmatter' && f.message.startsWith(`头信息中列表或映射嵌套超过 ${MAX_YAML_NESTING} 层`)));
});

test('nestingExceeds counts open brackets and block indicators in a row, outside quotes and comments only', () => {
  const deep = '['.repeat(MAX_YAML_NESTING + 1);
  assert.equal(nestingExceeds(`a: ${'['.repeat(MAX_YAML_NESTING)}${']'.repeat(MAX_YAML_NESTING)}`, MAX_YAML_NESTING), false);
  assert.equal(nestingExceeds(`a: ${deep}`, MAX_YAML_NESTING), true);
  assert.equal(nestingExceeds(`a: "${deep}"\nb: '${deep}'\nc: 1 # ${deep}`, MAX_YAML_NESTING), false);
  assert.equal(nestingExceeds(`a: "say \\"${deep}\\""\nb: 'it''s ${deep}'`, MAX_YAML_NESTING), false, 'escaped quotes stay inside');
  assert.equal(nestingExceeds(`a: don't\nb: ${deep}`, MAX_YAML_NESTING), true, 'an apostrophe in a word opens no quote');
  assert.equal(nestingExceeds(`${'[]'.repeat(10_000)}`, MAX_YAML_NESTING), false, 'closed brackets do not add up');
  assert.equal(nestingExceeds(`a:\n  ${'- '.repeat(MAX_YAML_NESTING)}x`, MAX_YAML_NESTING), false);
  assert.equal(nestingExceeds(`a:\n  ${'- ? '.repeat(MAX_YAML_NESTING)}x`, MAX_YAML_NESTING), true);
  assert.equal(nestingExceeds(`a: ${'x - '.repeat(10_000)}\n${'- \n'.repeat(10_000)}`, MAX_YAML_NESTING), false, 'dashes between words and one per line do not add up');
  assert.equal(nestingExceeds(`a: "${'- '.repeat(MAX_YAML_NESTING + 1)}"`, MAX_YAML_NESTING), false, 'inside quotes');
  // A quote inside plain text, or one never closed, hid the rest of the frontmatter from the count.
  assert.equal(nestingExceeds(`a: x"\nb: ${deep}`, MAX_YAML_NESTING), true, 'a quote inside a word opens nothing');
  assert.equal(nestingExceeds(`note: it's fine, 'cause\nb: ${deep}`, MAX_YAML_NESTING), true, 'a quote never closed opens nothing');
  assert.equal(nestingExceeds(`a: [x, "${deep}", '${deep}']`, MAX_YAML_NESTING), false, 'quoted items of a flow list');
  assert.equal(nestingExceeds(`a: "it's"\nb: ${deep}`, MAX_YAML_NESTING), true, 'an apostrophe inside double quotes ends nothing');
});
