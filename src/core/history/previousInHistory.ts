// "The previous review" inside one file's history: the newest earlier version whose cycle differs,
// for reviews kept as one file per person that is rewritten each cycle.
import { normalizeCycleId } from '../cycles/cycle';
import type { ParsedReview } from '../parse/parse';

/**
 * Walks `versions` (newest first) and returns the first whose `cycle` is set and differs from `cycle`.
 * Versions that cannot be read (undefined text) or name no cycle (e.g. broken YAML) are passed over.
 */
export async function previousInHistory<V>(
  versions: readonly V[],
  read: (version: V) => Promise<string | undefined>,
  cycle: string | undefined,
  parse: (text: string) => ParsedReview,
): Promise<{ version: V; review: ParsedReview } | undefined> {
  if (!cycle?.trim()) return undefined;
  const current = normalizeCycleId(cycle);
  for (const version of versions) {
    const text = await read(version);
    if (text === undefined) continue;
    const review = parse(text);
    const other = review.meta.cycle?.trim();
    if (other && normalizeCycleId(other) !== current) return { version, review };
  }
  return undefined;
}
