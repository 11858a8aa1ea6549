/**
 * Run settings of the fuzz suite. `npm test` runs it small with a fixed seed; `npm run fuzz`
 * (scripts/fuzz.mjs) sets these variables for a longer run with large inputs.
 */
import { MAX_NESTING_DEPTH } from '../../src/util/depth.js';

const int = (name: string, fallback: number): number => {
  const v = Number(process.env[name]);
  return Number.isInteger(v) && v > 0 ? v : fallback;
};

/** Whether this is the long run (`npm run fuzz`). */
export const LONG = process.env.CMAPI_FUZZ_LONG === '1';

/** Runs per property. */
export const RUNS = int('CMAPI_FUZZ_RUNS', 40);

/** The fast-check seed: fixed, so a failure in `npm test` repeats. */
export const SEED = int('CMAPI_FUZZ_SEED', 20261203);

/** The deepest nesting generated: past the documented limit in the long run. */
export const MAX_LEVELS = LONG ? MAX_NESTING_DEPTH + 50 : 60;

/** The longest array generated. */
export const MAX_ITEMS = LONG ? 150_000 : 300;

/** fast-check parameters for a property. */
export const params = (runs = RUNS) => ({ numRuns: runs, seed: SEED, endOnFailure: true });
