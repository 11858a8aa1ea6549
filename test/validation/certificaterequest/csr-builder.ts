/**
 * Builds PKCS#10 CSRs for tests: a tiny DER encoder plus node:crypto signing, so that tests can
 * make valid CSRs of every key type and precisely malformed ones.
 */
import * as nc from 'node:crypto';

export const der = {
  tlv(tag: number, body: Uint8Array): Uint8Array {
    const len = body.length;
    const head =
      len < 0x80
        ? [len]
        : len < 0x100
          ? [0x81, len]
          : len < 0x10000
            ? [0x82, len >> 8, len & 0xff]
            : [0x83, len >> 16, (len >> 8) & 0xff, len & 0xff];
    return Uint8Array.from([tag, ...head, ...body]);
  },
  cat: (...parts: Uint8Array[]): Uint8Array => Uint8Array.from(parts.flatMap((p) => [...p])),
  seq: (...parts: Uint8Array[]) => der.tlv(0x30, der.cat(...parts)),
  set: (...parts: Uint8Array[]) => der.tlv(0x31, der.cat(...parts)),
  ctx: (n: number, ...parts: Uint8Array[]) => der.tlv(0xa0 | n, der.cat(...parts)),
  ctxPrim: (n: number, body: Uint8Array) => der.tlv(0x80 | n, body),
  int(v: bigint | number): Uint8Array {
    let hex = BigInt(v).toString(16);
    if (hex.length % 2) hex = `0${hex}`;
    if (Number.parseInt(hex.slice(0, 2), 16) >= 0x80) hex = `00${hex}`;
    return der.tlv(0x02, Buffer.from(hex, 'hex'));
  },
  bool: (b: boolean) => der.tlv(0x01, Uint8Array.of(b ? 0xff : 0)),
  null: () => Uint8Array.of(0x05, 0x00),
  octet: (b: Uint8Array) => der.tlv(0x04, b),
  bits: (b: Uint8Array, unused = 0) => der.tlv(0x03, Uint8Array.from([unused, ...b])),
  utf8: (s: string) => der.tlv(0x0c, Buffer.from(s, 'utf8')),
  printable: (s: string) => der.tlv(0x13, Buffer.from(s, 'latin1')),
  oid(dotted: string): Uint8Array {
    const arcs = dotted.split('.').map(Number);
    const out: number[] = [];
    const enc = (v: number) => {
      const bytes = [v & 0x7f];
      for (let x = Math.floor(v / 128); x > 0; x = Math.floor(x / 128)) bytes.unshift((x & 0x7f) | 0x80);
      out.push(...bytes);
    };
    enc((arcs[0] ?? 0) * 40 + (arcs[1] ?? 0));
    for (const a of arcs.slice(2)) enc(a);
    return der.tlv(0x06, Uint8Array.from(out));
  },
};

export type KeyKind = 'rsa' | 'rsa-pss' | 'ec-p224' | 'ec-p256' | 'ec-p384' | 'ec-p521' | 'ed25519' | 'rsa-512';

const keyCache = new Map<KeyKind, nc.KeyPairKeyObjectResult>();
export function keyPair(kind: KeyKind): nc.KeyPairKeyObjectResult {
  const hit = keyCache.get(kind);
  if (hit) return hit;
  const curves: Record<string, string> = {
    'ec-p224': 'secp224r1',
    'ec-p256': 'prime256v1',
    'ec-p384': 'secp384r1',
    'ec-p521': 'secp521r1',
  };
  const pair =
    kind === 'ed25519'
      ? nc.generateKeyPairSync('ed25519')
      : curves[kind]
        ? nc.generateKeyPairSync('ec', { namedCurve: curves[kind] as string })
        : // 512-bit keys exist only to test the minimum-size rule.
          nc.generateKeyPairSync('rsa', { modulusLength: kind === 'rsa-512' ? 512 : 2048 });
  keyCache.set(kind, pair);
  return pair;
}

export interface Ext {
  oid: string;
  critical?: boolean;
  value: Uint8Array;
}

export const ext = {
  keyUsage(bits: number[]): Ext {
    const n = Math.max(0, ...bits.map((b) => b + 1));
    const bytes = new Uint8Array(Math.ceil(n / 8));
    for (const b of bits) bytes[b >> 3] = (bytes[b >> 3] ?? 0) | (0x80 >> (b & 7));
    const unused = bytes.length * 8 - n;
    // DER wants trailing zero bits trimmed: use the minimal unused count for the last set bit.
    return { oid: '2.5.29.15', critical: true, value: der.bits(bytes, bytes.length === 0 ? 0 : unused) };
  },
  extKeyUsage: (oids: string[]): Ext => ({ oid: '2.5.29.37', value: der.seq(...oids.map(der.oid)) }),
  basicConstraints: (ca: boolean): Ext => ({ oid: '2.5.29.19', critical: true, value: ca ? der.seq(der.bool(true)) : der.seq() }),
  san: (dns: string[]): Ext => ({ oid: '2.5.29.17', value: der.seq(...dns.map((d) => der.ctxPrim(2, Buffer.from(d)))) }),
};

export const EKU = { server: '1.3.6.1.5.5.7.3.1', client: '1.3.6.1.5.5.7.3.2', code: '1.3.6.1.5.5.7.3.3', email: '1.3.6.1.5.5.7.3.4' };
/** Key-usage bit numbers. */
export const KU = { digitalSignature: 0, keyEncipherment: 2, certSign: 5 };

export interface CsrOptions {
  key?: KeyKind;
  extensions?: Ext[];
  /** Raw attribute elements, replacing the extensionRequest built from `extensions`. */
  attributes?: Uint8Array[];
  /** Override of the signature algorithm (digest name for node:crypto, or 'md5'). */
  hash?: string;
  /** Flip a bit of the signature. */
  tamper?: boolean;
  subject?: Uint8Array;
}

const SIG_OIDS: Record<string, string> = {
  'rsa/sha1': '1.2.840.113549.1.1.5',
  'rsa/sha256': '1.2.840.113549.1.1.11',
  'rsa/sha384': '1.2.840.113549.1.1.12',
  'rsa/sha512': '1.2.840.113549.1.1.13',
  'rsa/md5': '1.2.840.113549.1.1.4',
  'ec/sha1': '1.2.840.10045.4.1',
  'ec/sha256': '1.2.840.10045.4.3.2',
  'ec/sha384': '1.2.840.10045.4.3.3',
  'ec/sha512': '1.2.840.10045.4.3.4',
};
const HASH_OIDS: Record<string, string> = {
  sha256: '2.16.840.1.101.3.4.2.1',
  sha384: '2.16.840.1.101.3.4.2.2',
  sha512: '2.16.840.1.101.3.4.2.3',
};
const SALT: Record<string, number> = { sha256: 32, sha384: 48, sha512: 64 };

function algorithm(kind: KeyKind, hash: string): Uint8Array {
  if (kind === 'ed25519') return der.seq(der.oid('1.3.101.112'));
  if (kind === 'rsa-pss') {
    const h = der.seq(der.oid(HASH_OIDS[hash] as string), der.null());
    return der.seq(
      der.oid('1.2.840.113549.1.1.10'),
      der.seq(der.ctx(0, h), der.ctx(1, der.seq(der.oid('1.2.840.113549.1.1.8'), h)), der.ctx(2, der.int(SALT[hash] as number))),
    );
  }
  const family = kind.startsWith('ec') ? 'ec' : 'rsa';
  const oid = SIG_OIDS[`${family}/${hash}`] as string;
  return family === 'rsa' ? der.seq(der.oid(oid), der.null()) : der.seq(der.oid(oid));
}

function sign(kind: KeyKind, hash: string, data: Uint8Array): Uint8Array {
  const { privateKey } = keyPair(kind === 'rsa-pss' ? 'rsa' : kind);
  if (kind === 'ed25519') return nc.sign(null, data, privateKey);
  if (kind === 'rsa-pss') {
    return nc.sign(hash, data, { key: privateKey, padding: nc.constants.RSA_PKCS1_PSS_PADDING, saltLength: SALT[hash] as number });
  }
  return nc.sign(hash, data, privateKey);
}

/** A DER CSR. */
export function buildCsrDer(opts: CsrOptions = {}): Uint8Array {
  const kind = opts.key ?? 'rsa';
  const hash = opts.hash ?? (kind === 'ec-p384' ? 'sha384' : kind === 'ec-p521' ? 'sha512' : 'sha256');
  const spki = keyPair(kind === 'rsa-pss' ? 'rsa' : kind).publicKey.export({ format: 'der', type: 'spki' });
  const exts = opts.extensions ?? [];
  const extReq = der.seq(
    der.oid('1.2.840.113549.1.9.14'),
    der.set(der.seq(...exts.map((e) => der.seq(der.oid(e.oid), ...(e.critical ? [der.bool(true)] : []), der.octet(e.value))))),
  );
  const attrs = opts.attributes ?? (exts.length > 0 ? [extReq] : []);
  const subject = opts.subject ?? der.seq(der.set(der.seq(der.oid('2.5.4.3'), der.utf8('example.com'))));
  const tbs = der.seq(der.int(0), subject, spki, der.ctx(0, ...attrs));
  const sig = sign(kind, hash === 'md5' ? 'md5' : hash, tbs);
  if (opts.tamper) sig[sig.length - 5] = (sig[sig.length - 5] ?? 0) ^ 0x01;
  return der.seq(tbs, algorithm(kind, hash), der.bits(sig));
}

/** PEM text of DER bytes with the given label. */
export function toPem(bytes: Uint8Array, label = 'CERTIFICATE REQUEST'): string {
  const b64 = Buffer.from(bytes).toString('base64').replace(/.{64}/g, '$&\n');
  return `-----BEGIN ${label}-----\n${b64}${b64.endsWith('\n') ? '' : '\n'}-----END ${label}-----\n`;
}

/** `spec.request` (base64 of PEM) for a CSR. */
export const requestOf = (opts: CsrOptions = {}): string => Buffer.from(toPem(buildCsrDer(opts))).toString('base64');

/** A v1 CertificateRequest with the given spec additions. */
export function certificateRequest(spec: Record<string, unknown>, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    apiVersion: 'cert-manager.io/v1',
    kind: 'CertificateRequest',
    metadata: { name: 'req', namespace: 'default' },
    spec: { issuerRef: { name: 'ca', kind: 'Issuer' }, ...spec },
    ...extra,
  };
}
