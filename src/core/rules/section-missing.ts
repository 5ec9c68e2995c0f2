import type { Section } from '../model';
import type { ParsedReview } from '../parse/parse';
import type { Rule } from '../lint/types';
import { text } from '../i18n';
import type { TemplateSection } from '../templates/template';
import { at } from './fixHelpers';
import { sectionPlan } from './sectionPlacement';

/** Replaces the heading's words, keeping its `#` marks and any comment on the line. */
function renameFix(doc: ParsedReview, heading: Section, section: TemplateSection) {
  const start = doc.lines.offset(heading.headingRange.start);
  const index = doc.text.slice(start, doc.lines.offset(heading.headingRange.end)).indexOf(heading.heading);
  if (index < 0) return undefined;
  return {
    title: text('Rename heading "{from}" to "{to}"', '把标题“{from}”改为“{to}”', { from: heading.heading, to: section.heading }),
    edits: [{ range: doc.lines.range(start + index, start + index + heading.heading.length), newText: section.heading }],
  };
}

/** Every required section of the review's template is there (headings match through aliases and key words). */
export const sectionMissingRule: Rule = {
  id: 'section-missing',
  defaultSeverity: 'warning',
  needs: 'structure',
  description: text('Every required section of the template is present.', '模板要求的每个部分都已写出。'),
  check({ doc, report }) {
    const plan = sectionPlan(doc);
    for (const section of doc.template.sections) {
      if (!section.required || plan.present.has(section.id)) continue;
      const { position, before } = plan.insertionPoint(section);
      const insert = {
        title: text('Insert section "{h}"', '插入“{h}”部分', { h: section.heading }),
        edits: [{ range: at(position), newText: plan.scaffold(section, !before) }],
        mechanical: true,
      };
      const stranger = plan.unrecognisedHeading(section, before);
      if (stranger) {
        const names = [section.heading, ...section.aliases];
        const rename = renameFix(doc, stranger, section);
        report({
          range: stranger.headingRange,
          message: text(
            'Section "{h}" is missing: the heading "{found}" was not recognised as it. Accepted names: {en}.',
            '缺少“{h}”部分：标题“{found}”未被识别为该部分。可用的标题：{zh}。',
            { h: section.heading, found: stranger.heading, en: names.join(', '), zh: names.join('、') },
          ),
          // A workspace template can take the heading as an alias (the editor's quick fix edits that file).
          data: { section: section.id, heading: stranger.heading, ...(doc.template.source !== 'builtin' && { template: doc.template.source }) },
          fixes: rename ? [rename, insert] : [insert],
        });
        continue;
      }
      // Shown where the section belongs: on the heading it goes before, else on the last heading.
      const range = before?.headingRange ?? doc.sections.at(-1)?.headingRange ?? doc.frontmatter?.range ?? { start: position, end: position };
      report({
        range,
        // The heading names the section; its id (goals, growth…) is for configs and JSON output, in `data`.
        message: text('Section "{h}" is missing from this review.', '缺少“{h}”部分。', { h: section.heading }),
        data: { section: section.id },
        fixes: [insert],
      });
    }
  },
};
