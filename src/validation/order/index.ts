import type { KindValidator } from '../types.js';

/** Order rules (spec/validation.md). Not yet implemented: no semantic errors. */
export const validateOrder: KindValidator = () => ({ errors: [], warnings: [] });
