// What broke (issue 15 item 1): DER INTEGERs were decoded byte by byte into a growing bigint,
// quadratic in their length and uncapped: a caBundle certificate with a 200 KB serial number
// blocked the event loop for 26 s. Go 1.26 puts no size limit on a certificate's serial (only
// negative serials are refused, GODEBUG x509negativeserial=0), so cmapi must accept the
// certificate and answer in linear time (timings at three sizes: bench/complexity-der.mjs).
import { describe, expect, test } from 'vitest';
import { children, content, readDer } from '../../src/go/asn1/der.js';
import { integerContent } from '../../src/go/asn1/values.js';
import { containsValidCertificate } from '../../src/go/x509/certificate.js';
import { caBundleProblem } from '../../src/validation/helpers/cabundle.js';
import { run, TEST_CA_PEM } from '../validation/issuer/run.js';

const derOf = (pem: string) => Buffer.from(pem.replace(/-----[^-]+-----/g, '').replace(/\s/g, ''), 'base64');
const len = (n: number): Buffer => {
  if (n < 0x80) return Buffer.from([n]);
  const bytes: number[] = [];
  for (let v = n; v > 0; v = Math.floor(v / 256)) bytes.unshift(v & 0xff);
  return Buffer.from([0x80 | bytes.length, ...bytes]);
};
const tlv = (tag: number, body: Buffer) => Buffer.concat([Buffer.from([tag]), len(body.length), body]);
const whole = (buf: Buffer, el: { start: number; end: number }) => buf.subarray(el.start, el.end);

/** TEST_CA_PEM with its serial number replaced by `serial` (INTEGER content octets). */
function withSerial(serial: Buffer): string {
  const der = derOf(TEST_CA_PEM);
  const outer = readDer(der);
  if (typeof outer === 'string') throw new Error(outer);
  const top = children(outer);
  if (typeof top === 'string' || top[0] === undefined) throw new Error('bad fixture');
  const tbsKids = children(top[0]);
  if (typeof tbsKids === 'string') throw new Error(tbsKids);
  const [version, , ...rest] = tbsKids;
  if (version === undefined) throw new Error('bad fixture');
  const tbs = tlv(0x30, Buffer.concat([whole(der, version), tlv(2, serial), ...rest.map((e) => whole(der, e))]));
  const cert = tlv(0x30, Buffer.concat([tbs, ...top.slice(1).map((e) => whole(der, e))]));
  return `-----BEGIN CERTIFICATE-----\n${cert.toString('base64').replace(/.{64}/g, '$&\n')}\n-----END CERTIFICATE-----\n`;
}

const bigSerial = (size: number, first: number) => {
  const b = Buffer.alloc(size, 0xa5);
  b[0] = first;
  return b;
};

describe('DER INTEGER size (issue 15 item 1)', () => {
  test('a caBundle certificate with a 200 KB serial number is a valid certificate', () => {
    const pem = withSerial(bigSerial(200_000, 0x7f));
    expect(pem.length).toBeGreaterThan(270_000);
    expect(containsValidCertificate(new TextEncoder().encode(pem))).toBe(true);
    expect(caBundleProblem(Buffer.from(pem).toString('base64'))).toBeUndefined();
    const vault = { server: 'https://vault.example', path: 'pki/sign/x', auth: { tokenSecretRef: { name: 't', key: 'k' } } };
    expect(run({ vault: { ...vault, caBundle: Buffer.from(pem).toString('base64') } }).errors).toEqual([]);
  });

  test('a negative serial number (x509negativeserial) and a non-minimal one are refused, at any size', () => {
    expect(containsValidCertificate(new TextEncoder().encode(withSerial(bigSerial(200_000, 0x80))))).toBe(false);
    expect(containsValidCertificate(new TextEncoder().encode(withSerial(Buffer.from([0xff]))))).toBe(false);
    expect(containsValidCertificate(new TextEncoder().encode(withSerial(Buffer.from([0x00, 0x01]))))).toBe(false);
    expect(containsValidCertificate(new TextEncoder().encode(withSerial(Buffer.from([0x01]))))).toBe(true);
  });

  test('a 200 KB INTEGER decodes to the right value, positive and negative', () => {
    const pos = bigSerial(200_000, 0x7f);
    expect(integerContent(pos)).toBe(BigInt(`0x${pos.toString('hex')}`));
    const neg = bigSerial(200_000, 0x80);
    expect(integerContent(neg)).toBe(BigInt(`0x${neg.toString('hex')}`) - (1n << BigInt(neg.length * 8)));
    expect(integerContent(Buffer.from([0xff]))).toBe(-1n);
    expect(integerContent(Buffer.from([0x00, 0x80]))).toBe(128n);
    // the content of an element read back from DER
    const el = readDer(tlv(2, pos));
    if (typeof el === 'string') throw new Error(el);
    expect(content(el).length).toBe(200_000);
  });
});
