/**
 * Which defaulters run for each version and kind, per default set: the one place that decides.
 *
 * The `scheme` and `runtime` sets are cert-manager master's defaults of the hub type; cmapi
 * applies them to objects of every version, on the version's own field names (the issuerRef and
 * `privateKey.rotationPolicy` have the same names in all four versions), because an old-version
 * object stored today is converted to v1 and defaulted there. Upstream v1.15.5 had no defaulting
 * functions at all (spec/defaults.md §1), so this is deliberately master's behaviour, not
 * v1.15.5's. The `schema` set follows each version's own schema: only v1 CRDs carry `default:`
 * (spec/versions.md §8a). Issuer and ClusterIssuer have no scheme or runtime defaults.
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

/** Old versions: the hub's scheme and runtime defaults, no schema defaults. */
const old: Readonly<Record<Kind, KindDefaulters>> = {
  Certificate: { scheme: [defaultIssuerRef], runtime: [defaultRotationPolicy] },
  CertificateRequest: { scheme: [defaultIssuerRef] },
  Issuer: {},
  ClusterIssuer: {},
  Order: { scheme: [defaultIssuerRef] },
  Challenge: { scheme: [defaultIssuerRef] },
};

/** The defaulters of every version and kind. */
export const DEFAULTERS: Readonly<Record<Version, Readonly<Record<Kind, KindDefaulters>>>> = {
  v1alpha2: old,
  v1alpha3: old,
  v1beta1: old,
  v1,
};
