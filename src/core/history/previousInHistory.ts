// "The previous review" inside one file's history: the newest earlier version whose cycle differs,
// for reviews kept as one file per person that is rewritten each cycle.
import { normalizeCycleId } from '../cycles/cycle';
import type { ParsedReview } from '../parse/parse';

export interface HistoryVersion<V> {
  version: V;
  review: ParsedReview;
}

/**
 * Walks `versions` (newest first) and returns, newest first, the first version of each cycle other
 * than `cycle` (the latest text of that cycle), at most `limit` of them. Versions that cannot be read
 * (undefined text) or name no cycle (e.g. broken YAML) are passed over.
 */
export async function cyclesInHistory<V>(
  versions: readonly V[],
  read: (version: V) => Promise<string | undefined>,
  cycle: string | undefined,
  parse: (text: string) => ParsedReview,
  limit = Number.POSITIVE_INFINITY,
): Promise<HistoryVersion<V>[]> {
  if (!cycle?.trim()) return [];
  const seen = new Set([normalizeCycleId(cycle)]);
  const out: HistoryVersion<V>[] = [];
  for (const version of versions) {
    if (out.length >= limit) break;
    const text = await read(version);
    if (text === undefined) continue;
    const review = parse(text);
    const other = review.meta.cycle?.trim();
    if (!other || seen.has(normalizeCycleId(other))) continue;
    seen.add(normalizeCycleId(other));
    out.push({ version, review });
  }
  return out;
}

/** The newest earlier version of the file whose cycle differs from `cycle`. */
export async function previousInHistory<V>(
  versions: readonly V[],
  read: (version: V) => Promise<string | undefined>,
  cycle: string | undefined,
  parse: (text: string) => ParsedReview,
): Promise<HistoryVersion<V> | undefined> {
  return (await cyclesInHistory(versions, read, cycle, parse, 1))[0];
}
