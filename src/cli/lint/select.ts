import { relative, sep } from 'node:path';
import type { Text } from '../../core/i18n';
import type { Candidate } from './discover';
import type { GitIgnore } from '../../node/gitignore';
import { compileGlobs } from '../../core/workspace/glob';
import { looksLikeReview } from '../../core/workspace/sniff';
import { readText } from '../../node/readText';
import type { Settings } from '../../core/workspace/settings';

/**
 * What to do with a candidate: skip it, lint its text, report that it could not be read (`failed`, an error),
 * or skip it with a note (`noted`, a warning: a device or FIFO found by a folder walk).
 */
export type Selection = { kind: 'skip' } | { kind: 'lint'; text: string; warning?: Text; digest?: string } | { kind: 'failed' | 'noted'; message: Text };

type Matcher = (path: string) => boolean;

/** Decides, file by file, what a run lints: config `ignore`/`files` globs, `.gitignore`, and the review sniff. */
export class Selector {
  private readonly matchers = new Map<number, { files: Matcher; ignore: Matcher }>();

  constructor(private readonly gitignore: GitIgnore) {}

  private matchersOf(settings: Settings) {
    let m = this.matchers.get(settings.id);
    if (!m) {
      // Globs the config check refused are reported there (a config error) and left out here.
      const compile = (globs: string[] | undefined): Matcher => compileGlobs(globs ?? []).match;
      m = { files: compile(settings.config.files), ignore: compile(settings.config.ignore) };
      this.matchers.set(settings.id, m);
    }
    return m;
  }

  /** True when `text`, read from `path`, is a review: its frontmatter says so, or the config's `files` globs match it. */
  isReview(path: string, settings: Settings, text: string): boolean {
    return this.matchersOf(settings).files(fromRootOf(path, settings)) || looksLikeReview(text);
  }

  async select(candidate: Candidate, settings: Settings): Promise<Selection> {
    const { ignore } = this.matchersOf(settings);
    const fromRoot = fromRootOf(candidate.path, settings);
    if (!candidate.explicit && (ignore(fromRoot) || (await this.gitignore.isIgnored(candidate.path, candidate.searchRoot!)))) return { kind: 'skip' };
    const file = await readText(candidate.path);
    const isReview = (text: string) => !candidate.reviewsOnly || this.isReview(candidate.path, settings, text);
    if (file.ok) return isReview(file.text) ? { kind: 'lint', text: file.text, warning: file.warning, digest: file.digest } : { kind: 'skip' };
    // From a folder walk, a binary file is no review, and a huge one only counts when its head says so.
    if (!candidate.explicit && (file.kind === 'binary' || ((file.kind === 'too-large' || file.kind === 'encoding') && !isReview(file.head ?? '')))) return { kind: 'skip' };
    if (!candidate.explicit && file.kind === 'special') return { kind: 'noted', message: file.message };
    return { kind: 'failed', message: file.message };
  }
}

/** `path` relative to the config's folder, `/`-separated: what the config's globs match. */
function fromRootOf(path: string, settings: Settings): string {
  return relative(settings.root, path).split(sep).join('/');
}
