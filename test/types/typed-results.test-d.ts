// Type tests (issue 14 §7): applyDefaults returns the caller's type, convert the caller's kind
// in the target version; untyped input keeps the untyped results. Checked by `tsc -p tsconfig.json`.
import { expectTypeOf } from 'vitest';
import {
  applyDefaults,
  type ConversionResult,
  convert,
  type DefaultingResult,
  type JsonObject,
  type v1,
  type v1alpha2,
  type v1beta1,
} from '../../src/index.js';

declare const cert: v1.Certificate;
declare const issuers: v1.IssuerList;
declare const anything: unknown;
// biome-ignore lint/suspicious/noExplicitAny: what JSON.parse returns
declare const untyped: any;
declare const target: string;

// applyDefaults: the input's type comes back.
expectTypeOf(applyDefaults(cert).object).toEqualTypeOf<v1.Certificate>();
expectTypeOf(applyDefaults(cert).object.spec).toEqualTypeOf<v1.Certificate['spec']>();
expectTypeOf(applyDefaults(issuers).object.items).toEqualTypeOf<v1.Issuer[]>();
expectTypeOf(applyDefaults(anything)).toEqualTypeOf<DefaultingResult>();
expectTypeOf(applyDefaults(untyped).object).toEqualTypeOf<unknown>();

// convert: the kind in the target version, for every accepted spelling of the target.
expectTypeOf(convert(cert, 'cert-manager.io/v1alpha2').object).toEqualTypeOf<v1alpha2.Certificate | undefined>();
expectTypeOf(convert(cert, 'v1alpha2').object).toEqualTypeOf<v1alpha2.Certificate | undefined>();
expectTypeOf(convert(cert, 'v1beta1').object?.spec?.secretName).toEqualTypeOf<string | undefined>();
expectTypeOf(convert(issuers, 'cert-manager.io/v1beta1').object).toEqualTypeOf<v1beta1.IssuerList | undefined>();
// Not known at compile time: a JsonObject, as before.
expectTypeOf(convert(cert, target).object).toEqualTypeOf<JsonObject | undefined>();
expectTypeOf(convert(anything, 'v1')).toEqualTypeOf<ConversionResult>();
expectTypeOf(convert(untyped, 'v1').object).toEqualTypeOf<JsonObject | undefined>();
expectTypeOf(convert({ kind: 'Secret' }, 'v1').object).toEqualTypeOf<JsonObject | undefined>();
expectTypeOf(convert(cert, 'v1').warnings).toEqualTypeOf<string[]>();
