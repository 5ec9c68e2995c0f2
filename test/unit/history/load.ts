// Reads the history fixtures next to this file (bundled tests run from dist-test, so the path is from the repo root).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type ParsedReview } from '../../../src/core/parse/parse';

export const FIXTURES = join(process.cwd(), 'test/unit/history/fixtures');

export function fixtureText(name: string): string {
  return readFileSync(join(FIXTURES, name), 'utf8');
}

export function fixture(name: string): ParsedReview {
  return parse(fixtureText(name));
}
