/**
 * How the issuer and ACME definitions vary by API version. Most shapes come in two variants:
 * the legacy one (v1alpha2, v1alpha3, v1beta1: the v1.6.3 schemas plus the fields the v1.15.5
 * Go types added) and the v1 one (master). The DNS01 provider keys add a third split:
 * v1alpha2/v1alpha3 spell three of them in lower case.
 */
import type { Version } from '../../src/scheme/kinds.js';
import { type Definition, def, type Schema } from '../dsl.js';
import { isLegacy } from './refs.js';

/** Picks the variant suffix of a definition for a version (`undefined` = the v1 shape). */
export type VariantOf = (version: Version) => string | undefined;

/** Two variants: `legacy` for the three old versions, none for v1. */
export const byEra: VariantOf = (version) => (isLegacy(version) ? 'legacy' : undefined);

/** Three variants: `v1alpha` (lower-case DNS provider keys), `v1beta1`, and v1. */
export const byDnsKeys: VariantOf = (version) => {
  if (version === 'v1') return undefined;
  return version === 'v1beta1' ? 'v1beta1' : 'v1alpha';
};

/** True where the DNS01 provider keys are `clouddns`, `azuredns` and `acmedns`. */
export const lowerCaseDnsKeys = (version: Version): boolean => version === 'v1alpha2' || version === 'v1alpha3';

/**
 * A definition that exists once per variant. `build` is called once for the first version
 * of each variant, so it must only depend on what the variant captures.
 */
export function variantDef(typeName: string, variantOf: VariantOf, build: (version: Version) => Schema): (version: Version) => Definition {
  const cache = new Map<string, Definition>();
  return (version) => {
    const variant = variantOf(version);
    const key = variant ?? '';
    const cached = cache.get(key);
    if (cached) return cached;
    const made = def(typeName, build(version), variant);
    cache.set(key, made);
    return made;
  };
}
