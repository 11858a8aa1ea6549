/**
 * X.509 certificate parsing with the acceptance rules of Go's `x509.ParseCertificate` (as far as
 * validation needs them), and H-CABUNDLE (Go's `CertPool.AppendCertsFromPEM`).
 */
import { content, type Der, fullBytes, parseOne, sequence, structureError, syntaxError, TAG } from '../asn1/der.js';
import { checkRdnSequence, checkSubjectAltName } from './name.js';
import { checkNameConstraints, decodeBasicConstraints, decodeExtKeyUsage, decodeKeyUsage, EXT_OID } from './extensions.js';
import { algorithmId, parseSpki, type PublicKey } from './spki.js';
import { checkIntegerContent, derBitString, derBoolean, derInt64, derOid } from '../asn1/values.js';
import type { Extension } from './csr.js';
import { bytesToBinary, decodePemRest } from '../pem/pem.js';

/** The parts of a parsed certificate callers may need. */
export interface Certificate {
  readonly version: number;
  readonly publicKey: PublicKey;
  readonly extensions: readonly Extension[];
}

const UTC_TIME = /^\d{12}Z$/;
const GENERALIZED_TIME = /^\d{14}Z$/;

function checkTime(el: Der | undefined): string | undefined {
  if (el === undefined || el.cls !== 0 || el.constructed) return 'x509: malformed validity';
  const text = bytesToBinary(content(el));
  if (el.tag === TAG.UTC_TIME && UTC_TIME.test(text)) return undefined;
  if (el.tag === TAG.GENERALIZED_TIME && GENERALIZED_TIME.test(text)) return undefined;
  return 'x509: malformed validity';
}

function checkExtension(ext: Extension): string | undefined {
  const decoded =
    ext.oid === EXT_OID.keyUsage
      ? decodeKeyUsage(ext.value)
      : ext.oid === EXT_OID.extKeyUsage
        ? decodeExtKeyUsage(ext.value)
        : ext.oid === EXT_OID.basicConstraints
          ? decodeBasicConstraints(ext.value)
          : ext.oid === EXT_OID.nameConstraints
            ? (checkNameConstraints(ext.value) ?? true)
            : ext.oid === '2.5.29.17'
              ? (checkSubjectAltName(ext.value) ?? true)
              : true;
  return typeof decoded === 'string' ? decoded : undefined;
}

/** The `[3] EXPLICIT Extensions` of a v3 TBSCertificate. */
function extensions(tail: readonly Der[]): Extension[] | string {
  const wrapper = tail.find((d) => d.cls === 2 && d.tag === 3);
  if (wrapper === undefined) return [];
  const inner = parseOne(content(wrapper));
  if (typeof inner === 'string') return 'x509: malformed extensions';
  const list = sequence(inner);
  if (typeof list === 'string') return 'x509: malformed extensions';
  const out: Extension[] = [];
  const seen = new Set<string>();
  for (const el of list) {
    const ext = extension(el);
    if (typeof ext === 'string') return 'x509: malformed extension';
    if (seen.has(ext.oid)) return 'x509: certificate contains duplicate extensions';
    seen.add(ext.oid);
    const bad = checkExtension(ext);
    if (bad !== undefined) return bad;
    out.push(ext);
  }
  return out;
}

/**
 * Parses a DER certificate.
 * @returns the certificate, or an error text (approximating Go's)
 */
export function parseCertificate(der: Uint8Array): Certificate | string {
  const outer = parseOne(der, 'x509: trailing data');
  if (typeof outer === 'string') return outer;
  const top = sequence(outer);
  if (typeof top === 'string') return 'x509: malformed certificate';
  const [tbsEl, sigAlgEl, sigEl] = top;
  const tbs = sequence(tbsEl);
  if (typeof tbs === 'string') return 'x509: malformed tbs certificate';
  let i = 0;
  let version = 0n;
  const first = tbs[0];
  if (first !== undefined && first.cls === 2 && first.tag === 0) {
    const v = derInt64(children1(first));
    if (typeof v === 'string') return 'x509: malformed version';
    version = v;
    i = 1;
  }
  if (version < 0n || version > 2n) return 'x509: invalid version';
  const [serial, sigAI, issuer, validity, subject, spki, ...tail] = tbs.slice(i);
  // The serial is only checked, never decoded: its size is not bounded by Go, so nothing here
  // may be worse than linear in it (a 200 KB serial once took 26 s to turn into a bigint).
  if (serial === undefined || serial.cls !== 0 || serial.tag !== TAG.INTEGER || serial.constructed) return 'x509: malformed serial number';
  if (checkIntegerContent(content(serial)) !== undefined) return 'x509: malformed serial number';
  // Go ≥ 1.23 refuses negative serials unless GODEBUG x509negativeserial=1 (not the webhook's default).
  if (((serial.buf[serial.contentStart] as number) & 0x80) !== 0) return 'x509: negative serial number';
  const inner = algorithmId(sigAI);
  if (typeof inner === 'string') return 'x509: malformed signature algorithm identifier';
  if (issuer === undefined || checkRdnSequence(fullBytes(issuer)) !== undefined) return 'x509: malformed issuer';
  const times = sequence(validity);
  if (typeof times === 'string') return 'x509: malformed validity';
  const badTime = checkTime(times[0]) ?? checkTime(times[1]);
  if (badTime !== undefined) return badTime;
  if (subject === undefined || checkRdnSequence(fullBytes(subject)) !== undefined) return 'x509: malformed subject';
  const publicKey = parseSpki(spki);
  if (typeof publicKey === 'string') return publicKey;
  if (version !== 2n && tail.some((d) => d.cls === 2 && d.tag === 3)) return 'x509: extensions present on a non-v3 certificate';
  const exts = extensions(tail);
  if (typeof exts === 'string') return exts;
  const outerAlg = algorithmId(sigAlgEl);
  if (typeof outerAlg === 'string') return 'x509: malformed signature algorithm identifier';
  if (sigAI === undefined || sigAlgEl === undefined || bytesToBinary(fullBytes(sigAI)) !== bytesToBinary(fullBytes(sigAlgEl))) {
    return "x509: inner and outer signature algorithm identifiers don't match";
  }
  if (typeof derBitString(sigEl) === 'string') return 'x509: malformed signature';
  return { version: Number(version) + 1, publicKey, extensions: exts };
}

/** The single child of an EXPLICIT wrapper. */
function children1(el: Der): Der | undefined {
  const one = parseOne(content(el));
  return typeof one === 'string' ? undefined : one;
}

/**
 * H-CABUNDLE: whether the PEM data holds at least one block of type exactly `CERTIFICATE`,
 * without headers, whose content parses as a certificate. Other blocks are skipped.
 */
export function containsValidCertificate(pem: Uint8Array | string): boolean {
  let rest = typeof pem === 'string' ? pem : bytesToBinary(pem);
  while (rest.length > 0) {
    const next = decodePemRest(rest);
    if (next === undefined) return false;
    rest = next.rest;
    const { block } = next;
    if (block.type !== 'CERTIFICATE' || Object.keys(block.headers).length > 0) continue;
    if (typeof parseCertificate(block.bytes) !== 'string') return true;
  }
  return false;
}

/** The message H-CABUNDLE failures carry. */
export const NO_VALID_CERTIFICATES = "cert bundle didn't contain any valid certificates";

/** `Extension ::= SEQUENCE { extnID OID, critical BOOLEAN DEFAULT FALSE, extnValue OCTET STRING }`. */
function extension(el: Der): Extension | string {
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
