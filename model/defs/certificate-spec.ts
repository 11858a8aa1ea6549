/**
 * The desired state of a Certificate in each API version. Renamed fields per version (see the
 * version notes): v1beta1 and older spell `emailSANs`/`uriSANs`; v1alpha2/v1alpha3 keep
 * `keyAlgorithm`/`keyEncoding`/`keySize` at the top level; v1alpha2 also has `organization`.
 * v1 alone has `renewBeforePercentage`, `renewal` and `signatureAlgorithm`.
 */
import type { Version } from '../../src/scheme/kinds.js';
import { bool, def, type Definition, enumOf, int, int32, obj, ref, type Schema, since, str } from '../dsl.js';
import { additionalOutputFormat, certificateKeystores, certificatePrivateKey, certificateSecretTemplate } from './certificate-keys.js';
import { certificateRenewal, signatureAlgorithm } from './certificate-renewal.js';
import { nameConstraints, otherName, x509Subject } from './certificate-subject.js';
import { issuerReference, isLegacy, stringList, versionList } from './refs.js';
import { keyUsage } from './usages.js';

/** Fields whose names or presence depend on the version. */
function versionedFields(version: Version): Record<string, Schema> {
  const legacy = isLegacy(version);
  const fields: Record<string, Schema> = {
    [legacy ? 'emailSANs' : 'emailAddresses']: stringList(version, 'Email address subject alternative names.'),
    [legacy ? 'uriSANs' : 'uris']: stringList(version, 'URI subject alternative names.'),
  };
  if (version === 'v1alpha2') fields.organization = stringList(version, 'Organizations (O) of the subject.');
  if (version === 'v1alpha2' || version === 'v1alpha3') {
    fields.keyAlgorithm = enumOf(['rsa', 'ecdsa'], { description: 'Private key algorithm (rsa when empty).' });
    fields.keyEncoding = enumOf(['pkcs1', 'pkcs8'], { description: 'PEM encoding of the private key (pkcs1 when empty).' });
    fields.keySize = int({ description: 'Private key size in bits.' });
  }
  if (!legacy) {
    fields.renewBeforePercentage = int32({
      since: 'v1.16',
      description: 'Renew when this percentage of the duration remains (instead of renewBefore).',
    });
    fields.renewal = since('v1.21', ref(certificateRenewal));
    fields.signatureAlgorithm = since('v1.18', signatureAlgorithm());
  }
  return fields;
}

/** The Certificate spec in the given version. */
export function certificateSpec(version: Version): Definition {
  const properties: Record<string, Schema> = {
    subject: ref(x509Subject(version)),
    literalSubject: str({ description: 'The full subject as an RFC 4514 string; replaces subject and commonName.' }),
    commonName: str({ description: 'Common name (CN); at most 64 bytes. Prefer dnsNames.' }),
    duration: str({ description: 'Requested lifetime, a Go duration such as 2160h (90 days when unset).' }),
    renewBefore: str({ description: 'How long before expiry to renew, a Go duration.' }),
    dnsNames: stringList(version, 'DNS name subject alternative names.'),
    ipAddresses: stringList(version, 'IP address subject alternative names.'),
    otherNames: since('v1.14', versionList(version, ref(otherName), 'otherName subject alternative names.')),
    secretName: str({ description: 'Name of the Secret the key and certificate are stored in.' }),
    secretTemplate: ref(certificateSecretTemplate),
    keystores: ref(certificateKeystores(version)),
    issuerRef: ref(issuerReference),
    isCA: bool({ description: 'Request a CA certificate (adds cert sign to the usages).' }),
    usages: versionList(version, keyUsage(), 'Requested key usages (digital signature and key encipherment when empty).'),
    privateKey: ref(certificatePrivateKey(version)),
    encodeUsagesInRequest: bool({ description: 'Put the key usages into the CSR.' }),
    revisionHistoryLimit: int32({ description: 'How many CertificateRequests to keep; at least 1 when set.' }),
    additionalOutputFormats: versionList(version, ref(additionalOutputFormat), 'Extra formats written into the Secret.'),
    nameConstraints: since('v1.14', ref(nameConstraints(version))),
    ...versionedFields(version),
  };
  return def(
    'CertificateSpec',
    obj(properties, { required: ['secretName', 'issuerRef'], description: 'Desired state of the Certificate.' }),
    version,
  );
}
