// Headings on headings.yaml: which canonical section the engine reads each heading as, and whether
// section-missing fires exactly when the section is really absent.
import { lint } from '../../src/core/lint/lint';
import { readCorpus } from './corpus';
import { Agreement, Confusion, perLang, type Evaluator, type Figure, type Lang } from './metrics';
import { EVAL_TODAY, headingReview, SECTION_IDS, type SectionId } from './review';

interface HeadingEntry {
  heading: string;
  lang: Lang;
  section: SectionId | 'none';
}

function check(e: HeadingEntry): string | undefined {
  if (typeof e.heading !== 'string' || !e.heading.trim()) return 'heading is required';
  if (e.section !== 'none' && !SECTION_IDS.includes(e.section)) return `section must be one of ${SECTION_IDS.join(', ')}, none`;
  return undefined;
}

export const headingsEvaluator: Evaluator = {
  name: 'headings',
  run(corpusDir) {
    const recognised = perLang((lang) => new Agreement(lang, 'heading section'));
    const missingRule = perLang((lang) => new Confusion(lang, 'section-missing'));
    readCorpus<HeadingEntry>(corpusDir, 'headings.yaml', check).forEach((entry, i) => {
      // A heading of no section stands in for one (a different one each time), which is then really missing.
      const replaced = entry.section === 'none' ? SECTION_IDS[i % SECTION_IDS.length] : entry.section;
      const review = headingReview(entry.lang, replaced, entry.heading);
      const { doc, findings } = lint(review.text, { locale: entry.lang, today: EVAL_TODAY });
      const read = doc.sections.find((s) => s.headingRange.start.line === review.line)?.id ?? 'none';
      recognised(entry.lang).add(read === entry.section, () => ({ text: entry.heading, expected: entry.section, got: read }));
      const fired = findings.filter((f) => f.ruleId === 'section-missing').map((f) => f.data?.section);
      const failure = () => ({ text: entry.heading, expected: entry.section === 'none' ? `${replaced} missing` : 'nothing missing', got: fired.length ? `missing: ${fired.join(', ')}` : 'nothing missing' });
      missingRule(entry.lang).add(entry.section === 'none', fired.includes(replaced), failure);
      // Any other section reported missing is a false alarm of its own.
      for (const other of fired.filter((s) => s !== replaced)) missingRule(entry.lang).add(false, true, () => ({ ...failure(), expected: `${other} present` }));
    });
    const figures: Figure[] = [];
    for (const lang of ['zh', 'en'] as const) figures.push(recognised(lang).figure(), ...missingRule(lang).figures());
    return { figures: figures.filter((f) => f.count > 0) };
  },
};
