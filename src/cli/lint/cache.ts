import { createHash } from 'node:crypto';
import { constants } from 'node:fs';
import { lstat, mkdir, open, readFile, stat } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import { text, type Text } from '../../core/i18n';
import { writeExclusively } from '../../node/writeFile';
import type { FileStamp, FileStat } from '../../node/readText';
import type { ReportFinding } from './types';

/** `--cache` without `--cache-location`: this file in the current folder (ESLint's `.eslintcache`, for reviews). */
export const DEFAULT_CACHE_FILE = '.mdreviewcache';
/** Bumped when the file's layout changes; any other value is a cache from another layout and starts afresh. */
const FORMAT = 3;
/**
 * A file whose mtime or ctime lies this close to (or after) the moment it was read is read again even when its stat
 * is unchanged: it may have changed after the read within the file system's timestamp granularity (git's "racily
 * clean" entries). Two seconds covers the coarsest common granularity (FAT).
 */
const RACY_MS = 2000;

/**
 * The file holds each distinct string (rule id, severity, message) and each distinct `data` once, and a finding
 * as eight numbers: indexes of its rule, severity and message in `strings`, its line, column, end line and end
 * column, and the index of its data (-1: none). Messages repeat across reviews: 2,000 reviews' 44,643 findings
 * were 12.6 MB as objects, whose reading and JSON parsing were half of an all-cached run.
 */
const FIELDS = 8;

/** How a file was when it was linted: its stat, the digest of its bytes, and what the cache keys read from its text. */
export interface StoredRead {
  stamp: FileStamp;
  digest: string;
  /** Digest of the settings it was selected and linted under (see cacheKeys). */
  settings: string;
  person?: string;
  cycle?: string;
}

interface CacheEntry {
  key: string;
  findings: number[];
  read?: StoredRead;
}

interface CacheFile {
  format: number;
  tool: string;
  strings: string[];
  data: Record<string, unknown>[];
  files: Record<string, CacheEntry>;
}

/** True when the file had not been modified within RACY_MS of its read. */
const trusted = (read: StoredRead) => Number.isFinite(read.stamp?.at) && Array.isArray(read.stamp.stat) && Math.max(read.stamp.stat[1], read.stamp.stat[2]) < read.stamp.at - RACY_MS;

const sameStat = (a: unknown, b: FileStat) => Array.isArray(a) && a.length === b.length && a.every((x, i) => x === b[i]);

const SEVERITIES: ReadonlySet<unknown> = new Set(['error', 'warning', 'info', 'hint']);

/** The findings of one stored entry; undefined when the entry does not fit the tables (a damaged file). */
function decode(file: CacheFile, numbers: unknown): ReportFinding[] | undefined {
  if (!Array.isArray(numbers) || numbers.length % FIELDS !== 0 || !numbers.every(Number.isSafeInteger)) return undefined;
  const { strings, data } = file;
  const findings: ReportFinding[] = [];
  for (let i = 0; i < numbers.length; i += FIELDS) {
    const [ruleId, severity, message, line, column, endLine, endColumn, dataIndex] = (numbers as number[]).slice(i, i + FIELDS);
    const [rule, level, text] = [strings[ruleId], strings[severity], strings[message]];
    if (typeof rule !== 'string' || !SEVERITIES.has(level) || typeof text !== 'string' || Math.min(line, column, endLine, endColumn) < 1) return undefined;
    if (dataIndex !== -1 && (typeof data[dataIndex] !== 'object' || data[dataIndex] === null)) return undefined;
    findings.push({ ruleId: rule, severity: level as ReportFinding['severity'], message: text, line, column, endLine, endColumn, ...(dataIndex === -1 ? {} : { data: data[dataIndex] }) });
  }
  return findings;
}

/** Builds the tables of a file being written, each string and each distinct data once. */
class Encoder {
  readonly strings: string[] = [];
  readonly data: Record<string, unknown>[] = [];
  private readonly stringIndex = new Map<string, number>();
  private readonly dataIndex = new Map<string, number>();

  private intern<T>(value: T, key: string, index: Map<string, number>, table: T[]): number {
    let i = index.get(key);
    if (i === undefined) {
      i = table.push(value) - 1;
      index.set(key, i);
    }
    return i;
  }

  encode(findings: readonly ReportFinding[]): number[] {
    return findings.flatMap((f) => [
      this.intern(f.ruleId, f.ruleId, this.stringIndex, this.strings),
      this.intern(f.severity, f.severity, this.stringIndex, this.strings),
      this.intern(f.message, f.message, this.stringIndex, this.strings),
      f.line,
      f.column,
      f.endLine,
      f.endColumn,
      f.data ? this.intern(f.data, JSON.stringify(f.data), this.dataIndex, this.data) : -1,
    ]);
  }
}

/** The cache file for `--cache-location` (a file, or a folder to hold `.mdreviewcache`), relative to `cwd`. */
export async function cacheFilePath(cwd: string, location: string | undefined): Promise<string> {
  if (location === undefined) return join(cwd, DEFAULT_CACHE_FILE);
  const path = resolve(cwd, location);
  if (location.endsWith('/') || location.endsWith(sep)) return join(path, DEFAULT_CACHE_FILE);
  // lstat: a link planted at the cache's name is no folder to write into (it led the cache out of the tree).
  const info = await lstat(path).catch(() => undefined);
  return info?.isDirectory() ? join(path, DEFAULT_CACHE_FILE) : path;
}

/**
 * Who computed the results: the version and a digest of the running bundle, so a rebuilt or upgraded mdreview
 * never serves results of another build.
 */
export async function toolIdentity(version: string, bundle: string): Promise<string> {
  const code = await readFile(bundle).catch(() => Buffer.alloc(0));
  return `${version}+${createHash('sha1').update(code).digest('base64url')}`;
}

/**
 * The cache file's text; undefined when there is none to read. Never through a link, and only a regular file: a FIFO
 * planted at the cache's name held the run forever (O_NONBLOCK opens it at once, and it is then no file).
 */
async function readCacheFile(path: string): Promise<string | undefined> {
  const file = await open(path, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0)).catch(() => undefined);
  if (!file) return undefined;
  try {
    return (await file.stat()).isFile() ? await file.readFile('utf8') : undefined;
  } finally {
    await file.close();
  }
}

/**
 * Lint results from earlier runs, by absolute path, each valid for one key (see cacheKeys). Entries of files this
 * run did not lint are kept while the file exists, so linting one folder does not forget the others.
 */
export class LintCache {
  private readonly used = new Set<string>();
  /** Results this run computed, by file. */
  private readonly fresh = new Map<string, { key: string; findings: ReportFinding[]; read?: StoredRead }>();

  /** `changed`: the file on disk is not `stored` (new, foreign or damaged), so `save` must write it even if nothing is set. */
  private constructor(
    private readonly path: string,
    private readonly stored: CacheFile,
    private changed: boolean,
  ) {}

  /** Reads the cache file; a missing, unreadable or foreign one gives an empty cache (with a note when it was bad). */
  static async open(path: string, tool: string): Promise<{ cache: LintCache; note?: Text }> {
    const empty = (): CacheFile => ({ format: FORMAT, tool, strings: [], data: [], files: {} });
    const raw = await readCacheFile(path).catch(() => undefined);
    if (raw === undefined) return { cache: new LintCache(path, empty(), true) };
    try {
      const data = JSON.parse(raw) as CacheFile;
      if (typeof data !== 'object' || data === null || typeof data.files !== 'object' || data.files === null) throw new Error('not a cache file');
      const current = data.format === FORMAT && data.tool === tool;
      if (current && !(Array.isArray(data.strings) && Array.isArray(data.data))) throw new Error('no tables');
      return { cache: new LintCache(path, current ? data : empty(), !current) };
    } catch {
      return { cache: new LintCache(path, empty(), true), note: text('cache file {path} is damaged; starting a new one', '缓存文件 {path} 已损坏，重新建立', { path }) };
    }
  }

  /**
   * What `file` was when its result was stored, if its stat is still `stat` under the same `settings` and it had not
   * been modified within RACY_MS of being read: then it need not be read (nor hashed) again.
   */
  unchanged(file: string, stat: FileStat, settings: string): StoredRead | undefined {
    const read = Object.hasOwn(this.stored.files, file) ? this.stored.files[file].read : undefined;
    if (!read || typeof read.digest !== 'string' || read.settings !== settings || !sameStat(read.stamp?.stat, stat)) return undefined;
    return trusted(read) ? read : undefined;
  }

  /**
   * A file served from the cache was read this run anyway (it was racy, or its record was wrong): store how it was
   * read when that can be trusted next time and differs from the record. A run within the racy window changes nothing.
   */
  refresh(file: string, read: StoredRead): void {
    const entry = Object.hasOwn(this.stored.files, file) ? this.stored.files[file] : undefined;
    if (!entry || !trusted(read)) return;
    const old = entry.read;
    const same = old && old.digest === read.digest && old.settings === read.settings && old.person === read.person && old.cycle === read.cycle;
    if (same && trusted(old) && sameStat(old.stamp.stat, read.stamp.stat)) return;
    entry.read = read;
    this.changed = true;
  }

  /** The findings stored for `file` under `key`; undefined when there are none, the key differs or the entry is damaged. */
  get(file: string, key: string): ReportFinding[] | undefined {
    const entry = Object.hasOwn(this.stored.files, file) ? this.stored.files[file] : undefined;
    if (entry?.key !== key) return undefined;
    const findings = decode(this.stored, entry.findings);
    if (findings) this.used.add(file);
    return findings;
  }

  set(file: string, key: string, findings: ReportFinding[], read?: StoredRead): void {
    this.fresh.set(file, { key, findings, read });
    this.used.add(file);
    this.changed = true;
  }

  /**
   * Writes the cache (its folder made if need be; via a temporary file, so a crash leaves the old one); a note when it
   * cannot be written. A run that changed nothing (every result from the cache, no entry dropped) leaves the file as it is.
   * Stored entries of files this run did not lint are kept while the file exists.
   */
  async save(): Promise<Text | undefined> {
    const kept: string[] = [];
    await Promise.all(
      Object.keys(this.stored.files).map(async (file) => {
        if (!this.fresh.has(file) && (this.used.has(file) || (await stat(file).then((s) => s.isFile(), () => false)))) kept.push(file);
      }),
    );
    if (!this.changed && kept.length === Object.keys(this.stored.files).length) return undefined;
    const encoder = new Encoder();
    const files: CacheFile['files'] = {};
    for (const file of kept.sort()) {
      const { key, findings, read } = this.stored.files[file];
      const decoded = decode(this.stored, findings);
      if (decoded) files[file] = { key, findings: encoder.encode(decoded), ...(read && { read }) };
    }
    for (const [file, { key, findings, read }] of this.fresh) files[file] = { key, findings: encoder.encode(findings), ...(read && { read }) };
    try {
      await mkdir(dirname(this.path), { recursive: true });
      await writeExclusively(this.path, JSON.stringify({ format: FORMAT, tool: this.stored.tool, strings: encoder.strings, data: encoder.data, files } satisfies CacheFile));
      return undefined;
    } catch (e) {
      return text('cannot write the cache file {path}: {m}', '无法写入缓存文件 {path}：{m}', { path: this.path, m: (e as Error).message });
    }
  }
}
