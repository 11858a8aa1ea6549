import type { FieldError } from '../../../src/field/field-error.js';
import { validateCertificate } from '../../../src/validation/certificate/index.js';
import { type FeatureGates, resolveFeatureGates } from '../../../src/validation/feature-gates.js';
import type { JsonObject } from '../../../src/util/json.js';

/** A spec that passes every rule; tests override fields. */
export const BASE_SPEC: JsonObject = { secretName: 'web-tls', issuerRef: { name: 'ca' }, dnsNames: ['example.com'] };

/** Runs the Certificate rules on `{...BASE_SPEC, ...overrides}` (keys set to undefined are dropped). */
export function errorsFor(overrides: JsonObject, gates: FeatureGates = {}): FieldError[] {
  const spec: JsonObject = { ...BASE_SPEC, ...overrides };
  for (const k of Object.keys(spec)) if (spec[k] === undefined) delete spec[k];
  const object = { apiVersion: 'cert-manager.io/v1', kind: 'Certificate', metadata: { name: 'web' }, spec };
  return validateCertificate(object, {
    operation: 'CREATE',
    oldObject: undefined,
    gates: resolveFeatureGates(gates),
    release: 'master' as const,
  }).errors;
}

/** `type field` pairs, the part of an error the conformance vectors compare. */
export const pairs = (errors: FieldError[]): string[] => errors.map((e) => `${e.type} ${e.field}`);
