/**
 * Issuer and ClusterIssuer between the old versions and v1 (conversion.md §2.6): a plain copy
 * apart from the ACME DNS provider keys (v1alpha2/v1alpha3) and `acme.preferredChain`, which the
 * old versions always write and v1 omits when empty.
 */
import { isRecord, type JsonObject } from '../util/json.js';
import { dnsKeyRenames, dnsKeysFromHub, dnsKeysToHub, noDnsKeysIn } from './acme-dns.js';
import type { Spoke } from './types.js';
import { omitEmpty } from './walk.js';

const DNS01 = 'spec.acme.solvers[*].dns01';

function preferredChainToHub(o: JsonObject): void {
  const acme = isRecord(o.spec) ? o.spec.acme : undefined;
  if (isRecord(acme) && acme.preferredChain === '') omitEmpty(acme, 'preferredChain'); // v1 tag has omitempty
}

/** The v1 `acme.preferredChain` omits an empty value, which no direction gives back. */
function preferredChainKept(o: JsonObject): boolean {
  const acme = isRecord(o.spec) ? o.spec.acme : undefined;
  return !isRecord(acme) || acme.preferredChain !== '';
}

function spoke(lowerCaseDnsKeys: boolean): Spoke {
  return {
    toHub: (o) => {
      if (lowerCaseDnsKeys) dnsKeysToHub(o, DNS01); // conversion §2.6
      preferredChainToHub(o);
    },
    fromHub: (o) => {
      if (lowerCaseDnsKeys) dnsKeysFromHub(o, DNS01); // conversion §2.6
    },
    renames: lowerCaseDnsKeys ? dnsKeyRenames(DNS01) : [],
    touches: ['spec.acme', DNS01],
    // Renaming the provider keys deletes the other spelling's first.
    oldRoundTrips: (o) => preferredChainKept(o) && (!lowerCaseDnsKeys || noDnsKeysIn(o, DNS01, 0)),
    hubRoundTrips: (o) => preferredChainKept(o) && (!lowerCaseDnsKeys || noDnsKeysIn(o, DNS01, 1)),
  };
}

/** Issuer/ClusterIssuer v1alpha2 and v1alpha3 ↔ v1. */
export const issuerLowerCaseDns = spoke(true);
/** Issuer/ClusterIssuer v1beta1 ↔ v1. */
export const issuerV1beta1 = spoke(false);
