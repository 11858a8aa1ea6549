import type { FieldError } from '../../../src/field/field-error.js';
import type { JsonObject } from '../../../src/util/json.js';
import { validateCertificateRequest } from '../../../src/validation/certificaterequest/index.js';
import { resolveFeatureGates } from '../../../src/validation/feature-gates.js';

/** Runs the CertificateRequest rules on a v1 object. */
export function crErrors(object: JsonObject, oldObject?: JsonObject): FieldError[] {
  const operation = oldObject === undefined ? 'CREATE' : 'UPDATE';
  return validateCertificateRequest(object, { operation, oldObject, gates: resolveFeatureGates({}), release: 'master' as const }).errors;
}

/** `type field` pairs, the part of an error the conformance vectors compare. */
export const pairs = (errors: FieldError[]): string[] => errors.map((e) => `${e.type} ${e.field}`);
