// Type tests of the public API (checked by `tsc -p tsconfig.json`): guards narrow, results carry
// the documented shapes, options accept only what is documented.
import { expectTypeOf } from 'vitest';
import {
  applyDefaults,
  convert,
  type ConversionResult,
  type DefaultingResult,
  type FieldError,
  identify,
  type JsonPatchOperation,
  v1,
  v1alpha2,
  validate,
  type ValidationResult,
} from '../../src/index.js';

declare const anything: unknown;

// Type guards narrow `unknown` to the version's kind types.
if (v1.isCertificate(anything)) {
  expectTypeOf(anything).toEqualTypeOf<v1.Certificate>();
  expectTypeOf(anything.spec?.secretName).toEqualTypeOf<string | undefined>();
  expectTypeOf(anything.spec?.privateKey?.algorithm).toEqualTypeOf<'RSA' | 'ECDSA' | 'Ed25519' | undefined>();
}
if (v1alpha2.isCertificate(anything)) {
  expectTypeOf(anything.spec?.keyAlgorithm).toEqualTypeOf<'rsa' | 'ecdsa' | undefined>();
}
if (v1.isCertificateList(anything)) expectTypeOf(anything.items).toEqualTypeOf<v1.Certificate[]>();

// validate, applyDefaults and convert accept any value and return data, never throw types.
expectTypeOf(validate).parameter(0).toEqualTypeOf<unknown>();
expectTypeOf(validate(anything)).toEqualTypeOf<ValidationResult>();
expectTypeOf(validate(anything).errors).toEqualTypeOf<FieldError[]>();
expectTypeOf(applyDefaults(anything)).toEqualTypeOf<DefaultingResult>();
expectTypeOf(applyDefaults(anything).patch).toEqualTypeOf<JsonPatchOperation[]>();
expectTypeOf(convert(anything, 'cert-manager.io/v1')).toEqualTypeOf<ConversionResult>();

// Options are checked.
validate(anything, { operation: 'UPDATE', oldObject: anything, featureGates: { OtherNames: false }, schema: false });
// @ts-expect-error: DELETE is not a validated operation
validate(anything, { operation: 'DELETE' });
// @ts-expect-error: unknown feature gates are rejected at compile time
validate(anything, { featureGates: { NoSuchGate: true } });
applyDefaults(anything, { defaults: ['scheme', 'runtime', 'schema'] });
// @ts-expect-error: unknown default sets are rejected at compile time
applyDefaults(anything, { defaults: ['everything'] });

// identify's result is a discriminated union.
const id = identify(anything);
if (id.ok && id.identity.shape === 'object')
  expectTypeOf(id.identity.kind).toEqualTypeOf<'Certificate' | 'CertificateRequest' | 'Issuer' | 'ClusterIssuer' | 'Order' | 'Challenge'>();
if (!id.ok) expectTypeOf(id.errors).toEqualTypeOf<FieldError[]>();
