/**
 * CertificateRequest (cert-manager.io): one signing request sent to an issuer, in all four API
 * versions. v1alpha2/v1alpha3 name the PEM CSR `csr`, v1beta1 and v1 name it `request`.
 */
import type { Version } from '../../src/scheme/kinds.js';
import { bool, bytes, type Definition, def, list, map, type ObjectSchema, obj, ref, str, time } from '../dsl.js';
import { root } from '../defs/meta.js';
import { conditionDef, conditionList, issuerReference, isLegacy, versionList } from '../defs/refs.js';
import { keyUsage } from '../defs/usages.js';

/** A CertificateRequest condition (Ready, InvalidRequest, Approved, Denied). */
export const certificateRequestCondition = conditionDef('CertificateRequestCondition', false);

/** The field holding the CSR in `version`. */
export const csrField = (version: Version): 'csr' | 'request' => (version === 'v1alpha2' || version === 'v1alpha3' ? 'csr' : 'request');

function certificateRequestSpec(version: Version): Definition {
  const csr = csrField(version);
  return def(
    'CertificateRequestSpec',
    obj(
      {
        [csr]: bytes({ description: 'The PEM-encoded PKCS#10 certificate signing request, base64-encoded.' }),
        duration: str({ description: 'Requested lifetime, a Go duration such as 2160h.' }),
        issuerRef: ref(issuerReference),
        isCA: bool({ description: 'Request a CA certificate.' }),
        usages: versionList(version, keyUsage(), 'Requested key usages.'),
        username: str({ description: 'User who created the request (set by the webhook).' }),
        uid: str({ description: 'UID of the user who created the request (set by the webhook).' }),
        groups: list(str(), { listType: 'atomic', description: 'Groups of the user who created the request (set by the webhook).' }),
        extra: map(list(str()), { description: 'Extra attributes of the user who created the request (set by the webhook).' }),
      },
      { required: [csr, 'issuerRef'], description: 'Desired state of the CertificateRequest.' },
    ),
    csr === 'csr' ? 'alpha' : isLegacy(version) ? 'legacy' : 'v1',
  );
}

function certificateRequestStatus(version: Version): Definition {
  return def(
    'CertificateRequestStatus',
    obj(
      {
        conditions: conditionList(version, certificateRequestCondition, 'Current conditions (Ready, InvalidRequest, Approved, Denied).'),
        certificate: bytes({ description: 'The signed PEM certificate, base64-encoded.' }),
        ca: bytes({ description: 'The PEM CA certificate of the issuer, base64-encoded (deprecated upstream).' }),
        failureTime: time({ description: 'When issuance last failed.' }),
      },
      { description: 'Observed state of the CertificateRequest.' },
    ),
    isLegacy(version) ? 'legacy' : 'v1',
  );
}

/** The root schema of a CertificateRequest in the given API version. */
export function certificateRequestSchema(version: Version): ObjectSchema {
  return root({
    spec: ref(certificateRequestSpec(version)),
    status: ref(certificateRequestStatus(version)),
    // v1beta1 (v1.6.3) requires spec; v1alpha2/v1alpha3 and v1 (master) do not.
    required: version === 'v1beta1' ? ['spec'] : [],
    // The v1.12 CRD of v1 still required spec.
    ...(version === 'v1' ? { history: [{ until: 'v1.13', was: { required: ['spec'] } }] } : {}),
    description: 'A request to an issuer to sign one certificate signing request.',
  });
}
