/**
 * Go 1.26 crypto/x509 ParseCertificateRequest: the CertificationRequest is read with
 * encoding/asn1's rules (so bytes after the last field of each SEQUENCE are ignored), then the
 * public key (if its algorithm is known), the subject, the requested extensions (no duplicates)
 * and the subjectAltName are checked as Go checks them.
 */
import {
  type AlgorithmIdentifier,
  ALGORITHM_IDENTIFIER,
  EXTENSION,
  type RawValue,
  RDN_SEQUENCE,
  type Schema,
  unmarshal,
} from '../asn1/unmarshal.js';
import { type BitString, rightAlign } from '../asn1/values.js';
import { checkSubjectAltName } from './name.js';
import { KEY_OID, parsePublicKey, PUBLIC_KEY_INFO, type PublicKey, type PublicKeyInfo } from './spki.js';

/** One requested X.509 extension. */
export interface Extension {
  readonly oid: string;
  readonly critical: boolean;
  readonly value: Uint8Array;
}

/** The parts of a parsed CSR that validation uses. */
export interface Csr {
  readonly tbs: Uint8Array;
  readonly signatureAlgorithm: AlgorithmIdentifier;
  /** The signature BIT STRING, right-aligned as Go's RightAlign gives it. */
  readonly signature: Uint8Array;
  readonly publicKey: PublicKey;
  readonly extensions: readonly Extension[];
}

/** certificateRequest { Raw, TBSCSR, SignatureAlgorithm, SignatureValue }. */
const CERTIFICATE_REQUEST: Schema = {
  kind: 'struct',
  fields: [
    {
      name: 'tbs',
      type: {
        kind: 'struct',
        fields: [
          { name: 'version', type: { kind: 'int' } },
          { name: 'subject', type: { kind: 'raw' } },
          { name: 'publicKey', type: PUBLIC_KEY_INFO },
          { name: 'attributes', type: { kind: 'slice', elem: { kind: 'raw' } }, tag: 0 },
        ],
      },
    },
    { name: 'signatureAlgorithm', type: ALGORITHM_IDENTIFIER },
    { name: 'signatureValue', type: { kind: 'bits' } },
  ],
};

interface CertificateRequest {
  readonly tbs: {
    readonly raw: Uint8Array;
    readonly subject: RawValue;
    readonly publicKey: PublicKeyInfo;
    readonly attributes: RawValue[];
  };
  readonly signatureAlgorithm: AlgorithmIdentifier;
  readonly signatureValue: BitString;
}

/** pkcs10Attribute { Id OID, Values SET OF ANY }. */
const ATTRIBUTE: Schema = {
  kind: 'struct',
  fields: [
    { name: 'id', type: { kind: 'oid' } },
    { name: 'values', type: { kind: 'slice', elem: { kind: 'raw' } }, set: true },
  ],
};

const EXTENSIONS: Schema = { kind: 'slice', elem: EXTENSION };

const EXTENSION_REQUEST = '1.2.840.113549.1.9.14';
const SUBJECT_ALT_NAME = '2.5.29.17';
const KNOWN_KEY = new Set<string>(Object.values(KEY_OID));

/**
 * Parses a DER CSR.
 * @returns the CSR, or Go's error text (approximate wording for ASN.1 errors)
 */
export function parseCsr(der: Uint8Array): Csr | string {
  const r = unmarshal<CertificateRequest>(der, CERTIFICATE_REQUEST);
  if ('error' in r) return r.error;
  if (r.rest.length !== 0) return 'asn1: syntax error: trailing data';
  const { tbs, signatureAlgorithm, signatureValue } = r.value;

  let publicKey: PublicKey = { kind: 'unknown' };
  if (KNOWN_KEY.has(tbs.publicKey.algorithm.algorithm)) {
    const key = parsePublicKey(tbs.publicKey);
    if (typeof key === 'string') return key;
    publicKey = key;
  }
  const subject = unmarshal(tbs.subject.fullBytes, RDN_SEQUENCE);
  if ('error' in subject) return subject.error;
  if (subject.rest.length !== 0) return 'x509: trailing data after X.509 Subject';
  const extensions = requestedExtensions(tbs.attributes);
  if (typeof extensions === 'string') return extensions;
  for (const ext of extensions) {
    if (ext.oid !== SUBJECT_ALT_NAME) continue;
    const bad = checkSubjectAltName(ext.value);
    if (bad !== undefined) return bad;
  }
  return { tbs: tbs.raw, signatureAlgorithm, signature: rightAlign(signatureValue), publicKey, extensions };
}

/** Go's parseCSRExtensions: attributes that do not parse are skipped; bad extension lists are errors. */
function requestedExtensions(attrs: readonly RawValue[]): Extension[] | string {
  const out: Extension[] = [];
  const seen = new Set<string>();
  for (const raw of attrs) {
    const attr = unmarshal<{ id: string; values: RawValue[] }>(raw.fullBytes, ATTRIBUTE);
    if ('error' in attr || attr.rest.length !== 0 || attr.value.values.length === 0) continue;
    if (attr.value.id !== EXTENSION_REQUEST) continue;
    const exts = unmarshal<{ id: string; critical?: boolean; value: Uint8Array }[]>(
      (attr.value.values[0] as RawValue).fullBytes,
      EXTENSIONS,
    );
    if ('error' in exts) return exts.error;
    for (const e of exts.value) {
      if (seen.has(e.id)) return 'x509: certificate request contains duplicate requested extensions';
      seen.add(e.id);
      out.push({ oid: e.id, critical: e.critical ?? false, value: e.value });
    }
  }
  return out;
}
