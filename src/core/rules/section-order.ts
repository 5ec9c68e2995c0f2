import type { Rule } from '../lint/types';
import { text } from '../i18n';
import { presentSections } from './sectionPlacement';

/** Sections appear in the template's order (目标达成 → 数据分析 → … → 总结与展望). */
export const sectionOrderRule: Rule = {
  id: 'section-order',
  defaultSeverity: 'info',
  needs: 'structure',
  description: text('Sections follow the order of the template.', '各部分按模板顺序排列。'),
  check({ doc, report }) {
    const order = doc.template.sections.map((s) => s.id);
    const headings = new Map(doc.template.sections.map((s) => [s.id, s.heading]));
    const seen = [...presentSections(doc).values()].sort((a, b) => a.index - b.index);
    let furthest = -1;
    for (const section of seen) {
      const rank = order.indexOf(section.id!);
      if (rank < furthest) {
        const after = order[furthest];
        report({
          range: section.headingRange,
          message: text('Section "{h}" should come before "{after}".', '“{h}”应放在“{after}”之前。', { h: section.heading, after: headings.get(after) ?? after }),
          data: { section: section.id, before: after },
        });
      }
      furthest = Math.max(furthest, rank);
    }
  },
};
