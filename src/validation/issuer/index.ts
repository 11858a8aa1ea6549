import type { KindValidator } from '../types.js';

/** Issuer rules (spec/validation.md §4). Not yet implemented: no semantic errors. */
export const validateIssuer: KindValidator = () => ({ errors: [], warnings: [] });
/** ClusterIssuer rules (spec/validation.md §4). Not yet implemented: no semantic errors. */
export const validateClusterIssuer: KindValidator = () => ({ errors: [], warnings: [] });
