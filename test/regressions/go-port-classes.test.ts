// Regression: a differential run against the real Go code (Go 1.26, go-ldap v3.4.14,
// go-asn1-ber v1.5.8) found inputs where cmapi's ports of url.ParseRequestURI, ldap.ParseDN,
// pem.Decode and mail.ParseAddress gave the opposite accept/reject answer to Go's. One test per
// class, with the input the run found and one more.
import { describe, expect, test } from 'vitest';
import { parseDn } from '../../src/go/ldap/dn.js';
import { parseMailAddress } from '../../src/go/mail/address.js';
import { parseIp } from '../../src/go/net/ip.js';
import { decodePemRest } from '../../src/go/pem/pem.js';
import { parseRequestUri } from '../../src/go/url/parse.js';
import { dns01NameserverProblem } from '../../src/validation/helpers/nameserver.js';

const hex = (b: Uint8Array) => Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
const dn = (s: string) => {
  const r = parseDn(s);
  return r.ok ? r.rdns.map((rdn) => rdn.map((a) => `${a.type}=${hex(a.valueBytes)}`)) : `error: ${r.error}`;
};
const isIp = (s: string) => parseIp(s) !== undefined;

describe('url: H-DNS01-NAMESERVER', () => {
  test('url urlstrictcolons: several colons in an http(s) host are an invalid port', () => {
    for (const s of ['https://a::', 'https://a:1:2', 'http://h:80:80/x']) {
      expect(parseRequestUri(s), s).toBeUndefined();
      expect(dns01NameserverProblem(s), s).toBeDefined();
    }
    // other schemes take the port from the last colon
    expect(parseRequestUri('postgres://a:1:2/db')?.host).toBe('a:1:2');
    expect(parseRequestUri('https://a:1/')?.host).toBe('a:1');
  });

  test('url `[` not at the start of the host is an invalid IP-literal', () => {
    for (const s of ['https://h[x]/', 'https://a[::1]:80/']) {
      expect(parseRequestUri(s), s).toBeUndefined();
      expect(dns01NameserverProblem(s), s).toBeDefined();
    }
    expect(parseRequestUri('https://[::1]:80/')?.host).toBe('[::1]:80');
  });

  test('url empty IPv6 zone: the zone must be a non-empty string', () => {
    for (const s of ['https://[fe80::1%25]/', 'https://[fe80::1%25]:443']) {
      expect(parseRequestUri(s), s).toBeUndefined();
      expect(dns01NameserverProblem(s), s).toBeDefined();
    }
    expect(parseRequestUri('https://[fe80::1%25en0]/')?.host).toBe('[fe80::1%en0]');
  });
});

describe('ldap DN: H-LDAPDN', () => {
  test('ldap DN `#` value after a leading space is a literal string', () => {
    expect(dn('CN= #41')).toEqual([[`CN=${hex(new TextEncoder().encode('#41'))}`]]);
    expect(dn('O=  #zz')).toEqual([[`O=${hex(new TextEncoder().encode('#zz'))}`]]);
  });

  test('ldap DN `#` hex value with a trailing space is an invalid hex byte', () => {
    expect(dn('C=#0403616263 ')).toMatch(/^error: .*hex/);
    expect(dn('CN=#0403616263 ,O=x')).toMatch(/^error: .*hex/);
    expect(dn('C=#0403616263')).toEqual([['C=616263']]);
  });

  test('ldap DN BER content is validated as go-asn1-ber does', () => {
    expect(dn('CN=#0c01ff')).toMatch(/^error: .*UTF-8/); // bad UTF-8 in a UTF8String
    expect(dn('CN=#1301ff')).toMatch(/^error: /); // `ÿ` in a PrintableString
    expect(dn('CN=#16017f')).toMatch(/^error: /); // DEL in an IA5String
    expect(dn('CN=#180f32303234303233303132303030305a')).toMatch(/^error: /); // 30 February
    expect(dn('CN=#180f32303234303232393132303030305a')).toEqual([['CN=32303234303232393132303030305a']]);
    expect(dn('CN=#0901ff')).toMatch(/^error: /); // a REAL whose exponent is missing
    expect(dn('CN=#0401ff')).toEqual([['CN=ff']]); // an OCTET STRING holds any byte
    expect(dn('CN=#0c03616263')).toEqual([['CN=616263']]);
  });

  test('ldap DN indefinite-length BER: the value is the re-encoded children', () => {
    expect(dn('CN=#30800401610000')).toEqual([['CN=040161']]);
    // a definite constructed value re-encodes its children with minimal lengths
    expect(dn('CN=#30040481016100')).toMatch(/^error: /); // length 4 but the child takes 4 + 1
    expect(dn('CN=#300404810161')).toEqual([['CN=040161']]);
    expect(dn('CN=#04800000')).toMatch(/^error: .*indefinite/); // primitive with indefinite length
  });

  test('ldap DN leading U+FEFF is kept as part of the type', () => {
    const r = parseDn('\ufeffCN=a');
    expect(r.ok && r.rdns[0]?.[0]?.type).toBe('\ufeffCN');
    const v = parseDn('CN=\ufeffb');
    expect(v.ok && v.rdns[0]?.[0]?.value).toBe('\ufeffb');
  });
});

describe('pem', () => {
  test('pem block search: the first END, then the last BEGIN before it (Go >= 1.24.8)', () => {
    expect(decodePemRest('-----BEGIN A-----\nK: V-----BEGIN B\n\nAAAA\n-----END A-----')).toBeUndefined();
    const two = '-----BEGIN X-----\n-----BEGIN Y-----\nAAAA\n-----END Y-----\n';
    const r = decodePemRest(two);
    expect(r?.block.type).toBe('Y');
    expect(decodePemRest('-----BEGIN A-----\nAAAA\n-----END A-----\nrest')?.rest).toBe('rest');
  });
});

describe('mail', () => {
  test('mail RFC 2047 word with an unknown charset: charset not supported', () => {
    expect(parseMailAddress('=?bad?q?x?= <a@b.c>', isIp).ok).toBe(false);
    expect(parseMailAddress('=?koi8-r?B?YWJj?= <a@b.c>', isIp).ok).toBe(false);
    // known charsets, malformed words and an unknown charset after another word are fine
    expect(parseMailAddress('=?utf-8?q?x?= <a@b.c>', isIp)).toEqual({ ok: true, address: 'a@b.c' });
    expect(parseMailAddress('=?bad?x?x?= <a@b.c>', isIp)).toEqual({ ok: true, address: 'a@b.c' });
    expect(parseMailAddress('Bob =?bad?q?x?= <a@b.c>', isIp)).toEqual({ ok: true, address: 'a@b.c' });
  });

  test('mail RFC 2047 word that decodes to nothing is no word of the phrase', () => {
    expect(parseMailAddress('=?utf-8?Q??= <"("@a.b>', isIp).ok).toBe(false);
    expect(parseMailAddress('=?UTF-8?B??= <a@b.c>', isIp).ok).toBe(false);
    expect(parseMailAddress('=?utf-8?q?x?= <a@b.c>', isIp)).toEqual({ ok: true, address: 'a@b.c' });
    expect(parseMailAddress('"" =?utf-8?q??= <a@b.c>', isIp)).toEqual({ ok: true, address: 'a@b.c' });
  });
});
