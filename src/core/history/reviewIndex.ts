// An index of many reviews: person → cycles → review. It answers "the previous review of this
// person" and reports two reviews of one person for the same cycle instead of picking one.
import { compareCycles, normalizeCycleId } from '../cycles/cycle';
import type { ParsedReview } from '../parse/parse';

export interface IndexedReview {
  /** Where the review lives (a path or URI string), unique in the index. */
  key: string;
  employee: string;
  /** Canonical cycle id (`2026-Q3`), or the text as written when it names no cycle. */
  cycle: string;
  review: ParsedReview;
}

export interface DuplicateCycle {
  employee: string;
  cycle: string;
  keys: string[];
}

/** A person's name folded for matching: width, case and spaces. */
export function personKey(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
}

export class ReviewIndex {
  private readonly byKey = new Map<string, IndexedReview>();

  /** Adds or replaces the review at `key`; a review without employee or cycle cannot be placed and is left out. */
  set(key: string, review: ParsedReview): IndexedReview | undefined {
    this.byKey.delete(key);
    const employee = review.meta.employee?.trim();
    const cycle = review.meta.cycle?.trim();
    if (!employee || !cycle) return undefined;
    const entry = { key, employee, cycle: normalizeCycleId(cycle), review };
    this.byKey.set(key, entry);
    return entry;
  }

  delete(key: string): void {
    this.byKey.delete(key);
  }

  get(key: string): IndexedReview | undefined {
    return this.byKey.get(key);
  }

  get size(): number {
    return this.byKey.size;
  }

  /** Everyone with a review, by name as first written. */
  people(): string[] {
    const names = new Map<string, string>();
    for (const e of this.byKey.values()) if (!names.has(personKey(e.employee))) names.set(personKey(e.employee), e.employee);
    return [...names.values()].sort();
  }

  /** A person's reviews, oldest cycle first (same-cycle reviews by key, so the order is stable). */
  reviewsOf(employee: string): IndexedReview[] {
    const person = personKey(employee);
    return [...this.byKey.values()]
      .filter((e) => personKey(e.employee) === person)
      .sort((a, b) => compareCycles(a.cycle, b.cycle) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  }

  /** The person's reviews of cycles that end before `cycle`, oldest first. */
  private before(employee: string, cycle: string): IndexedReview[] {
    const canonical = normalizeCycleId(cycle);
    return this.reviewsOf(employee).filter((e) => e.cycle !== canonical && compareCycles(e.cycle, canonical) < 0);
  }

  /**
   * The person's reviews of cycles before `cycle`, newest first: the `history` rules read. A cycle
   * with two reviews is left out (see `duplicates()`): which one counts is the user's call.
   */
  earlier(employee: string, cycle: string): IndexedReview[] {
    const before = this.before(employee, cycle);
    const counts = new Map<string, number>();
    for (const e of before) counts.set(e.cycle, (counts.get(e.cycle) ?? 0) + 1);
    return before.filter((e) => counts.get(e.cycle) === 1).reverse();
  }

  /** The latest review of the person before `cycle` (undefined when none, or when that cycle has two). */
  previous(employee: string, cycle: string): IndexedReview | undefined {
    const latest = this.before(employee, cycle).at(-1);
    const candidate = this.earlier(employee, cycle)[0];
    return latest && candidate?.cycle === latest.cycle ? candidate : undefined;
  }

  /** Every person and cycle with more than one review: a finding to show, never resolved by guessing. */
  duplicates(): DuplicateCycle[] {
    const groups = new Map<string, IndexedReview[]>();
    for (const e of this.byKey.values()) {
      const id = `${personKey(e.employee)}\u0000${e.cycle}`;
      groups.set(id, [...(groups.get(id) ?? []), e]);
    }
    return [...groups.values()]
      .filter((g) => g.length > 1)
      .map((g) => ({ employee: g[0].employee, cycle: g[0].cycle, keys: g.map((e) => e.key).sort() }))
      .sort((a, b) => a.employee.localeCompare(b.employee) || compareCycles(a.cycle, b.cycle));
  }

  /** The duplicates that concern one person and cycle, e.g. the review being edited. */
  duplicatesOf(employee: string, cycle: string): DuplicateCycle | undefined {
    return this.duplicates().find((d) => personKey(d.employee) === personKey(employee) && d.cycle === normalizeCycleId(cycle));
  }
}
