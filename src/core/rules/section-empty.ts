import type { Rule } from '../lint/types';
import { text } from '../i18n';

/** A section that is there but holds nothing (only its heading, sub-headings or comments). */
export const sectionEmptyRule: Rule = {
  id: 'section-empty',
  defaultSeverity: 'warning',
  needs: 'structure',
  description: text('Sections of the template are not left empty.', '模板中的各部分不能留空。'),
  check({ doc, report }) {
    for (const section of doc.sections) {
      if (!section.id || !section.empty) continue;
      const parent = doc.sections[section.parent];
      if (parent?.id && parent.empty) continue; // reported once, on the outer section
      report({
        range: section.headingRange,
        message: text('Section "{h}" is empty.', '“{h}”部分是空的。', { h: section.heading }),
        data: { section: section.id },
      });
    }
  },
};
