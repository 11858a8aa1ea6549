/**
 * PKCS#10 CertificationRequest parsing with the acceptance rules of Go's
 * `x509.ParseCertificateRequest`: strict DER, a public key Go can parse, a well-formed subject,
 * well-formed requested extensions (no duplicates) and a well-formed subjectAltName.
 */
import { children, content, type Der, fullBytes, readDer, sequence, syntaxError, structureError, TAG } from '../asn1/der.js';
import { checkRdnSequence, checkSubjectAltName } from './name.js';
import { algorithmId, type AlgorithmId, parseSpki, type PublicKey } from './spki.js';
import { derBitString, derBoolean, derInt64, derOid } from '../asn1/values.js';

/** One requested X.509 extension. */
export interface Extension {
  readonly oid: string;
  readonly critical: boolean;
  readonly value: Uint8Array;
}

/** The parts of a parsed CSR that validation uses. */
export interface Csr {
  readonly tbs: Uint8Array;
  readonly signatureAlgorithm: AlgorithmId;
  readonly signature: Uint8Array;
  readonly publicKey: PublicKey;
  readonly extensions: readonly Extension[];
}

const EXTENSION_REQUEST = '1.2.840.113549.1.9.14';
const SUBJECT_ALT_NAME = '2.5.29.17';

/**
 * Parses a DER CSR.
 * @returns the CSR, or Go's error text (approximate wording for ASN.1 errors)
 */
export function parseCsr(der: Uint8Array): Csr | string {
  const outer = readDer(der);
  if (typeof outer === 'string') return outer;
  const top = sequence(outer);
  if (typeof top === 'string') return top;
  const [tbsEl, sigAlgEl, sigEl] = top;
  const tbs = sequence(tbsEl);
  if (typeof tbs === 'string') return tbs;
  const version = derInt64(tbs[0]);
  if (typeof version === 'string') return version;
  const [, subject, spki, attrs] = tbs;
  if (subject === undefined) return syntaxError('sequence truncated');
  const spkiParts = sequence(spki);
  if (typeof spkiParts === 'string') return spkiParts;
  const keyAlg = algorithmId(spkiParts[0]);
  if (typeof keyAlg === 'string') return keyAlg;
  const keyBits = derBitString(spkiParts[1]);
  if (typeof keyBits === 'string') return keyBits;
  const rawAttrs = attributes(attrs);
  if (typeof rawAttrs === 'string') return rawAttrs;
  const sigAlg = algorithmId(sigAlgEl);
  if (typeof sigAlg === 'string') return sigAlg;
  const sig = derBitString(sigEl);
  if (typeof sig === 'string') return sig;
  if (outer.end !== der.length) return syntaxError('trailing data');

  const publicKey = parseSpki(spki);
  if (typeof publicKey === 'string') return publicKey;
  const badSubject = checkRdnSequence(fullBytes(subject));
  if (badSubject !== undefined) return badSubject;
  const extensions = requestedExtensions(rawAttrs);
  if (typeof extensions === 'string') return extensions;
  for (const ext of extensions) {
    if (ext.oid !== SUBJECT_ALT_NAME) continue;
    const bad = checkSubjectAltName(ext.value);
    if (bad !== undefined) return bad;
  }
  return { tbs: fullBytes(tbsEl as Der), signatureAlgorithm: sigAlg, signature: sig.bytes, publicKey, extensions };
}

/** The elements of the `[0] IMPLICIT SET OF Attribute` field. */
function attributes(el: Der | undefined): Der[] | string {
  if (el === undefined) return syntaxError('sequence truncated');
  if (el.cls !== 2 || el.tag !== 0 || !el.constructed)
    return structureError(`tags don't match (expected [0], found class ${el.cls} tag ${el.tag})`);
  return children(el);
}

/** Go's parseCSRExtensions: attributes that do not parse are skipped; bad extension lists are errors. */
function requestedExtensions(attrs: readonly Der[]): Extension[] | string {
  const out: Extension[] = [];
  const seen = new Set<string>();
  for (const attr of attrs) {
    const parts = sequence(attr);
    if (typeof parts === 'string') continue;
    const oid = derOid(parts[0]);
    const values = sequence(parts[1], TAG.SET);
    if (typeof oid !== 'string' || typeof values === 'string' || values.length === 0) continue;
    if (oid !== EXTENSION_REQUEST) continue;
    const exts = sequence(values[0]);
    if (typeof exts === 'string') return exts;
    for (const e of exts) {
      const ext = extension(e);
      if (typeof ext === 'string') return ext;
      if (seen.has(ext.oid)) return 'x509: certificate request contains duplicate requested extensions';
      seen.add(ext.oid);
      out.push(ext);
    }
  }
  return out;
}

/** `Extension ::= SEQUENCE { extnID OID, critical BOOLEAN DEFAULT FALSE, extnValue OCTET STRING }`. */
export function extension(el: Der): Extension | string {
  const parts = sequence(el);
  if (typeof parts === 'string') return parts;
  const oid = derOid(parts[0]);
  if (typeof oid !== 'string') return oid.error;
  let i = 1;
  let critical = false;
  const maybeBool = parts[1];
  if (maybeBool !== undefined && maybeBool.cls === 0 && maybeBool.tag === TAG.BOOLEAN) {
    const b = derBoolean(maybeBool);
    if (typeof b === 'string') return b;
    critical = b;
    i = 2;
  }
  const v = parts[i];
  if (v === undefined) return syntaxError('sequence truncated');
  if (v.cls !== 0 || v.tag !== TAG.OCTET_STRING || v.constructed)
    return structureError(`tags don't match (expected tag 4, found class ${v.cls} tag ${v.tag})`);
  return { oid, critical, value: content(v) };
}
