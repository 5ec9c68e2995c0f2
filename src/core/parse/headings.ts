import type { Template } from '../templates/template';
import { normalizeHeading } from '../text/headings';

// Key words of the six canonical sections, most telling first: a heading no alias matches is read as the first
// section one of whose words it contains. Forward-looking words come before 目标 (下一阶段目标 is the outlook),
// topic words before a bare 计划 (成长与学习计划 is growth, 改进计划 the improvements).
const SECTION_KEYWORDS: readonly (readonly [string, RegExp])[] = [
  ['outlook', /展望|下一?阶段|下[个一]?季度|下[一个]?期|下[个一]?周期|未来|明年|looking ahead|next (?:steps?|quarter|cycle|year|period|half)|coming|future|outlook/u],
  ['improvements', /改进|不足|待改进|改善|问题|需要加强|improve|what to change|opportunit|development areas?|areas? (?:for|of) development/u],
  ['growth', /成长|学习|培训|个人发展|能力提升|技能|知识|development|growth|learning|skills?\b|training|career/u],
  ['teamwork', /团队|协作|合作|配合|collaborat|teamwork|\bteam\b/u],
  ['data', /数据|分析|\bdata\b|metrics|numbers|analy[sz]|trends/u],
  ['goals', /目标|业绩|绩效|完成情况|达成|成果|成绩|results|achiev|accomplish|\bgoals?\b|objectives|performance|\bokrs?\b/u],
  ['outlook', /计划|规划|\bplans?\b/u],
];

/** The canonical section a heading's key words point to, among the ids the template has. */
export function sectionByKeywords(heading: string, ids: ReadonlySet<string>): string | undefined {
  const key = normalizeHeading(heading);
  return SECTION_KEYWORDS.find(([id, words]) => ids.has(id) && words.test(key))?.[0];
}

/** Maps normalized headings and aliases to section ids, for one template. */
export class SectionResolver {
  private readonly keys = new Map<string, string>();

  constructor(templates: Template[]) {
    // Earlier templates win on clashes: the review's own template is passed first.
    for (const t of templates) {
      for (const s of t.sections) {
        for (const name of [s.heading, s.id, ...s.aliases]) {
          const key = normalizeHeading(name);
          if (key && !this.keys.has(key)) this.keys.set(key, s.id);
        }
      }
    }
  }

  resolve(heading: string): string | undefined {
    return this.keys.get(normalizeHeading(heading));
  }
}
