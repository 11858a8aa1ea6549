import { describe, expect, test } from 'vitest';
import { errorsFor, pairs } from './run.js';

const noSans = { dnsNames: undefined };

describe('literalSubject', () => {
  test('CERT-LITERALSUBJECT-GATE: forbidden with the gate off, allowed with it on; other checks still run', () => {
    expect(pairs(errorsFor({ literalSubject: 'CN=foo,O=bar' }, { LiteralCertificateSubject: true }))).toEqual([]);
    expect(pairs(errorsFor({ literalSubject: 'CN=foo,O=bar' }, { LiteralCertificateSubject: false }))).toEqual([
      'FieldValueForbidden spec.literalSubject',
    ]);
    expect(pairs(errorsFor({ literalSubject: 'CN=foo,', commonName: 'x' }, { LiteralCertificateSubject: false }))).toEqual([
      'FieldValueForbidden spec.literalSubject',
      'FieldValueInvalid spec.commonName',
      'FieldValueInvalid spec.literalSubject',
    ]);
  });

  test('CERT-LITERALSUBJECT-COMMONNAME-EXCLUSIVE: commonName cannot be combined with literalSubject', () => {
    expect(pairs(errorsFor({ literalSubject: 'O=bar', commonName: 'foo' }))).toEqual(['FieldValueInvalid spec.commonName']);
    expect(pairs(errorsFor({ literalSubject: 'O=bar', commonName: '' }))).toEqual([]);
  });

  test('CERT-LITERALSUBJECT-SUBJECT-EXCLUSIVE: subject properties cannot be combined with literalSubject', () => {
    expect(pairs(errorsFor({ literalSubject: 'CN=foo', subject: {} }))).toEqual([]);
    expect(pairs(errorsFor({ literalSubject: 'CN=foo', subject: { organizations: [] } }))).toEqual([]);
    expect(pairs(errorsFor({ literalSubject: 'CN=foo', subject: { serialNumber: '1' } }))).toEqual(['FieldValueInvalid spec.subject']);
    expect(pairs(errorsFor({ literalSubject: 'CN=foo', subject: { postalCodes: ['1'] } }))).toEqual(['FieldValueInvalid spec.subject']);
    // without literalSubject the subject is not checked
    expect(pairs(errorsFor({ subject: { serialNumber: '1' } }))).toEqual([]);
  });

  test('CERT-LITERALSUBJECT-PARSE: literalSubject must parse as a DN; then no attribute is examined', () => {
    const errs = errorsFor({ literalSubject: 'CN=foo,cn=bar,', ...noSans });
    expect(pairs(errs)).toEqual(['FieldValueInvalid spec.literalSubject', 'FieldValueInvalid spec']);
    expect(errs[0]!.detail).toContain('incomplete type, value pair');
    expect(pairs(errorsFor({ literalSubject: 'CN=a\\,b', ...noSans }))).toEqual([]);
  });

  test('CERT-LITERALSUBJECT-CN-NOT-STRING: unreachable — CN values are strings even when BER-encoded', () => {
    // #020101 is a BER INTEGER; its content still becomes the (string) CN value
    expect(pairs(errorsFor({ literalSubject: 'CN=#020101', ...noSans }))).toEqual([]);
    expect(pairs(errorsFor({ literalSubject: 'CN=foo', ...noSans }))).toEqual([]);
  });

  test('CERT-LITERALSUBJECT-UNKNOWN-ATTR: one error per unrecognized attribute type (case-sensitive)', () => {
    expect(pairs(errorsFor({ literalSubject: 'CN=foo,cn=bar,foo=baz' }))).toEqual([
      'FieldValueInvalid spec.literalSubject',
      'FieldValueInvalid spec.literalSubject',
    ]);
    const errs = errorsFor({ literalSubject: 'CN=foo,cn=bar,foo=baz' });
    // reversed RDN order: foo=baz first
    expect(errs[0]!.detail).toContain('[baz]');
    expect(errs[1]!.detail).toContain('[bar]');
    expect(pairs(errorsFor({ literalSubject: 'CN=a,1.2.3.4=b,SERIALNUMBER=1,DC=x,UID=u,STREET=s,L=l,ST=st,C=c,OU=ou,O=o' }))).toEqual([]);
  });

  test('literalSubject: the first CN of the text is the common name for the identity and length rules', () => {
    expect(pairs(errorsFor({ literalSubject: 'O=bar', ...noSans }))).toEqual(['FieldValueInvalid spec']);
    expect(pairs(errorsFor({ literalSubject: '2.5.4.3=foo', ...noSans }))).toEqual([]);
    const long = 'x'.repeat(65);
    expect(pairs(errorsFor({ literalSubject: `CN=${long},CN=short`, ...noSans }))).toEqual(['FieldValueTooLong spec.commonName']);
    expect(pairs(errorsFor({ literalSubject: `CN=short,CN=${long}`, ...noSans }))).toEqual([]);
  });
});
