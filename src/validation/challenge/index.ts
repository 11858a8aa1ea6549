import type { KindValidator } from '../types.js';

/** Challenge rules (spec/validation.md). Not yet implemented: no semantic errors. */
export const validateChallenge: KindValidator = () => ({ errors: [], warnings: [] });
