// Shared counting for the evaluators: confusion counts → precision / recall, and per-letter agreement,
// per language, keeping the examples that went wrong so the report can show them.

export type Lang = 'zh' | 'en';
export const LANGS: readonly Lang[] = ['zh', 'en'];

/** One item the engine got wrong: what the corpus says and what the engine did. */
export interface Failure {
  text: string;
  expected: string;
  got: string;
}

/** One number of the report, e.g. `zh goal-smart precision`. `value` is a share in [0, 1]. */
export interface Figure {
  /** Stable key used by floors.json: `<lang>/<subject>/<measure>`. */
  id: string;
  lang: Lang;
  subject: string;
  measure: string;
  value: number;
  /** How many items the share is taken over (its denominator). */
  count: number;
  failures: Failure[];
}

export interface EvaluatorResult {
  figures: Figure[];
}

export interface Evaluator {
  /** The corpus set it measures, e.g. `goals`. */
  name: string;
  run(corpusDir: string): EvaluatorResult;
}

function figure(lang: Lang, subject: string, measure: string, hits: number, count: number, failures: Failure[]): Figure {
  // With nothing to measure the figure is vacuously perfect; `count: 0` shows it in the report.
  return { id: `${lang}/${subject}/${measure}`, lang, subject, measure, value: count === 0 ? 1 : hits / count, count, failures };
}

/** Counts a rule's decisions against the labels: positive = "the rule should fire". */
export class Confusion {
  private tp = 0;
  private fp = 0;
  private fn = 0;
  private tn = 0;
  private readonly falsePositives: Failure[] = [];
  private readonly falseNegatives: Failure[] = [];

  constructor(
    readonly lang: Lang,
    readonly subject: string,
  ) {}

  add(expected: boolean, got: boolean, failure: () => Failure): void {
    if (expected && got) this.tp++;
    else if (!expected && !got) this.tn++;
    else if (got) {
      this.fp++;
      this.falsePositives.push(failure());
    } else {
      this.fn++;
      this.falseNegatives.push(failure());
    }
  }

  figures(): Figure[] {
    return [
      figure(this.lang, this.subject, 'precision', this.tp, this.tp + this.fp, this.falsePositives),
      figure(this.lang, this.subject, 'recall', this.tp, this.tp + this.fn, this.falseNegatives),
    ];
  }
}

/** Counts how often the engine's reading matches the label (e.g. one SMART letter, or a heading's section). */
export class Agreement {
  private agree = 0;
  private total = 0;
  private readonly failures: Failure[] = [];

  constructor(
    readonly lang: Lang,
    readonly subject: string,
    readonly measure = 'agreement',
  ) {}

  add(same: boolean, failure: () => Failure): void {
    this.total++;
    if (same) this.agree++;
    else this.failures.push(failure());
  }

  figure(): Figure {
    return figure(this.lang, this.subject, this.measure, this.agree, this.total, this.failures);
  }
}

/** One tally per language, created on first use. */
export function perLang<T>(make: (lang: Lang) => T): (lang: Lang) => T {
  const made = new Map<Lang, T>();
  return (lang) => {
    let t = made.get(lang);
    if (!t) made.set(lang, (t = make(lang)));
    return t;
  };
}
