// Types of `mdreview/unified` (dist/unified.js, built from src/unified): the unified plugin. The module is the
// attacher itself (CommonJS `module.exports`), with `default` and `remarkMdreview` pointing at it too.
import type { Root } from 'mdast';
import type { Transformer } from 'unified';

/** Runs mdreview's rules on each review and reports the findings as vfile messages (ruleId, source `mdreview`, url). */
declare function remarkMdreview(options?: remarkMdreview.Options | null): Transformer<Root, Root>;

declare namespace remarkMdreview {
  export { remarkMdreview as default, remarkMdreview };

  export interface Options {
    /** One config file for every review, like `mdreview lint --config`; relative to the file's `cwd`. */
    config?: string;
    /** Message language, like `mdreview lint --locale`; default: the config's `locale`, else LC_ALL / LC_MESSAGES / LANG. */
    locale?: 'en' | 'zh';
  }
}

export = remarkMdreview;
