/**
 * Order (acme.cert-manager.io): an ACME order for one certificate, in all four API versions.
 * v1alpha2/v1alpha3 name the CSR `csr`; v1beta1 and v1 name it `request`. v1 adds `profile`
 * and `replaces`.
 */
import type { Version } from '../../src/scheme/kinds.js';
import { bytes, type Definition, def, type ObjectSchema, obj, ref, type Schema, str, time } from '../dsl.js';
import { acmeAuthorization, acmeState } from '../defs/order-authorization.js';
import { root } from '../defs/meta.js';
import { issuerReference, isLegacy, stringList, versionList } from '../defs/refs.js';

const isAlpha = (version: Version): boolean => version === 'v1alpha2' || version === 'v1alpha3';

function orderSpec(version: Version): Definition {
  const csr = isAlpha(version) ? 'csr' : 'request';
  const properties: Record<string, Schema> = {
    [csr]: bytes({ description: 'The PEM-encoded certificate signing request, base64-encoded.' }),
    issuerRef: ref(issuerReference),
    commonName: str({ description: 'Common name of the certificate; must also be in dnsNames.' }),
    dnsNames: stringList(version, 'DNS names to order.'),
    ipAddresses: stringList(version, 'IP addresses to order.'),
    duration: str({ description: 'Requested lifetime, a Go duration.' }),
  };
  if (!isLegacy(version)) {
    properties.profile = str({ since: 'v1.18', description: 'ACME certificate profile to request.' });
    properties.replaces = str({ since: 'v1.21', description: 'ARI identifier of the certificate this order replaces.' });
  }
  const variant = isAlpha(version) ? 'alpha' : isLegacy(version) ? 'legacy' : 'v1';
  return def('OrderSpec', obj(properties, { required: [csr, 'issuerRef'], description: 'Desired state of the Order.' }), variant);
}

function orderStatus(version: Version): Definition {
  return def(
    'OrderStatus',
    obj(
      {
        url: str({ description: 'URL of the order on the ACME server.' }),
        finalizeURL: str({ description: 'URL to finalize the order at.' }),
        authorizations: versionList(version, ref(acmeAuthorization(version)), 'Authorizations to complete.'),
        certificate: bytes({ description: 'The issued PEM certificate chain, base64-encoded.' }),
        state: acmeState('State of the order.'),
        reason: str({ description: 'Why the order is in its state (on failure).' }),
        failureTime: time({ description: 'When the order failed.' }),
      },
      { description: 'Observed state of the Order.' },
    ),
    isLegacy(version) ? 'legacy' : 'v1',
  );
}

/** The root schema of an Order in the given API version. */
export function orderSchema(version: Version): ObjectSchema {
  return root({
    spec: ref(orderSpec(version)),
    status: ref(orderStatus(version)),
    // v1alpha2/v1alpha3 require only metadata; v1beta1 and v1 also spec.
    required: isAlpha(version) ? ['metadata'] : ['metadata', 'spec'],
    description: 'An ACME order for one certificate.',
  });
}
