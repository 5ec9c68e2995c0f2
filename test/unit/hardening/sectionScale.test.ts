// Issue 14: a template of 20,000 sections made section-missing O(S²) (each missing section rebuilt the template
// order and searched the review's sections). The section rules now read each list a bounded number of times per
// element: counted here through proxies on both lists, at two sizes, never by the clock.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { textconv } from '../../../src/core/history/textconv';
import { lint } from '../../../src/core/lint/lint';
import type { Report, Rule } from '../../../src/core/lint/types';
import { parse, type ParsedReview } from '../../../src/core/parse/parse';
import { sectionMissingRule } from '../../../src/core/rules/section-missing';
import { sectionOrderRule } from '../../../src/core/rules/section-order';
import { TemplateRegistry } from '../../../src/core/templates/template';

const TODAY = new Date('2026-11-26T12:00:00');

function templates(count: number): TemplateRegistry {
  const sections = Array.from({ length: count }, (_, i) => `  - { id: s${i}, heading: Part ${i} }`).join('\n');
  return new TemplateRegistry([{ path: '/t/big.md', text: `---\nid: big\nlanguage: en\nsections:\n${sections}\n---\n` }]);
}

/** A review holding every other section of the template, the last two swapped, and one heading no name matches. */
function review(count: number): string {
  const parts = Array.from({ length: count / 2 }, (_, i) => `## Part ${i * 2}\n\ntext ${i}\n`);
  parts.push(parts.splice(-2, 1)[0]);
  parts.splice(1, 0, '## Something else\n\ntext\n');
  return `---\nemployee: A\nreviewer: B\ncycle: 2026-Q1\ntemplate: big\n---\n\n${parts.join('\n')}`;
}

/** A list whose element reads are counted. */
function counted<T>(list: T[], reads: { count: number }): T[] {
  return new Proxy(list, {
    get(target, key, receiver) {
      if (typeof key === 'string' && /^\d+$/.test(key)) reads.count++;
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
}

/** Runs the section rules over a review of a `count`-section template; the element reads of both section lists. */
function sectionRuleReads(count: number): { reads: number; reports: Report[] } {
  const doc = parse(review(count), { templates: templates(count), today: TODAY });
  const reads = { count: 0 };
  const watched: ParsedReview = { ...doc, sections: counted(doc.sections, reads), template: { ...doc.template, sections: counted(doc.template.sections, reads) } };
  const reports: Report[] = [];
  for (const rule of [sectionMissingRule, sectionOrderRule] as Rule[]) rule.check({ doc: watched, locale: 'en', history: [], report: (r) => reports.push(r) });
  return { reads: reads.count, reports };
}

test('section-missing and section-order read the section lists a linear number of times', () => {
  const small = sectionRuleReads(2000);
  const large = sectionRuleReads(4000);
  // Each list holds at most 4,000 + 2,000 elements; a quadratic pass would read millions.
  assert.ok(large.reads <= 10 * (4000 + 2000), `${large.reads} reads for 4,000 template sections`);
  assert.ok(large.reads <= 2.2 * small.reads, `twice the sections, ${(large.reads / small.reads).toFixed(2)} times the reads`);
  assert.equal(large.reports.filter((r) => r.data?.section && !r.data.before).length, 2000, 'every missing section reported');
  const stranger = large.reports.filter((r) => r.data?.heading === 'Something else');
  assert.deepEqual(stranger.map((r) => r.data?.section), ['s1'], 'the unrecognised heading stands where s1 belongs');
  assert.deepEqual(large.reports.filter((r) => r.data?.before).map((r) => [r.data?.section, r.data?.before]), [['s3996', 's3998']]);
});

test('a 20,000-section template lints, with the missing sections and their fixes where they belong', () => {
  const { findings } = lint(review(20000), { templates: templates(20000), today: TODAY, locale: 'en' });
  const missing = findings.filter((f) => f.ruleId === 'section-missing');
  assert.equal(missing.length, 10000);
  const s3 = missing.find((f) => f.data?.section === 's3')!;
  assert.match(s3.fixes![0].edits[0].newText, /^## Part 3\n/);
  assert.equal(s3.fixes![0].edits[0].range.start.line, s3.range.start.line, 'inserted before the heading of s4');
});

test("textconv reads a review's sections a linear number of times (it walked them once per section)", () => {
  const reads = (count: number) => {
    const text = `---\nemployee: A\ncycle: 2026-Q1\n---\n\n${Array.from({ length: count }, (_, i) => `${i % 3 ? '###' : '##'} H ${i}\n\nt\n`).join('\n')}`;
    const doc = parse(text, { today: TODAY });
    const counter = { count: 0 };
    const out = textconv({ ...doc, sections: counted(doc.sections, counter) });
    assert.ok(out.includes(`H ${count - 1}`));
    return counter.count;
  };
  const small = reads(1000);
  const large = reads(2000);
  assert.ok(large <= 20 * 2000, `${large} reads for 2,000 headings`);
  assert.ok(large <= 2.2 * small, `twice the headings, ${(large / small).toFixed(2)} times the reads`);
});
