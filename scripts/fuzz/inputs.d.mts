export interface FuzzInput {
  text: string;
  label: string;
}
export const RUN_UNITS: string[];
export const PLACES: Record<string, (run: string) => string>;
export const MATRIX_UNITS: string[];
export function matrixInput(unit: string, place: string, bytes: number): string;
export function fuzzInputs(seed: number, count: number, maxRun: number): Generator<FuzzInput>;
