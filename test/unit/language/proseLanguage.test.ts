import assert from 'node:assert/strict';
import { test } from 'node:test';
import { proseLanguage } from '../../../src/core/language/proseLanguage';
import { parse } from '../../../src/core/parse/parse';
import { lintDocument } from '../../../src/core/lint/lint';

test('proseLanguage: the language most of the text is in, Han characters counted as words', () => {
  assert.equal(proseLanguage('本季度 GMV 达成 105%，UV 转化率提升。'), 'zh');
  assert.equal(proseLanguage('Li Na hosted 42 streams this quarter and met the revenue target.'), 'en');
  assert.equal(proseLanguage('Worked with 李娜 on the Q3 launch plan and the weekly review.'), 'en');
  assert.equal(proseLanguage('---\nemployee: 张伟\n---\n', 22), undefined, 'no prose after the frontmatter');
});

const body = (lang: 'zh' | 'en') => (lang === 'zh' ? '## 五、改进建议\n\n- [ ] 建立复盘模板\n' : '## 5. Improvements\n\n- [ ] Set up a review template\n');

test('a review\'s language: a named template\'s, else its prose\'s; findings follow it unless a locale is given', () => {
  const unnamed = parse(`---\nemployee: 张伟\ncycle: 2026-Q3\n---\n\n${body('en')}`);
  assert.equal(unnamed.language, 'en', 'a Chinese name in the frontmatter does not make the review Chinese');
  const named = parse(`---\nemployee: Alex\ncycle: 2026-Q3\ntemplate: livestream-ops\n---\n\n${body('zh')}`);
  assert.equal(named.language, 'zh');
  const onlyFrontmatter = parse('---\nemployee: 张伟\ncycle: 2026-Q3\n---\n');
  assert.equal(onlyFrontmatter.language, onlyFrontmatter.template.language, 'nothing to tell by: the template guessed');

  const zh = parse(`---\nemployee: 张伟\ncycle: 2026-Q3\n---\n\n${body('zh')}`);
  const owner = (doc: typeof zh, locale?: 'en' | 'zh', configLocale?: 'en' | 'zh') =>
    lintDocument(doc, { locale, config: configLocale ? { locale: configLocale } : undefined }).find((f) => f.ruleId === 'action-owner')!.message;
  assert.match(owner(zh), /责任人/);
  assert.match(owner(unnamed), /owner/);
  assert.match(owner(zh, 'en'), /owner/, 'an explicit locale wins');
  assert.match(owner(unnamed, undefined, 'zh'), /责任人/, 'then the config\'s');
});
