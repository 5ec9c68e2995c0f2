import type { Rule } from '../lint/types';
import { text } from '../i18n';
import { at } from './fixHelpers';
import { insertionPoint, presentSections, sectionScaffold } from './sectionPlacement';

/** Every required section of the review's template is there (headings match through aliases). */
export const sectionMissingRule: Rule = {
  id: 'section-missing',
  defaultSeverity: 'warning',
  description: text('Every required section of the template is present.', '模板要求的每个部分都已写出。'),
  check({ doc, report }) {
    const present = presentSections(doc);
    for (const section of doc.template.sections) {
      if (!section.required || present.has(section.id)) continue;
      const { position, before } = insertionPoint(doc, section);
      // Shown where the section belongs: on the heading it goes before, else on the last heading.
      const range = before?.headingRange ?? doc.sections.at(-1)?.headingRange ?? doc.frontmatter?.range ?? { start: position, end: position };
      report({
        range,
        message: text('Section "{h}" ({id}) is missing from this review.', '缺少“{h}”部分（{id}）。', { h: section.heading, id: section.id }),
        data: { section: section.id },
        fixes: [
          {
            title: text('Insert section "{h}"', '插入“{h}”部分', { h: section.heading }),
            edits: [{ range: at(position), newText: sectionScaffold(doc, section, !before) }],
            mechanical: true,
          },
        ],
      });
    }
  },
};
