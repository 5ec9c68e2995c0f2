// Builds the small, otherwise clean reviews the evaluators lint: the item under test sits where a real
// writer would put it, so the numbers are what users get from the public engine.
import type { Lang } from './metrics';

/** The date every evaluation runs "on", so relative periods (下季度, next quarter) read the same every day. */
export const EVAL_TODAY = new Date('2026-11-26T12:00:00');

export const SECTION_IDS = ['goals', 'data', 'teamwork', 'growth', 'improvements', 'outlook'] as const;
export type SectionId = (typeof SECTION_IDS)[number];

interface Skeleton {
  frontmatter: string;
  headings: Record<SectionId, string>;
  body: Record<SectionId, string>;
}

const SKELETONS: Record<Lang, Skeleton> = {
  zh: {
    frontmatter: '---\nemployee: 李娜\nreviewer: 王强\ncycle: 2026-Q4\nstatus: draft\ntemplate: livestream-ops\n---',
    headings: { goals: '一、目标达成情况', data: '二、数据分析', teamwork: '三、团队协作', growth: '四、个人成长', improvements: '五、改进建议', outlook: '六、总结与展望' },
    body: {
      goals: '本季度场均观看人数 11,800 人，达成目标的 98%。',
      data: '晚场峰值在线 2,300 人，比上季度高 15%。',
      teamwork: '与场控配合顺畅，直播前一天完成脚本彩排。',
      growth: '完成了数据分析课程，能独立做场次复盘。',
      improvements: '开场五分钟的留人话术还要再打磨。',
      outlook: '下季度继续负责晚场直播。',
    },
  },
  en: {
    frontmatter: '---\nemployee: Dana Lee\nreviewer: Omar Khan\ncycle: 2026-Q4\nstatus: draft\ntemplate: general\n---',
    headings: { goals: '1. Goal attainment', data: '2. Data analysis', teamwork: '3. Teamwork', growth: '4. Personal growth', improvements: '5. Improvements', outlook: '6. Summary and outlook' },
    body: {
      goals: 'Revenue reached 1.2M USD this quarter and beat the target by 4%.',
      data: 'Weekly active accounts grew from 840 to 910 over the quarter.',
      teamwork: 'Dana ran the weekly sync with sales well: every decision was written down the same day.',
      growth: 'Dana finished the SQL course and now builds her own dashboards.',
      improvements: 'Hand-offs to support still lose context now and then.',
      outlook: 'Dana keeps the EMEA accounts next quarter.',
    },
  },
};

export interface GeneratedReview {
  text: string;
  /** Zero-based line of the item under test (the goal, or the replaced heading). */
  line: number;
}

/** A markdown table around one row written as `| a | b | c |`, with a header of as many columns. */
function tableAround(row: string): string {
  const columns = row.split('|').length - 2;
  return [`|${' 列 |'.repeat(columns)}`, `|${' --- |'.repeat(columns)}`, row].join('\n');
}

function assemble(lang: Lang, extra: Partial<Record<SectionId, string>>, headings: Partial<Record<SectionId, string>> = {}): string {
  const s = SKELETONS[lang];
  const parts = [s.frontmatter, ''];
  for (const id of SECTION_IDS) parts.push(`## ${headings[id] ?? s.headings[id]}`, '', s.body[id], '', ...(extra[id] ? [extra[id], ''] : []));
  return parts.join('\n');
}

function lineOf(text: string, needle: string): number {
  return text.slice(0, text.indexOf(needle)).split('\n').length - 1;
}

/** A review whose outlook section lists the goal (as a bullet, or as a table row when written `| … |`). */
export function goalReview(lang: Lang, goal: string): GeneratedReview {
  const row = goal.trim().startsWith('|');
  const item = row ? tableAround(goal.trim()) : `- ${goal}`;
  const text = assemble(lang, { outlook: item });
  return { text, line: lineOf(text, row ? goal.trim() : item) };
}

/** A review whose section `id` carries `heading` instead of the template's own heading. */
export function headingReview(lang: Lang, id: SectionId, heading: string): GeneratedReview {
  const text = assemble(lang, {}, { [id]: heading });
  return { text, line: lineOf(text, `## ${heading}\n`) };
}

/** A review whose improvements section lists one open action item. */
export function actionReview(lang: Lang, action: string): GeneratedReview {
  const item = `- [ ] ${action}`;
  const text = assemble(lang, { improvements: item });
  return { text, line: lineOf(text, item) };
}

/** A review whose teamwork section holds one more paragraph of feedback. */
export function feedbackReview(lang: Lang, sentence: string): GeneratedReview {
  const text = assemble(lang, { teamwork: sentence });
  return { text, line: lineOf(text, `\n${sentence}\n`) + 1 };
}

/** A review of the template's headings holding nothing but one sentence, so it alone decides what the review says. */
export function onlySentenceReview(lang: Lang, sentence: string): GeneratedReview {
  const s = SKELETONS[lang];
  const parts = [s.frontmatter, ''];
  for (const id of SECTION_IDS) parts.push(`## ${s.headings[id]}`, '', ...(id === 'teamwork' ? [sentence, ''] : []));
  const text = parts.join('\n');
  return { text, line: lineOf(text, `\n${sentence}\n`) + 1 };
}
