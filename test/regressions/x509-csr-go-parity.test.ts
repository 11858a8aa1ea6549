// What broke: a differential run against Go 1.26's x509.ParseCertificateRequest + CheckSignature
// found CSRs where cmapi's port gave the other accept/reject answer (issue 13, x509 CSR rows):
// BIT STRING padding ignored, PSS and Ed25519 parameters not checked as Go checks them, an
// EXPLICIT wrapper's length enforced, trailing bytes in SEQUENCEs refused, subject values of the
// wrong type not decoded, DSA keys refused at parse time.
import * as nc from 'node:crypto';
import { beforeAll, describe, expect, test } from 'vitest';
import { parseCsr } from '../../src/go/x509/csr.js';
import { checkSignature } from '../../src/go/x509/verify.js';

// ---- a small DER writer ----------------------------------------------------------------------
const len = (n: number): number[] => (n < 0x80 ? [n] : n < 0x100 ? [0x81, n] : [0x82, n >> 8, n & 0xff]);
const tlv = (tag: number, ...parts: Uint8Array[]): Uint8Array => {
  const body = Buffer.concat(parts);
  return Buffer.concat([Buffer.from([tag, ...len(body.length)]), body]);
};
const seq = (...p: Uint8Array[]) => tlv(0x30, ...p);
const set = (...p: Uint8Array[]) => tlv(0x31, ...p);
const raw = (hex: string) => Buffer.from(hex.replace(/\s/g, ''), 'hex');
const oid = (dotted: string): Uint8Array => {
  const [a = 0, b = 0, ...rest] = dotted.split('.').map(Number);
  const out = [40 * a + b];
  for (const arc of rest) {
    const groups = [arc & 0x7f];
    for (let v = arc >>> 7; v > 0; v >>>= 7) groups.unshift((v & 0x7f) | 0x80);
    out.push(...groups);
  }
  return tlv(6, Buffer.from(out));
};
const int = (n: number) => tlv(2, Buffer.from([n]));
const NULL = raw('0500');
const utf8 = (s: string) => tlv(0x0c, Buffer.from(s));
const bits = (b: Uint8Array, unused = 0) => tlv(3, Buffer.from([unused]), b);

const CN = '2.5.4.3';
const ED25519 = '1.3.101.112';
const SHA256_RSA = '1.2.840.113549.1.1.11';
const ECDSA_SHA256 = '1.2.840.10045.4.3.2';
const RSA_PSS = '1.2.840.113549.1.1.10';
const SHA256 = '2.16.840.1.101.3.4.2.1';
const MGF1 = '1.2.840.113549.1.1.8';
const DSA = '1.2.840.10040.4.1';
const DSA_SHA256 = '2.16.840.1.101.3.4.3.2';

const name = (...atvs: Uint8Array[]) => seq(...atvs.map((a) => set(a)));
const atv = (value: Uint8Array, extra: Uint8Array = new Uint8Array(0)) => seq(oid(CN), value, extra);

interface Parts {
  subject?: Uint8Array;
  spki: Uint8Array;
  attributes?: Uint8Array;
  sigAlg: Uint8Array;
  sign: (tbs: Uint8Array) => Uint8Array;
  /** unused-bits octet of the signature BIT STRING */
  sigUnused?: number;
  /** bytes after the signature, inside the outer SEQUENCE */
  tail?: Uint8Array;
}
const build = (p: Parts): Uint8Array => {
  const tbs = seq(int(0), p.subject ?? name(atv(utf8('example.com'))), p.spki, tlv(0xa0, p.attributes ?? new Uint8Array(0)));
  return seq(tbs, p.sigAlg, bits(p.sign(tbs), p.sigUnused ?? 0), p.tail ?? new Uint8Array(0));
};

/** Go's answer in the differential test's terms: ok, or the stage that failed. */
const judge = (der: Uint8Array): 'ok' | 'parse' | 'signature' => {
  const csr = parseCsr(der);
  if (typeof csr === 'string') return 'parse';
  return checkSignature(csr.signatureAlgorithm, csr.tbs, csr.signature, csr.publicKey) === undefined ? 'ok' : 'signature';
};
const detail = (der: Uint8Array): string | undefined => {
  const csr = parseCsr(der);
  if (typeof csr === 'string') return csr;
  return checkSignature(csr.signatureAlgorithm, csr.tbs, csr.signature, csr.publicKey);
};

// Ed25519 keys from fixed seeds, so that signatures (and their last bits) are deterministic.
const edKey = (seed: number) => {
  const privateKey = nc.createPrivateKey({
    key: Buffer.concat([raw('302e020100300506032b657004220420'), Buffer.alloc(32, seed)]),
    format: 'der',
    type: 'pkcs8',
  });
  const spki = Uint8Array.from(nc.createPublicKey(privateKey).export({ type: 'spki', format: 'der' }));
  return { spki, sign: (t: Uint8Array) => Uint8Array.from(nc.sign(null, t, privateKey)) };
};
const ed = edKey(1);
const edParts = (): Parts => ({ spki: ed.spki, sigAlg: seq(oid(ED25519)), sign: ed.sign });

let rsa: { spki: Uint8Array; key: nc.KeyObject };
let ec: { spki: Uint8Array; key: nc.KeyObject };
beforeAll(() => {
  const r = nc.generateKeyPairSync('rsa', { modulusLength: 2048 });
  rsa = { spki: Uint8Array.from(r.publicKey.export({ type: 'spki', format: 'der' })), key: r.privateKey };
  const e = nc.generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
  ec = { spki: Uint8Array.from(e.publicKey.export({ type: 'spki', format: 'der' })), key: e.privateKey };
});
const rsaParts = (): Parts => ({
  spki: rsa.spki,
  sigAlg: seq(oid(SHA256_RSA), NULL),
  sign: (t) => Uint8Array.from(nc.sign('sha256', t, rsa.key)),
});
const ecParts = (): Parts => ({
  spki: ec.spki,
  sigAlg: seq(oid(ECDSA_SHA256)),
  sign: (t) => Uint8Array.from(nc.sign('sha256', t, ec.key)),
});
const pssSign = (t: Uint8Array) =>
  Uint8Array.from(nc.sign('sha256', t, { key: rsa.key, padding: nc.constants.RSA_PKCS1_PSS_PADDING, saltLength: 32 }));
const pssParams = (mgfWrapper = (c: Uint8Array) => tlv(0xa1, c), saltWrapper = (c: Uint8Array) => tlv(0xa2, c)) =>
  seq(tlv(0xa0, seq(oid(SHA256), NULL)), mgfWrapper(seq(oid(MGF1), seq(oid(SHA256), NULL))), saltWrapper(int(32)));

describe('baseline', () => {
  test('well-formed CSRs verify (Ed25519, RSA, ECDSA, RSA-PSS)', () => {
    expect(judge(build(edParts()))).toBe('ok');
    expect(judge(build(rsaParts()))).toBe('ok');
    expect(judge(build(ecParts()))).toBe('ok');
    expect(judge(build({ ...rsaParts(), sigAlg: seq(oid(RSA_PSS), pssParams()), sign: pssSign }))).toBe('ok');
  });
});

describe('signature BIT STRING unused-bits octet ≠ 0 (Go right-aligns the bits, so verification fails)', () => {
  test('Ed25519 CSR with the unused-bits octet set to 1', () => {
    // pick a subject whose signature ends in an even byte, so that 1 unused bit is valid padding
    let der: Uint8Array | undefined;
    for (let i = 0; der === undefined; i++) {
      const p = { ...edParts(), subject: name(atv(utf8(`host${i}.example`))) };
      const sig = p.sign(seq(int(0), p.subject, p.spki, tlv(0xa0)));
      if (((sig[63] ?? 1) & 1) === 0) der = build({ ...p, sigUnused: 1 });
    }
    expect(judge(der)).toBe('signature');
    expect(detail(der)).toBe('x509: Ed25519 verification failure');
  });
  test('RSA CSR with 8 unused bits is a parse error (padding > 7)', () => {
    expect(judge(build({ ...rsaParts(), sigUnused: 8 }))).toBe('parse');
  });
});

describe('public-key BIT STRING unused-bits ≠ 0 (EC/Ed25519)', () => {
  test('P-256 key: the right-aligned point no longer starts with 04', () => {
    // the last octet of the point must be even for 1 unused bit to be valid padding
    let der: Uint8Array | undefined;
    for (let i = 0; der === undefined && i < 64; i++) {
      const e = nc.generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
      const spki = Uint8Array.from(e.publicKey.export({ type: 'spki', format: 'der' }));
      if (((spki[spki.length - 1] ?? 1) & 1) !== 0) continue;
      const shifted = Uint8Array.from(spki);
      shifted[spki.length - 66] = 1; // the BIT STRING's unused-bits octet
      der = build({ ...ecParts(), spki: shifted, sign: (t) => Uint8Array.from(nc.sign('sha256', t, e.privateKey)) });
    }
    if (der === undefined) throw new Error('no even point found');
    expect(detail(der)).toBe('ecdsa: invalid uncompressed public key');
  });
  test('Ed25519 key: parsed (still 32 octets) but the shifted key does not verify', () => {
    let der: Uint8Array | undefined;
    for (let seed = 1; der === undefined; seed++) {
      const k = edKey(seed);
      if (((k.spki[k.spki.length - 1] ?? 1) & 1) !== 0) continue;
      const shifted = Uint8Array.from(k.spki);
      shifted[k.spki.length - 33] = 1;
      der = build({ spki: shifted, sigAlg: seq(oid(ED25519)), sign: k.sign });
    }
    expect(judge(der)).toBe('signature');
  });
});

describe('Ed25519 signature algorithm with parameters', () => {
  test('a NULL parameter: algorithm unimplemented', () => {
    const der = build({ ...edParts(), sigAlg: seq(oid(ED25519), NULL) });
    expect(detail(der)).toBe('x509: cannot verify signature: algorithm unimplemented');
  });
  test('an empty SEQUENCE parameter: algorithm unimplemented', () => {
    expect(detail(build({ ...edParts(), sigAlg: seq(oid(ED25519), raw('3000')) }))).toBe(
      'x509: cannot verify signature: algorithm unimplemented',
    );
  });
});

describe('RSA-PSS parameters whose tag is not SEQUENCE', () => {
  test('tag 0xB0 ([16] constructed, context class): algorithm unimplemented', () => {
    const p = pssParams();
    const retagged = Uint8Array.from(p);
    retagged[0] = 0xb0;
    const der = build({ ...rsaParts(), sigAlg: seq(oid(RSA_PSS), retagged), sign: pssSign });
    expect(judge(der)).toBe('signature');
    expect(detail(der)).toBe('x509: cannot verify signature: algorithm unimplemented');
  });
  test('parameters absent: algorithm unimplemented', () => {
    expect(detail(build({ ...rsaParts(), sigAlg: seq(oid(RSA_PSS)), sign: pssSign }))).toBe(
      'x509: cannot verify signature: algorithm unimplemented',
    );
  });
});

describe("RSA-PSS [1] explicit wrapper length shorter than its content (Go's encoding/asn1 ignores it)", () => {
  test('[1] wrapper one octet short: verifies', () => {
    const short = (c: Uint8Array) => Buffer.concat([Buffer.from([0xa1, c.length - 1]), c]);
    const der = build({ ...rsaParts(), sigAlg: seq(oid(RSA_PSS), pssParams(short)), sign: pssSign });
    expect(judge(der)).toBe('ok');
  });
  test('[2] wrapper longer than its content (0x10 for a 3-octet INTEGER): verifies', () => {
    const long = (c: Uint8Array) => Buffer.concat([Buffer.from([0xa2, 0x10]), c]);
    const der = build({ ...rsaParts(), sigAlg: seq(oid(RSA_PSS), pssParams(undefined, long)), sign: pssSign });
    expect(judge(der)).toBe('ok');
  });
});

describe('extra bytes at the end of a SEQUENCE (Go reads struct SEQUENCEs leniently)', () => {
  const ff = raw('ff');
  test('one ff after the signature: parsed and verified', () => {
    expect(judge(build({ ...edParts(), tail: ff }))).toBe('ok');
  });
  test('inside an ATV, after the value: parsed and verified', () => {
    expect(judge(build({ ...edParts(), subject: name(atv(utf8('example.com'), ff)) }))).toBe('ok');
  });
  test('inside the SPKI, after the key BIT STRING: parsed and verified', () => {
    const spki = Uint8Array.from(ed.spki.subarray(2));
    expect(judge(build({ ...edParts(), spki: seq(spki, ff) }))).toBe('ok');
  });
  test('inside the signature algorithm identifier after its parameters: parsed and verified', () => {
    expect(judge(build({ ...rsaParts(), sigAlg: seq(oid(SHA256_RSA), NULL, ff) }))).toBe('ok');
  });
  test('inside an extension, after the value: parsed and verified', () => {
    const ext = seq(oid('2.5.29.19'), tlv(4, seq()), ff);
    const attrs = seq(oid('1.2.840.113549.1.9.14'), set(seq(ext)));
    expect(judge(build({ ...edParts(), attributes: attrs }))).toBe('ok');
  });
  test('where Go does not tolerate it: ff in place of absent AlgorithmIdentifier parameters, in an RDN SET, after the CSR', () => {
    expect(judge(build({ ...ecParts(), sigAlg: seq(oid(ECDSA_SHA256), ff) }))).toBe('parse');
    expect(judge(build({ ...edParts(), subject: seq(set(atv(utf8('a')), ff)) }))).toBe('parse');
    expect(detail(Buffer.concat([build(edParts()), ff]))).toBe('asn1: syntax error: trailing data');
  });
});

describe('subject values of the wrong ASN.1 type are decoded and rejected', () => {
  const withValue = (v: Uint8Array) => build({ ...edParts(), subject: name(atv(v)) });
  test.each([
    ['BOOLEAN 05', raw('010105')],
    ['BMPString D800 (a lone surrogate)', raw('1e02d800')],
    ['UTCTime "A"', raw('170141')],
    ['GeneralizedTime with a trailing zero in the fraction', tlv(0x18, Buffer.from('20240101000000.10Z'))],
    ['UTCTime on 30 February', tlv(0x17, Buffer.from('240230000000Z'))],
    ['INTEGER of 9 octets', tlv(2, Buffer.alloc(9, 1))],
  ])('%s: parse error', (_, v) => {
    expect(judge(withValue(v))).toBe('parse');
  });
  test.each([
    ['BOOLEAN ff', raw('0101ff')],
    ['UTCTime with seconds and an offset', tlv(0x17, Buffer.from('240229235959+0130'))],
    ['GeneralizedTime with a fraction', tlv(0x18, Buffer.from('20240101000000.5Z'))],
    ['PrintableString with * and &', tlv(0x13, Buffer.from('*.a&b'))],
    ['an OCTET STRING', raw('0401ff')],
  ])('%s: accepted', (_, v) => {
    expect(judge(withValue(v))).toBe('ok');
  });
});

describe('a DSA key: signature stage, algorithm unimplemented', () => {
  // DSA SubjectPublicKeyInfo with small numbers: Go's parser checks only that they are positive.
  const dsaSpki = (y: number) => seq(seq(oid(DSA), seq(int(23), int(11), int(4))), bits(int(y)));
  const sig = () => seq(int(1), int(1));
  test('DSA-SHA256 CSR from a DSA key', () => {
    const der = build({ spki: dsaSpki(5), sigAlg: seq(oid(DSA_SHA256)), sign: sig });
    expect(judge(der)).toBe('signature');
    expect(detail(der)).toBe('x509: cannot verify signature: algorithm unimplemented');
  });
  test('a real DSA key from node:crypto', () => {
    const { publicKey, privateKey } = nc.generateKeyPairSync('dsa', { modulusLength: 1024, divisorLength: 160 });
    const spki = Uint8Array.from(publicKey.export({ type: 'spki', format: 'der' }));
    const der = build({ spki, sigAlg: seq(oid(DSA_SHA256)), sign: (t) => Uint8Array.from(nc.sign('sha256', t, privateKey)) });
    expect(detail(der)).toBe('x509: cannot verify signature: algorithm unimplemented');
  });
  test('a negative DSA y is still a parse error', () => {
    expect(detail(build({ spki: dsaSpki(0xff), sigAlg: seq(oid(DSA_SHA256)), sign: sig }))).toBe('x509: zero or negative DSA parameter');
  });
});
