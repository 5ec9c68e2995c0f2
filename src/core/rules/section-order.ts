import type { Rule } from '../lint/types';
import { text } from '../i18n';
import { sectionPlan } from './sectionPlacement';

/** Sections appear in the template's order (目标达成 → 数据分析 → … → 总结与展望). */
export const sectionOrderRule: Rule = {
  id: 'section-order',
  defaultSeverity: 'info',
  needs: 'structure',
  description: text('Sections follow the order of the template.', '各部分按模板顺序排列。'),
  check({ doc, report }) {
    const order = doc.template.sections;
    const plan = sectionPlan(doc);
    const seen = [...plan.present.values()].sort((a, b) => a.index - b.index);
    let furthest = -1;
    for (const section of seen) {
      const rank = plan.rank.get(section.id!) ?? -1;
      if (rank < furthest) {
        const after = order[furthest];
        report({
          range: section.headingRange,
          message: text('Section "{h}" should come before "{after}".', '“{h}”应放在“{after}”之前。', { h: section.heading, after: after.heading }),
          data: { section: section.id, before: after.id },
        });
      }
      furthest = Math.max(furthest, rank);
    }
  },
};
