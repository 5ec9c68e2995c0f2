// Reads one corpus set (a YAML list) and checks each entry's shape, so a typo in the corpus is an error
// that names the entry instead of a silently skipped or mislabelled item.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Lang } from './metrics';

export function readCorpus<T extends { lang: Lang }>(corpusDir: string, file: string, check: (entry: T) => string | undefined): T[] {
  const entries: unknown = parse(readFileSync(join(corpusDir, file), 'utf8'));
  if (!Array.isArray(entries)) throw new Error(`${file}: expected a list`);
  return entries.map((entry: T, i) => {
    const problem = entry.lang !== 'zh' && entry.lang !== 'en' ? 'lang must be zh or en' : check(entry);
    if (problem) throw new Error(`${file} entry ${i + 1} (${JSON.stringify(entry)}): ${problem}`);
    return entry;
  });
}
