import type { KindValidator } from '../types.js';

/** CertificateRequest rules (spec/validation.md). Not yet implemented: no semantic errors. */
export const validateCertificateRequest: KindValidator = () => ({ errors: [], warnings: [] });
