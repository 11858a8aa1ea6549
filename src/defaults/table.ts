/**
 * Which defaulters run for each version and kind, per default set: the one place that decides.
 *
 * Only v1 has defaults (spec/versions.md §8a, spec/defaults.md §1): cert-manager registers no
 * defaulting function for v1alpha2, v1alpha3 or v1beta1 (nor for v1 up to v1.17), and no
 * old-version CRD schema carries a `default:`. The `scheme` and `runtime` sets are those of
 * cert-manager master; Issuer and ClusterIssuer have neither.
 */
import type { Kind, Version } from '../scheme/kinds.js';
import { defaultRotationPolicy } from './runtime.js';
import { defaultIssuerRef } from './scheme.js';
import { schemaDefaulter } from './schema.js';
import { V1_SCHEMA_DEFAULTS } from './schema-table.js';
import type { DefaultSet, Defaulter } from './types.js';

/** The defaulters of one kind in one version, by set (a missing set has none). */
export type KindDefaulters = Readonly<Partial<Record<DefaultSet, readonly Defaulter[]>>>;

const schemaSet = (kind: Kind): Defaulter[] => {
  const defaults = V1_SCHEMA_DEFAULTS[kind];
  return defaults ? [schemaDefaulter(defaults)] : [];
};

const v1: Readonly<Record<Kind, KindDefaulters>> = {
  Certificate: { scheme: [defaultIssuerRef], runtime: [defaultRotationPolicy], schema: schemaSet('Certificate') },
  CertificateRequest: { scheme: [defaultIssuerRef], schema: schemaSet('CertificateRequest') },
  Issuer: { schema: schemaSet('Issuer') },
  ClusterIssuer: { schema: schemaSet('ClusterIssuer') },
  Order: { scheme: [defaultIssuerRef], schema: schemaSet('Order') },
  Challenge: { scheme: [defaultIssuerRef], schema: schemaSet('Challenge') },
};

const none: Readonly<Record<Kind, KindDefaulters>> = {
  Certificate: {},
  CertificateRequest: {},
  Issuer: {},
  ClusterIssuer: {},
  Order: {},
  Challenge: {},
};

/** The defaulters of every version and kind. */
export const DEFAULTERS: Readonly<Record<Version, Readonly<Record<Kind, KindDefaulters>>>> = {
  v1alpha2: none,
  v1alpha3: none,
  v1beta1: none,
  v1,
};
