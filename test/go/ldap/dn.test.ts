import { describe, expect, test } from 'vitest';
import { parseDn } from '../../../src/go/ldap/dn.js';

const rdns = (s: string) => {
  const r = parseDn(s);
  if (!r.ok) throw new Error(`expected ${s} to parse: ${r.error}`);
  return r.rdns.map((rdn) => rdn.map((a) => `${a.type}=${a.value}`).join('+'));
};
const error = (s: string) => {
  const r = parseDn(s);
  return r.ok ? undefined : r.error;
};

describe('H-LDAPDN', () => {
  test('H-LDAPDN: RDNs in text order, multi-valued with +', () => {
    expect(rdns('CN=foo,O=bar+OU=baz;C=US')).toEqual(['CN=foo', 'O=bar+OU=baz', 'C=US']);
  });

  test('H-LDAPDN: whitespace-only is the empty sequence', () => {
    expect(rdns('')).toEqual([]);
    expect(rdns(' \t\n')).toEqual([]);
  });

  test('H-LDAPDN: spaces around types and values are stripped, escaped trailing space kept', () => {
    expect(rdns(' CN = foo , O= bar\\ ')).toEqual(['CN=foo', 'O=bar ']);
    expect(rdns('CN=a\\\\ ')).toEqual(['CN=a\\']);
  });

  test('H-LDAPDN: escapes of special characters and hex pairs', () => {
    expect(rdns('CN=a\\,b\\+c\\=d\\"e\\;f\\<g\\>h\\#i\\\\j')).toEqual(['CN=a,b+c=d"e;f<g>h#i\\j']);
    expect(rdns('CN=caf\\C3\\A9')).toEqual(['CN=café']);
    expect(rdns('CN=a=b')).toEqual(['CN=a=b']);
  });

  test('H-LDAPDN: hex BER value', () => {
    expect(rdns('CN=#0c03616263')).toEqual(['CN=abc']);
    expect(error('CN=#0c0361')).toBeDefined();
    expect(error('CN=#0c0361626364')).toBeDefined(); // trailing byte
    expect(error('CN=#zz')).toBeDefined();
  });

  test.each([
    ['CN=foo,', 'DN ended with incomplete type, value pair'],
    ['CN', 'DN ended with incomplete type, value pair'],
    ['foo,CN=bar', 'incomplete type, value pair'],
    ['CN=a,,O=b', 'incomplete type, value pair'],
  ])('H-LDAPDN: %j is rejected', (s, msg) => expect(error(s)).toBe(msg));

  test.each(['CN=a\\', 'CN=a\\x', 'CN=a\\4', 'CN=a"b', 'CN=<a>', 'CN=a\u0000'])('H-LDAPDN: bad escape or unescaped character in %j', (s) =>
    expect(error(s)).toBeDefined(),
  );

  test('H-LDAPDN: types keep their case', () => {
    expect(rdns('cn=foo,2.5.4.3=bar')).toEqual(['cn=foo', '2.5.4.3=bar']);
  });
});
