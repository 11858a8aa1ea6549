import type { KindValidator } from '../types.js';

/** Certificate rules (spec/validation.md). Not yet implemented: no semantic errors. */
export const validateCertificate: KindValidator = () => ({ errors: [], warnings: [] });
