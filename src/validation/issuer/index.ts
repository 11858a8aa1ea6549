import { Path } from '../../field/path.js';
import type { KindValidator } from '../types.js';
import { validateIssuerSpec } from './spec.js';

/**
 * Issuer rules (spec/validation.md §4), the same on CREATE and UPDATE: the `spec` of the new
 * object is validated on its own.
 */
export const validateIssuer: KindValidator = (object, ctx) => validateIssuerSpec(object.spec, Path.root('spec'), ctx.release);

/** ClusterIssuer rules: identical to the Issuer rules (spec/validation.md §4). */
export const validateClusterIssuer: KindValidator = (object, ctx) => validateIssuerSpec(object.spec, Path.root('spec'), ctx.release);

export { validateIssuerSpec } from './spec.js';
export { EAB_KEY_ALGORITHM_WARNING } from './warnings.js';
