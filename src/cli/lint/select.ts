import { statSync, type Stats } from 'node:fs';
import { relative, sep } from 'node:path';
import type { Text } from '../../core/i18n';
import type { Candidate } from './discover';
import type { GitIgnore } from '../../node/gitignore';
import { compileGlobs } from '../../core/workspace/glob';
import { looksLikeReview } from '../../core/workspace/sniff';
import { readText, statOf, type FileStamp, type FileStat } from '../../node/readText';
import type { Settings } from '../../core/workspace/settings';

/**
 * What to do with a candidate: skip it, lint its text, report that it could not be read (`failed`, an error),
 * or skip it with a note (`noted`, a warning: a device or FIFO found by a folder walk).
 */
export type Selection =
  | { kind: 'skip' }
  | { kind: 'lint'; text: string; warning?: Text; digest?: string; stamp?: FileStamp; unread?: { person?: string; cycle?: string } }
  | { kind: 'failed' | 'noted'; message: Text };

/** `--cache`'s record of a file unchanged by its stat (see LintCache.unchanged), or undefined to read it. */
export type KnownFile = (path: string, stat: FileStat) => { digest: string; person?: string; cycle?: string } | undefined;

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

  /** `known`: with `--cache`, a file it knows unchanged is selected unread (it was a review when its result was stored). */
  async select(candidate: Candidate, settings: Settings, known?: KnownFile): Promise<Selection> {
    const { ignore } = this.matchersOf(settings);
    const fromRoot = fromRootOf(candidate.path, settings);
    if (!candidate.explicit && (ignore(fromRoot) || (await this.gitignore.isIgnored(candidate.path, candidate.searchRoot!)))) return { kind: 'skip' };
    const info = known && statIfAny(candidate.path);
    const unchanged = info?.isFile() ? known!(candidate.path, statOf(info)) : undefined;
    if (unchanged) return { kind: 'lint', text: '', digest: unchanged.digest, unread: { person: unchanged.person, cycle: unchanged.cycle } };
    const file = await readText(candidate.path);
    const isReview = (text: string) => !candidate.reviewsOnly || this.isReview(candidate.path, settings, text);
    if (file.ok) return isReview(file.text) ? { kind: 'lint', text: file.text, warning: file.warning, digest: file.digest, stamp: file.stamp } : { kind: 'skip' };
    // From a folder walk, a binary file is no review, and a huge one only counts when its head says so.
    if (!candidate.explicit && (file.kind === 'binary' || ((file.kind === 'too-large' || file.kind === 'encoding') && !isReview(file.head ?? '')))) return { kind: 'skip' };
    if (!candidate.explicit && file.kind === 'special') return { kind: 'noted', message: file.message };
    return { kind: 'failed', message: file.message };
  }
}

/** The file's stat; undefined when it cannot be had (reading it then says why). */
function statIfAny(path: string): Stats | undefined {
  try {
    return statSync(path, { throwIfNoEntry: false });
  } catch {
    return undefined;
  }
}

/** `path` relative to the config's folder, `/`-separated: what the config's globs match. */
function fromRootOf(path: string, settings: Settings): string {
  return relative(settings.root, path).split(sep).join('/');
}
