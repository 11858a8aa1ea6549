// H-LDAPDN as older go-ldap releases parse it (cert-manager's literalSubject per release):
// v3.4.4–v3.4.6 (cert-manager v1.12–v1.14), v3.4.8–v3.4.13 (v1.15–v1.21, parseDn strict=false).
import { describe, expect, test } from 'vitest';
import { type DnParse, parseDn } from '../../../src/go/ldap/dn.js';
import { parseDnV346 } from '../../../src/go/ldap/dn-v3-4-6.js';

const show = (r: DnParse) => (r.ok ? r.rdns.map((rdn) => rdn.map((a) => `${a.type}=${a.value}`).join('+')) : `error: ${r.error}`);

describe('H-LDAPDN go-ldap v3.4.8–v3.4.13 (strict false)', () => {
  test('unescaped ", <, > and NUL stay in the value (v3.4.14 refuses them)', () => {
    for (const s of ['CN=a<b', 'CN=a>b', 'CN=a"b', 'CN=a\u0000b']) {
      expect(show(parseDn(s, false))).toEqual([s]);
      expect(parseDn(s).ok).toBe(false);
    }
  });

  test('bytes after a hex-encoded BER value are ignored (v3.4.14 refuses them)', () => {
    expect(show(parseDn('CN=#0c0161ff', false))).toEqual(['CN=a']);
    expect(parseDn('CN=#0c0161ff').ok).toBe(false);
  });

  test('a trailing space after two backslashes is kept (v3.4.14 strips it)', () => {
    expect(show(parseDn('CN=a\\\\ ', false))).toEqual(['CN=a\\ ']);
    expect(show(parseDn('CN=a\\\\ '))).toEqual(['CN=a\\']);
  });

  test('a separator at the end is an error in both', () => {
    expect(parseDn('CN=a,', false).ok).toBe(false);
  });
});

describe('H-LDAPDN go-ldap v3.4.4–v3.4.6', () => {
  test('RDNs in text order, spaces around types and values stripped, escapes decoded', () => {
    expect(show(parseDnV346(' CN = foo , O= bar\\ +OU=x\\2cy;C=US'))).toEqual(['CN=foo', 'O=bar +OU=x,y', 'C=US']);
  });

  test('an empty last value or a trailing separator is dropped, not an error', () => {
    expect(show(parseDnV346('CN=a,'))).toEqual(['CN=a']);
    expect(show(parseDnV346('CN=a,O='))).toEqual(['CN=a']);
    expect(show(parseDnV346('CN=a+'))).toEqual([]);
    expect(show(parseDnV346(''))).toEqual([]);
  });

  test('errors: a value without a type, a text without =, a bad escape', () => {
    expect(show(parseDnV346(',CN=a'))).toEqual('error: incomplete type, value pair');
    expect(show(parseDnV346('foo'))).toEqual('error: DN ended with incomplete type, value pair');
    expect(show(parseDnV346('CN=a\\zz')).toString()).toMatch(/^error: failed to decode escaped character/);
    expect(show(parseDnV346('CN=a\\4'))).toEqual('error: got corrupted escaped character');
  });

  test('v3.4.5 and v3.4.6 keep a later = in the value; v3.4.4 starts the type again', () => {
    expect(show(parseDnV346('CN=a=b'))).toEqual(['CN=a=b']);
    expect(show(parseDnV346('CN=a=b', false))).toEqual(['a=b']);
  });

  test('unescaped <, > and " stay in the value', () => {
    expect(show(parseDnV346('CN=a<b>"c'))).toEqual(['CN=a<b>"c']);
  });
});
