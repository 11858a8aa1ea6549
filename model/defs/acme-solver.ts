/**
 * The ACME challenge solver (`spec.acme.solvers[]` of issuers, `spec.solver` of Challenge).
 * Work in progress: the full HTTP01/DNS01 model follows.
 */
import type { Version } from '../../src/scheme/kinds.js';
import { any, type Schema } from '../dsl.js';

/** The schema of one ACME challenge solver in the given API version. */
export function acmeChallengeSolver(_version: Version): Schema {
  return any();
}
