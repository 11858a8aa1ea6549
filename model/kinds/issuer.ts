/**
 * Issuer and ClusterIssuer (cert-manager.io): both kinds share the spec (one of acme, ca,
 * vault, selfSigned, venafi) and the status, in every version. The old versions differ only in
 * the embedded ACME solver types and in the fields v1 gained later.
 */
import type { Version } from '../../src/scheme/kinds.js';
import { acmeIssuer } from '../defs/acme-issuer.js';
import { caIssuer, selfSignedIssuer } from '../defs/ca-issuer.js';
import { byDnsKeys, variantDef } from '../defs/issuer-variants.js';
import { issuerStatus } from '../defs/issuer-status.js';
import { root } from '../defs/meta.js';
import { vaultIssuer } from '../defs/vault-issuer.js';
import { venafiIssuer } from '../defs/venafi-issuer.js';
import { type ObjectSchema, obj, ref } from '../dsl.js';

/** The spec shared by Issuer and ClusterIssuer. */
export const issuerSpec = variantDef('IssuerSpec', byDnsKeys, (version) =>
  obj(
    {
      acme: ref(acmeIssuer(version)),
      ca: ref(caIssuer(version)),
      vault: ref(vaultIssuer(version)),
      selfSigned: ref(selfSignedIssuer(version)),
      venafi: ref(venafiIssuer(version)),
    },
    { description: 'Which kind of issuer this is and how to reach it (exactly one section).' },
  ),
);

/** The root schema of an Issuer or ClusterIssuer in the given API version. */
export function issuerSchema(version: Version, kind: 'Issuer' | 'ClusterIssuer'): ObjectSchema {
  // The v1alpha2/v1alpha3 schemas do not require spec; v1beta1 and v1 do.
  const specOptional = version === 'v1alpha2' || version === 'v1alpha3';
  return root({
    spec: ref(issuerSpec(version)),
    status: ref(issuerStatus(version)),
    ...(specOptional ? {} : { required: ['spec'] }),
    description:
      kind === 'Issuer'
        ? 'An issuer of certificates for the namespace it lives in.'
        : 'An issuer of certificates for every namespace of the cluster.',
  });
}
