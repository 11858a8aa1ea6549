import type { Kind } from '../scheme/kinds.js';
import type { KindValidator } from './types.js';
import { validateCertificate } from './certificate/index.js';
import { validateCertificateRequest } from './certificaterequest/index.js';
import { validateIssuer, validateClusterIssuer } from './issuer/index.js';
import { validateOrder } from './order/index.js';
import { validateChallenge } from './challenge/index.js';

/** The semantic validator of every kind (spec/validation.md §1.2 dispatch). */
export const validators: Readonly<Record<Kind, KindValidator>> = {
  Certificate: validateCertificate,
  CertificateRequest: validateCertificateRequest,
  Issuer: validateIssuer,
  ClusterIssuer: validateClusterIssuer,
  Order: validateOrder,
  Challenge: validateChallenge,
};
