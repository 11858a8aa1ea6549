/**
 * The parts of Go's CSR/certificate parsing that look inside names: the subject RDNSequence
 * (attribute values of string types must be well-formed) and the subjectAltName extension.
 */
import { content, type Der, readDer, sequence, TAG, structureError, syntaxError } from '../asn1/der.js';
import { bitStringContent, derOid, integerContent, isIA5 } from '../asn1/values.js';

const PRINTABLE_EXTRA = new Set(" '()+,-./:=?*&".split('').map((ch) => ch.charCodeAt(0)));
/** PrintableString characters, plus `*` and `&` which Go's parser also lets through. */
const isPrintable = (c: Uint8Array): boolean =>
  c.every((x) => (x >= 0x30 && x <= 0x39) || (x >= 0x41 && x <= 0x5a) || (x >= 0x61 && x <= 0x7a) || PRINTABLE_EXTRA.has(x));
const utf8 = new TextDecoder('utf-8', { fatal: true });

function validUtf8(b: Uint8Array): boolean {
  try {
    utf8.decode(b);
    return true;
  } catch {
    return false;
  }
}

const latin1 = (b: Uint8Array): string => String.fromCharCode(...b.subarray(0, 4096));

/** Go's checks on an attribute value decoded into `interface{}`. */
function checkValue(el: Der): string | undefined {
  if (el.cls !== 0 || el.constructed) return undefined;
  const c = content(el);
  switch (el.tag) {
    case TAG.PRINTABLE_STRING:
      return isPrintable(c) ? undefined : syntaxError('PrintableString contains invalid character');
    case TAG.IA5_STRING:
      return isIA5(c) ? undefined : syntaxError('IA5String contains invalid character');
    case TAG.NUMERIC_STRING:
      return c.every((x) => (x >= 0x30 && x <= 0x39) || x === 0x20) ? undefined : syntaxError('NumericString contains invalid character');
    case TAG.UTF8_STRING:
      return validUtf8(c) ? undefined : syntaxError('invalid UTF-8 string');
    case TAG.BMP_STRING:
      return c.length % 2 === 0 ? undefined : syntaxError('invalid BMPString');
    case TAG.INTEGER: {
      const v = integerContent(c);
      if (typeof v === 'string') return v;
      return c.length > 8 ? structureError('integer too large') : undefined;
    }
    case TAG.BIT_STRING: {
      const b = bitStringContent(c);
      return typeof b === 'string' ? b : undefined;
    }
    case TAG.OID: {
      const o = derOid(el);
      return typeof o === 'string' ? undefined : o.error;
    }
    default:
      return undefined;
  }
}

/** Validates an encoded Name: `SEQUENCE OF SET OF SEQUENCE { type OID, value ANY }`. */
export function checkRdnSequence(bytes: Uint8Array): string | undefined {
  const top = readDer(bytes);
  if (typeof top === 'string') return top;
  if (top.end !== bytes.length) return 'x509: trailing data after X.509 Subject';
  const rdns = sequence(top);
  if (typeof rdns === 'string') return rdns;
  for (const rdn of rdns) {
    const atvs = sequence(rdn, TAG.SET);
    if (typeof atvs === 'string') return atvs;
    for (const atv of atvs) {
      const parts = sequence(atv);
      if (typeof parts === 'string') return parts;
      const oid = derOid(parts[0]);
      if (typeof oid !== 'string') return oid.error;
      const value = parts[1];
      if (value === undefined) return syntaxError('sequence truncated');
      const bad = checkValue(value);
      if (bad !== undefined) return bad;
    }
  }
  return undefined;
}

/** Go's domainToReverseLabels acceptance for a URI host. */
function validUriHost(host: string): boolean {
  if (host.length === 0) return true;
  const labels = host.split('.');
  return labels.every((l) => l.length > 0 && [...l].every((ch) => ch.charCodeAt(0) >= 33 && ch.charCodeAt(0) <= 126));
}

/** An approximation of Go's url.Parse failures plus the host check x509 adds. */
function checkUri(uri: string): string | undefined {
  const q = JSON.stringify(uri);
  if ([...uri].some((ch) => ch.charCodeAt(0) < 0x20 || ch.charCodeAt(0) === 0x7f))
    return `x509: cannot parse URI ${q}: net/url: invalid control character in URL`;
  if (uri.startsWith(':')) return `x509: cannot parse URI ${q}: missing protocol scheme`;
  if (/%(?![0-9A-Fa-f]{2})/.test(uri)) return `x509: cannot parse URI ${q}: invalid URL escape`;
  const m = /^[A-Za-z][A-Za-z0-9+.-]*:\/\/([^/?#]*)/.exec(uri);
  const authority = m?.[1] ?? '';
  const host = authority.slice(authority.lastIndexOf('@') + 1).replace(/:\d*$/, '');
  return validUriHost(host) ? undefined : `x509: cannot parse URI ${q}: invalid domain`;
}

/** Go's parseSANExtension: the error text, or undefined when the extension value is acceptable. */
export function checkSubjectAltName(value: Uint8Array): string | undefined {
  const seq = readDer(value);
  if (typeof seq === 'string' || seq.cls !== 0 || seq.tag !== TAG.SEQUENCE || !seq.constructed)
    return 'x509: invalid subject alternative names';
  for (let p = seq.contentStart; p < seq.end; ) {
    const gn = readDer(value, p, seq.end);
    if (typeof gn === 'string') return 'x509: invalid subject alternative name';
    p = gn.end;
    if (gn.cls !== 2 || gn.constructed) continue;
    const c = content(gn);
    if (gn.tag === 1 && !isIA5(c)) return 'x509: SAN rfc822Name is malformed';
    if (gn.tag === 2 && !isIA5(c)) return 'x509: SAN dNSName is malformed';
    if (gn.tag === 6) {
      if (!isIA5(c)) return 'x509: SAN uniformResourceIdentifier is malformed';
      const bad = checkUri(latin1(c));
      if (bad !== undefined) return bad;
    }
    if (gn.tag === 7 && c.length !== 4 && c.length !== 16) return `x509: cannot parse IP address of length ${c.length}`;
  }
  return undefined;
}
