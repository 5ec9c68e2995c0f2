// The editor's incremental parse: with the chunk trees of the document's last parse kept, a keystroke re-parses
// only the chunk it touched, and the review and its findings are those of a parse from nothing.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lintDocument } from '../../../src/core/lint/lint';
import type { ChunkCache } from '../../../src/core/parse/markdownTree';
import { parse, type ParseOptions } from '../../../src/core/parse/parse';
import { generateReview, prng } from '../../../scripts/bench/generate.mjs';
import { exampleAndCorpusReviews } from '../fixtures';

const today = new Date('2026-12-07T00:00:00Z');

function findings(text: string, options: ParseOptions): string {
  const doc = parse(text, { today, ...options });
  const { text: _text, lines: _lines, yamlRange: _yamlRange, frontmatter, ...model } = doc;
  return JSON.stringify({ model, yaml: frontmatter?.data, findings: lintDocument(doc, { locale: 'zh' }) });
}

/** Edits as typed: a character inserted, a line break, a deletion, at places picked by a seeded generator. */
function edits(text: string, count: number, seed: number): string[] {
  const rand = prng(seed);
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const at = Math.floor(rand() * text.length);
    const kind = rand();
    text = kind < 0.5 ? text.slice(0, at) + '好' + text.slice(at) : kind < 0.7 ? text.slice(0, at) + '\n' + text.slice(at) : text.slice(0, at) + text.slice(at + 3);
    out.push(text);
  }
  return out;
}

test('a review edited with its chunk trees kept reads and lints as one parsed from nothing', () => {
  const reviews = [...exampleAndCorpusReviews(), generateReview(prng(7), { lang: 'en', targetBytes: 60 * 1024, index: 7 }), generateReview(prng(8), { lang: 'zh', targetBytes: 40 * 1024, index: 8 })];
  let compared = 0;
  reviews.forEach((review, r) => {
    const chunkTrees: ChunkCache = new Map();
    for (const text of [review, ...edits(review, 6, r + 1)]) {
      assert.equal(findings(text, { chunkTrees }), findings(text, {}), `review ${r} after an edit`);
      compared++;
    }
  });
  assert.ok(compared > 1000);
});

test('a keystroke in a 100 KB review re-parses one chunk and keeps the others', () => {
  const text = generateReview(prng(7), { lang: 'en', targetBytes: 100 * 1024, index: 7 });
  const chunkTrees: ChunkCache = new Map();
  parse(text, { chunkTrees });
  const before = new Set(chunkTrees.values());
  const at = Math.floor(text.length / 2);
  parse(text.slice(0, at) + 'x' + text.slice(at), { chunkTrees });
  const kept = [...chunkTrees.values()].filter((tree) => before.has(tree)).length;
  assert.ok(before.size >= 10, `${before.size} chunks`);
  assert.equal(kept, chunkTrees.size - 1);
});
