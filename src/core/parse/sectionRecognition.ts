// Which of the template's sections each heading is, when no alias names it. People name the six parts of a review
// in their own words (这季度咋样, 要改的, "How the quarter went", "Things to work on"), misspell them, number them,
// and mostly keep them in the template's order. So a heading is read, in turn, by: a near-miss of an alias, its
// key words (the reading that fits between its neighbours first), its number (第六部分), and finally its place —
// the one unnamed heading between 数据 and 改进 is the part that belongs there. Meta headings (备注, Appendix,
// sign-off) are never read as a part.
import type { Section } from '../model';
import type { Template } from '../templates/template';
import { distance } from '../text/closest';

// Key words of the six canonical sections, most telling first. Doing words come before time words (下一步要改的,
// 接下来要做的 are the improvements), time words before 目标 (下季度目标 is the outlook), topic words before a bare
// 计划 (成长与学习计划 is growth, 改进计划 the improvements).
const SECTION_KEYWORDS: readonly (readonly [string, RegExp])[] = [
  ['improvements', /改进|要改|得改|改的|调整|不足|待提升|改善|问题|需要加强|待办|要做的|短板|improve|to fix|fix(?:es)?\b|work on|what to change|opportunit|development (?:areas?|actions?)|(?:must|should|will|needs? to|to) change\b|ideas\b|areas? (?:for|of) development|actions?\b|^to[- ]?dos?$|to-dos?|todos?\b|push next/u],
  ['outlook', /展望|下一?阶段|下一步|接下来|往后|今后|未来|明年|下[个一]?(?:季度|月|周期|期)|下一?年度|looking ahead|looking forward|going forward|summing up|closing|ahead|next|coming|future|outlook|summary|wrap-?up|总结/u],
  ['growth', /成长|学习|培训|个人发展|能力提升|技能|知识|进步|development|growth|growing|learn(?:ing|t|ed)\b|skills?\b|training|career/u],
  ['teamwork', /团队|协作|合作|配合|跟大家|跟组里|沟通|collaborat|teamwork|\bteam\b|\bcrew\b|work(?:s|ing)? with|with others|peers/u],
  ['data', /数据|分析|复盘|指标|\bdata\b|metrics|numbers|figures|\bstats\b|analy[sz]|trends|\bkpis?\b/u],
  ['goals', /目标|业绩|绩效|完成|达成|成果|成绩|结果|回顾|咋样|怎么样|一览|results|achiev|accomplish|deliver(?:ed|ables?)\b|\bhit\b|\bgoals?\b|objectives|performance|\bokrs?\b|\bwins\b|\bwent\b|in review|in brief|recap|overview|highlights|attainment/u],
  ['outlook', /计划|规划|\bplans?\b/u],
];

/** Headings of what is no part of a review's body: notes, attachments, sign-off, pay, other people's words. */
const NOT_A_SECTION = /附录|附件|备注|记录|自评|其他|其它|杂项|评语|薪酬|薪资|晋升|签字|签名|^[\d一二三四五六七八九十、.．\s]*(?:双方)?确认|appendix|\bnotes?\b|miscellaneous|\bmisc\b|comments?|attendees|compensation|salary|bonus|promotion|sign-?off|signature|attachments?|self-?assessment|peer feedback/u;

/** More headings at the section level than this are no review's outline (a pasted log, a generated file). */
const MAX_OUTLINE = 200;

/** A heading's leading ordinal (二、 第六部分 议题三： 3. Part 4), 1-based. */
function ordinal(heading: string): number | undefined {
  const m = /^\s*(?:议题|话题|主题|环节|板块|事项)?(?:第\s*)?([一二三四五六七八九十]|\d{1,2})(?:\s*(?:部分|节|章))?\s*[、.．:：)）\s]|^\s*(?:part|section)\s+(\d{1,2})\b/iu.exec(heading.normalize('NFKC'));
  if (!m) return undefined;
  const n = m[1] ?? m[2];
  const han = '一二三四五六七八九十'.indexOf(n);
  return han >= 0 ? han + 1 : Number(n);
}

/** The alias a misspelt Latin heading was meant to be (Improvments, Colaboration): one slip per six letters. */
function nearMiss(key: string, aliases: ReadonlyMap<string, string>): string | undefined {
  if (!/^[a-z][a-z ]{4,}$/.test(key)) return undefined;
  for (const [alias, id] of aliases) {
    if (Math.abs(alias.length - key.length) > 2) continue;
    if (distance(key, alias) <= Math.floor(Math.min(key.length, alias.length) / 6)) return id;
  }
  return undefined;
}

/** Words of a goal still to reach: with the period's goals already read, 一季度目标 / "November goals" are the next. */
const TARGET_WORDS = /目标|\bgoals?\b|objectives|targets|\bokrs?\b/u;

/** The candidate sections of a heading by its key words, most telling first. */
function keywordCandidates(key: string): string[] {
  const ids: string[] = [];
  for (const [id, words] of SECTION_KEYWORDS) if (!ids.includes(id) && words.test(key)) ids.push(id);
  if (TARGET_WORDS.test(key) && !ids.includes('outlook')) ids.push('outlook');
  return ids;
}

/**
 * Gives each heading at the review's section level that no alias named the template section it stands for, when
 * that can be told; `aliases` maps every normalized alias of the review's templates to its section id.
 */
export function recogniseSections(sections: Section[], template: Template, aliases: ReadonlyMap<string, string>): void {
  const rank = new Map<string, number>();
  template.sections.forEach((t, i) => rank.has(t.id) || rank.set(t.id, i));
  const level = sections.find((s) => s.id)?.level ?? commonestLevel(sections);
  const top = sections.filter((s) => s.level === level);
  // Reading by neighbours and place is quadratic in the headings: past an outline's size, key words alone.
  const outline = top.length <= MAX_OUTLINE;
  const present = new Set(sections.flatMap((s) => (s.id ? [s.id] : [])));
  const assign = (s: Section, id: string) => {
    s.id = id;
    present.add(id);
  };
  const free = (id: string) => rank.has(id) && !present.has(id);
  // The ranks of the nearest read headings before and after top[i]: a reading between them keeps the order.
  const bounds = (i: number): [number, number] => {
    if (!outline) return [-1, Infinity];
    let lo = -1;
    let hi = Infinity;
    for (let j = i - 1; j >= 0 && lo < 0; j--) lo = top[j].id ? (rank.get(top[j].id!) ?? -1) : -1;
    for (let j = i + 1; j < top.length && hi === Infinity; j++) hi = top[j].id ? (rank.get(top[j].id!) ?? Infinity) : Infinity;
    return [lo, hi];
  };

  for (const s of top) {
    const id = s.id || !outline ? undefined : nearMiss(s.normalized, aliases);
    if (id && free(id)) assign(s, id);
  }

  // "Goals" after the review of the period, with no outlook: the next period's goals.
  if (free('outlook')) {
    const goals = rank.get('goals') ?? 0;
    let late: Section | undefined;
    let highest = -1;
    for (const s of top) {
      // A late "Goals" numbered as the first part is still the period's goals, not the outlook; numbered as the
      // outlook's part (Part 6: Goals) it is the outlook.
      const number = ordinal(s.heading);
      if (s.id === 'goals' && (highest > goals || number === (rank.get('outlook') ?? -2) + 1) && number !== goals + 1) late = s;
      highest = Math.max(highest, rank.get(s.id ?? '') ?? -1);
    }
    if (late) {
      assign(late, 'outlook');
      if (!top.some((s) => s.id === 'goals')) present.delete('goals');
    }
  }

  // Key words: first only readings that keep the order of the headings already read (twice, as each read heading
  // narrows its neighbours' bounds), then numbers, then the most telling reading.
  // First the headings whose number and key words agree (一、指标完成情况 is the goals, 二、数据 the data): then 一、指标核对
  // no longer takes the data, and its number says what it is.
  const numberedId = (s: Section) => {
    const number = ordinal(s.heading);
    return number === undefined ? undefined : template.sections[number - 1]?.id;
  };
  for (const s of top) {
    const id = numberedId(s);
    if (!s.id && id && free(id) && !NOT_A_SECTION.test(s.normalized) && keywordCandidates(s.normalized).includes(id)) assign(s, id);
  }
  const byKeywords = (mustFit: boolean) =>
    top.forEach((s, i) => {
      if (s.id || NOT_A_SECTION.test(s.normalized)) return;
      const candidates = keywordCandidates(s.normalized).filter(free);
      const [lo, hi] = bounds(i);
      const id = candidates.find((c) => lo < rank.get(c)! && rank.get(c)! < hi) ?? (mustFit ? undefined : candidates[0]);
      if (id) assign(s, id);
    });
  byKeywords(true);
  byKeywords(true);

  const numbered = top.filter((s) => ordinal(s.heading) !== undefined);
  const consistent = numbered.every((s) => !s.id || rank.get(s.id) === ordinal(s.heading)! - 1);
  if (consistent) {
    for (const s of numbered) {
      const id = template.sections[ordinal(s.heading)! - 1]?.id;
      if (!s.id && id && free(id) && !NOT_A_SECTION.test(s.normalized)) assign(s, id);
    }
  }
  byKeywords(false);

  // By place: as many unread headings next to read ones as template sections missing there, in order.
  for (let i = 0; outline && i < top.length; ) {
    if (top[i].id) {
      i++;
      continue;
    }
    let end = i;
    while (end < top.length && !top[end].id) end++;
    const [lo, hi] = bounds(i);
    const gap = top.slice(i, end);
    const missing = template.sections.filter((t, r) => r > lo && r < hi && rank.get(t.id) === r && free(t.id));
    const anchored = lo >= 0 || hi < Infinity;
    if (anchored && gap.length === missing.length && !gap.some((s) => NOT_A_SECTION.test(s.normalized))) gap.forEach((s, k) => assign(s, missing[k].id));
    i = end;
  }
}

/** The heading level most headings have (the lower level on a tie): a review's parts, under any title. */
function commonestLevel(sections: readonly Section[]): number {
  const counts = [0, 0, 0, 0, 0, 0, 0];
  for (const s of sections) counts[s.level]++;
  let best = 2;
  for (let level = 1; level <= 6; level++) if (counts[level] > counts[best] || (counts[level] === counts[best] && level < best)) best = level;
  return counts[best] ? best : 2;
}
