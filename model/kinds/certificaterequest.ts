/**
 * CertificateRequest: work in progress, the full model follows.
 */
import type { Version } from '../../src/scheme/kinds.js';
import { any, type ObjectSchema } from '../dsl.js';
import { root } from '../defs/meta.js';

/** The root schema of a CertificateRequest in the given API version. */
export function certificateRequestSchema(_version: Version): ObjectSchema {
  return root({ spec: any(), status: any() });
}
