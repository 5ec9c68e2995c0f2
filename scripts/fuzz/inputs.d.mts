export interface FuzzInput {
  text: string;
  label: string;
}
export const RUN_UNITS: string[];
export const PLACES: Record<string, (run: string) => string>;
export function fuzzInputs(seed: number, count: number, maxRun: number): Generator<FuzzInput>;
