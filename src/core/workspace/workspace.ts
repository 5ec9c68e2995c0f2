// The one answer to "which reviews does this workspace hold, and which are this person's earlier ones",
// for the CLI and every editor feature (lint history, New Review, CodeLens, preview, compare). Reviews are
// found by a cheap frontmatter sniff; only the person's own reviews are parsed, and a cycle with two
// reviews is reported, never guessed.
import { normalizeCycleId } from '../cycles/cycle';
import { personKey, ReviewIndex, type DuplicateCycle, type IndexedReview } from '../history/reviewIndex';
import type { ChunkCache } from '../parse/markdownTree';
import { parse, parseLazily, type ParsedReview } from '../parse/parse';
import type { WorkspaceHost } from './host';
import { SettingsFinder } from './settings';
import { looksLikeReview, sniffCycle, sniffEmployee, sniffStatus } from './sniff';

/** A review file as its frontmatter names it, before parsing. */
export interface ReviewFile {
  path: string;
  employee?: string;
  /** Canonical cycle id when the frontmatter names one. */
  cycle?: string;
  /** `status` as written, for the Team Overview's first paint before the review is parsed. */
  status?: string;
}

export interface PersonHistory {
  /** Earlier cycles, newest first, one review per cycle (cycles with two reviews left out). */
  earlier: IndexedReview[];
  /** The review of the latest earlier cycle; undefined when there is none or that cycle has two. */
  previous: IndexedReview | undefined;
  /** This person's cycles with more than one review (the current one included). */
  duplicates: DuplicateCycle[];
}

/** Documents whose chunk trees the editor lint keeps (see `chunkTrees`). */
const EDITED_DOCUMENTS = 8;

export class Workspace {
  /** Configs and templates; replaced when `changed()` is told everything changed. */
  settings: SettingsFinder;
  private listing: Promise<string[]> | undefined;
  private readonly sniffed = new Map<string, Promise<ReviewFile | undefined>>();
  private readonly parses = new Map<string, Promise<ParsedReview | undefined>>();
  private readonly editorTrees = new Map<string, ChunkCache>();

  constructor(
    private readonly host: WorkspaceHost,
    private readonly options: { fallbackRoot: string; explicitConfig?: string },
  ) {
    this.settings = new SettingsFinder(host, options.fallbackRoot, options.explicitConfig);
  }

  /**
   * A parser of review text with the config and templates that apply at `path`. `lazily`: the body is parsed
   * only when read (see `parseLazily`).
   */
  async parser(path: string, lazily = false): Promise<(text: string) => ParsedReview> {
    const settings = await this.settings.forFile(path);
    const templates = this.settings.templatesOf(settings);
    const read = lazily ? parseLazily : parse;
    return (text) => read(text, { templates, defaultTemplate: settings.config.defaultTemplate });
  }

  /**
   * The chunk trees of the last editor lint of the document at `path`, for its next one (see ParseOptions). Kept
   * for the few documents linted last: those being typed in.
   */
  chunkTrees(path: string): ChunkCache {
    const trees = this.editorTrees.get(path) ?? new Map();
    this.editorTrees.delete(path);
    this.editorTrees.set(path, trees);
    if (this.editorTrees.size > EDITED_DOCUMENTS) this.editorTrees.delete(this.editorTrees.keys().next().value!);
    return trees;
  }

  /**
   * Every review of the workspace (Markdown whose frontmatter names a person and cycle, or a template), by path.
   * `progress` is called once per Markdown file looked at.
   */
  async reviews(progress?: (done: number, total: number) => void): Promise<ReviewFile[]> {
    this.listing ??= this.host.markdownFiles();
    const paths = await this.listing;
    let done = 0;
    const found = await Promise.all(
      paths.map(async (p) => {
        const file = await this.sniff(p);
        progress?.(++done, paths.length);
        return file;
      }),
    );
    return found.filter((f): f is ReviewFile => f !== undefined).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  }

  /** Everyone with a review, each by the name first seen. */
  async people(): Promise<string[]> {
    const names = new Map<string, string>();
    for (const f of await this.reviews()) if (f.employee && !names.has(personKey(f.employee))) names.set(personKey(f.employee), f.employee);
    return [...names.values()].sort();
  }

  /**
   * The earlier reviews of the person `doc` is about, `doc` standing for the current text of `path`
   * (or of a review not yet on disk). Names match folded (width, case, spaces).
   */
  async historyOf(path: string, doc: ParsedReview): Promise<PersonHistory> {
    const { employee, cycle } = doc.meta;
    if (!employee?.trim() || !cycle?.trim()) return { earlier: [], previous: undefined, duplicates: [] };
    // `doc` stands for `path`: its text on disk or in the editor need not be parsed as well.
    const index = await this.personIndex(employee, path, (await this.settings.forFile(path)).id);
    index.set(path, doc);
    return {
      earlier: index.earlier(employee, cycle),
      previous: index.previous(employee, cycle),
      duplicates: index.duplicates(),
    };
  }

  /**
   * The person's reviews on disk, parsed, in an index of their own; `except`: a path left out. `settingsId`: only
   * reviews under that config — a config file marks a set of reviews of its own (a team's folder, the examples in
   * a repository), so a namesake's reviews elsewhere in the repository are not this person's history.
   */
  async personIndex(employee: string, except?: string, settingsId?: number): Promise<ReviewIndex> {
    const person = personKey(employee);
    const files = (await this.reviews()).filter((f) => f.path !== except && f.employee !== undefined && personKey(f.employee) === person);
    const index = new ReviewIndex();
    for (const f of files) {
      if (settingsId !== undefined && (await this.settings.forFile(f.path)).id !== settingsId) continue;
      const review = await this.parsed(f.path);
      if (review) index.set(f.path, review);
    }
    return index;
  }

  /** Lists the Markdown files again on the next `reviews()` (what was read from each file stays cached). */
  rescan(): void {
    this.listing = undefined;
  }

  /**
   * Forget what was read from `path`, or everything (a config or template changed). `listing`: the file was
   * created or deleted, so the list of Markdown files is read again too.
   */
  changed(path?: string, listing = true): void {
    if (listing) this.listing = undefined;
    if (path === undefined) {
      this.settings = new SettingsFinder(this.host, this.options.fallbackRoot, this.options.explicitConfig);
      this.sniffed.clear();
      this.parses.clear();
    } else {
      this.sniffed.delete(path);
      this.parses.delete(path);
    }
  }

  /** Records the text of `path` already read by the caller (the CLI's linted files), so a scan does not read it again. */
  remember(path: string, text: string): void {
    this.sniffed.set(path, Promise.resolve(sniffText(path, text)));
  }

  private sniff(path: string): Promise<ReviewFile | undefined> {
    let found = this.sniffed.get(path);
    if (!found) {
      found = this.readText(path).then((text) => (text === undefined ? undefined : sniffText(path, text)));
      this.sniffed.set(path, found);
    }
    return found;
  }

  /**
   * The review at `path` parsed, kept until the file changes; undefined when it cannot be read. Its body is
   * parsed when first read: most kept reviews serve as history, whose rules read only their frontmatter.
   */
  parsed(path: string): Promise<ParsedReview | undefined> {
    let found = this.parses.get(path);
    if (!found) {
      found = this.readText(path).then(async (text) => (text === undefined ? undefined : (await this.parser(path, true))(text)));
      this.parses.set(path, found);
    }
    return found;
  }

  /** A file that cannot be read is no review here; the lint of that file itself reports why. */
  private readText(path: string): Promise<string | undefined> {
    return this.host.readText(path).catch(() => undefined);
  }
}

function sniffText(path: string, text: string): ReviewFile | undefined {
  if (!looksLikeReview(text)) return undefined;
  const cycle = sniffCycle(text);
  return { path, employee: sniffEmployee(text), cycle: cycle && normalizeCycleId(cycle), status: sniffStatus(text) };
}
