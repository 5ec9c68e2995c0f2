// Reads the rule fixtures in test/fixtures/rules. Expectations sit inline in each fixture:
//   <!-- expect: rule-a, rule-b -->  in the body: findings of those rules start on this line
//   # expect: rule-a                 in the frontmatter (a YAML comment): the same
//   <!-- expect: rule-a@3 -->        anywhere: a finding of rule-a starts on (1-based) line 3
//   <!-- not: rule-a -->             the same forms: no finding of rule-a starts on this line (test/corpus/reviews)
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Fixture {
  name: string;
  text: string;
  /** Sorted `line:ruleId` keys (1-based lines). */
  expected: string[];
}

const MARKS = { expect: /(?:<!--|#)\s*expect:\s*([\w@,\s-]+?)\s*(?:-->|$)/g, not: /(?:<!--|#)\s*not:\s*([\w@,\s-]+?)\s*(?:-->|$)/g };

/** Sorted `line:ruleId` keys of the `expect` (or `not`) marks of a text. */
export function expectationsOf(text: string, kind: keyof typeof MARKS = 'expect'): string[] {
  const keys: string[] = [];
  text.split(/\r\n|\n|\r/).forEach((line, i) => {
    for (const m of line.matchAll(MARKS[kind])) {
      for (const entry of m[1].split(',').map((s) => s.trim()).filter(Boolean)) {
        const [rule, at] = entry.split('@');
        keys.push(`${at ? Number(at) : i + 1}:${rule}`);
      }
    }
  });
  return keys.sort();
}

export function loadFixtures(dir: string): Fixture[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((name) => {
      const text = readFileSync(join(dir, name), 'utf8');
      return { name, text, expected: expectationsOf(text) };
    });
}

function markdownUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? markdownUnder(path) : entry.name.endsWith('.md') && !/README/.test(entry.name) ? [path] : [];
  });
}

/** Every review of the examples, the corpus and its batches (tests run at the repository root): texts a writing feature must not spoil. */
export function exampleAndCorpusReviews(): string[] {
  return ['examples', 'test/corpus/reviews', 'test/corpus/batches'].flatMap((dir) => markdownUnder(join(process.cwd(), dir)));
}
