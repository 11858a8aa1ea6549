import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { containsValidCertificate, parseCertificate } from '../../../src/go/x509/certificate.js';
import { der, toPem } from '../../validation/certificaterequest/csr-builder.js';

/** A minimal self-signed-looking v3 certificate (the signature is not checked by parsing). */
function certDer(opts: { outerAlg?: Uint8Array; extensions?: Uint8Array[]; key?: Uint8Array } = {}): Uint8Array {
  const alg = der.seq(der.oid('1.2.840.113549.1.1.11'), der.null());
  const name = der.seq(der.set(der.seq(der.oid('2.5.4.3'), der.utf8('ca'))));
  const time = (s: string) => der.tlv(0x17, Buffer.from(s));
  const spki =
    opts.key ?? der.seq(der.seq(der.oid('1.2.840.113549.1.1.1'), der.null()), der.bits(der.seq(der.int(2n ** 1023n + 1n), der.int(65537))));
  const exts = opts.extensions ? [der.ctx(3, der.seq(...opts.extensions))] : [];
  const tbs = der.seq(
    der.ctx(0, der.int(2)),
    der.int(1),
    alg,
    name,
    der.seq(time('240101000000Z'), time('340101000000Z')),
    name,
    spki,
    ...exts,
  );
  return der.seq(tbs, opts.outerAlg ?? alg, der.bits(Uint8Array.of(1, 2, 3)));
}

describe('parseCertificate', () => {
  test('accepts a well-formed v3 certificate and real openssl ones (fixtures made with openssl req -x509)', () => {
    expect(parseCertificate(certDer())).toMatchObject({ version: 3 });
    for (const f of ['ec-p256-ca.pem', 'rsa-2048-san.pem']) {
      expect(containsValidCertificate(readFileSync(new URL(`fixtures/${f}`, import.meta.url), 'utf8'))).toBe(true);
    }
  });

  test('rejects mismatched signature algorithms, bad keys and malformed extensions', () => {
    expect(parseCertificate(certDer({ outerAlg: der.seq(der.oid('1.2.840.113549.1.1.5'), der.null()) }))).toMatch(/don't match/);
    const rsaNoNull = der.seq(der.seq(der.oid('1.2.840.113549.1.1.1')), der.bits(der.seq(der.int(3), der.int(3))));
    expect(parseCertificate(certDer({ key: rsaNoNull }))).toBe('x509: RSA key missing NULL parameters');
    const badKu = der.seq(der.oid('2.5.29.15'), der.octet(der.cat(der.bits(Uint8Array.of(0x80), 7), Uint8Array.of(0))));
    expect(parseCertificate(certDer({ extensions: [badKu] }))).toBe('x509: trailing data after X.509 KeyUsage');
    expect(parseCertificate(der.cat(certDer(), Uint8Array.of(0)))).toMatch(/trailing data/);
  });
});

describe('H-CABUNDLE containsValidCertificate', () => {
  test('needs a headerless CERTIFICATE block that parses; other blocks are skipped', () => {
    const good = toPem(certDer(), 'CERTIFICATE');
    expect(containsValidCertificate(`${toPem(Uint8Array.of(1), 'CERTIFICATE')}${toPem(certDer(), 'KEY')}${good}`)).toBe(true);
    expect(containsValidCertificate(toPem(certDer(), 'TRUSTED CERTIFICATE'))).toBe(false);
    expect(containsValidCertificate(good.replace('-----\n', '-----\nA: b\n\n'))).toBe(false);
    expect(containsValidCertificate('')).toBe(false);
  });
});
