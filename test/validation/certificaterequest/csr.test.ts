import { describe, expect, test } from 'vitest';
import { checkCsr, MAX_CERTIFICATE_PEM_SIZE } from '../../../src/validation/certificaterequest/csr-procedure.js';
import { buildCsrDer, certificateRequest, type CsrOptions, der, EKU, ext, KU, type KeyKind, requestOf, toPem } from './csr-builder.js';
import { crErrors, pairs } from './run.js';

const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);
const check = (opts: CsrOptions, isCA = false, usages: string[] = []) => checkCsr(bytes(toPem(buildCsrDer(opts))), { isCA, usages });
const checkDer = (d: Uint8Array) => checkCsr(bytes(toPem(d)), { isCA: false, usages: [] });
const DEFAULT_KU = ext.keyUsage([KU.digitalSignature, KU.keyEncipherment]);

/** The failure a step reports: its sub-ID and its detail (the exact text, or a pattern it matches). */
const failure = (rule: string, detail: string | RegExp) => ({
  rule,
  detail: typeof detail === 'string' ? detail : expect.stringMatching(detail),
});

describe('PEM decoding', () => {
  test('CR-REQUEST-PEM-TOO-LARGE: more than 36500 bytes is refused before decoding', () => {
    const pem = toPem(buildCsrDer());
    const big = bytes(`${'\n'.repeat(MAX_CERTIFICATE_PEM_SIZE + 1 - pem.length)}${pem}`);
    expect(checkCsr(big, { isCA: false, usages: [] })).toEqual(failure('CR-REQUEST-PEM-TOO-LARGE', /larger than the maximum 36500B/));
    expect(checkCsr(big.subarray(1), { isCA: false, usages: [] })).toBeUndefined();
  });

  test('CR-REQUEST-PEM-MISSING: no PEM block anywhere; any block label is accepted, leading text skipped', () => {
    expect(checkCsr(bytes('hello'), { isCA: false, usages: [] })).toEqual(failure('CR-REQUEST-PEM-MISSING', /no PEM data was found/));
    expect(checkCsr(bytes('-----BEGIN X-----\nAAAA\n-----END Y-----\n'), { isCA: false, usages: [] })).toEqual(
      failure('CR-REQUEST-PEM-MISSING', /no PEM data/),
    );
    expect(checkCsr(bytes(`junk\n${toPem(buildCsrDer(), 'ANYTHING')}trailing`), { isCA: false, usages: [] })).toBeUndefined();
  });
});

describe('CSR structure', () => {
  test('CR-REQUEST-CSR-UNPARSABLE: garbage, BER lengths, trailing data and missing attributes fail', () => {
    expect(checkDer(Uint8Array.of(1, 2, 3))).toEqual(failure('CR-REQUEST-CSR-UNPARSABLE', /^asn1: /));
    const good = buildCsrDer();
    expect(checkDer(der.cat(good, Uint8Array.of(0)))).toEqual(failure('CR-REQUEST-CSR-UNPARSABLE', /trailing data/));
    const indefinite = Uint8Array.from([0x30, 0x80, ...good.subarray(4), 0, 0]);
    expect(checkDer(indefinite)).toEqual(failure('CR-REQUEST-CSR-UNPARSABLE', /indefinite length/));
    const seq = (b: Uint8Array) => der.seq(b);
    expect(checkDer(seq(der.int(0)))).toEqual(failure('CR-REQUEST-CSR-UNPARSABLE', /asn1: /));
    expect(checkDer(good)).toBeUndefined();
  });

  test('CR-REQUEST-CSR-UNPARSABLE: a malformed subjectAltName or duplicate extensions fail', () => {
    const badIp: Parameters<typeof check>[0] = {
      extensions: [{ oid: '2.5.29.17', value: der.seq(der.ctxPrim(7, Uint8Array.of(1, 2, 3))) }],
    };
    expect(check(badIp)).toEqual(failure('CR-REQUEST-CSR-UNPARSABLE', 'x509: cannot parse IP address of length 3'));
    const nonAscii = { extensions: [{ oid: '2.5.29.17', value: der.seq(der.ctxPrim(2, Uint8Array.of(0xc3, 0xa9))) }] };
    expect(check(nonAscii)).toEqual(failure('CR-REQUEST-CSR-UNPARSABLE', 'x509: SAN dNSName is malformed'));
    expect(check({ extensions: [ext.san(['a']), ext.san(['b'])] })).toEqual(
      failure('CR-REQUEST-CSR-UNPARSABLE', /duplicate requested extensions/),
    );
  });

  test('CR-REQUEST-CSR-UNPARSABLE: subject strings must be well-formed', () => {
    const subject = der.seq(der.set(der.seq(der.oid('2.5.4.3'), der.printable('bad_underscore'))));
    expect(check({ subject })).toEqual(failure('CR-REQUEST-CSR-UNPARSABLE', /PrintableString/));
  });
});

describe('signature', () => {
  const kinds: KeyKind[] = ['rsa', 'rsa-pss', 'ec-p224', 'ec-p256', 'ec-p384', 'ec-p521', 'ed25519'];
  test.each(kinds)('CR-REQUEST-CSR-SIGNATURE: a %s CSR with a good signature passes, a tampered one fails', (key) => {
    expect(check({ key, extensions: [DEFAULT_KU] })).toBeUndefined();
    expect(check({ key, tamper: true })).toEqual(failure('CR-REQUEST-CSR-SIGNATURE', /verification (error|failure)/));
  });

  test('CR-REQUEST-CSR-SIGNATURE: SHA-1, SHA-384 and SHA-512 RSA signatures pass; MD5 is insecure', () => {
    for (const hash of ['sha1', 'sha384', 'sha512']) expect(check({ hash })).toBeUndefined();
    for (const hash of ['sha384', 'sha512']) expect(check({ key: 'rsa-pss', hash })).toBeUndefined();
    expect(check({ hash: 'md5' })).toEqual(
      failure('CR-REQUEST-CSR-SIGNATURE', 'x509: cannot verify signature: insecure algorithm MD5-RSA'),
    );
  });

  test('CR-REQUEST-CSR-SIGNATURE: RSA keys under 1024 bits are refused', () => {
    expect(check({ key: 'rsa-512' })).toEqual(failure('CR-REQUEST-CSR-SIGNATURE', /512-bit keys are insecure/));
  });
});

describe('extensions, isCA and usages', () => {
  test('CR-REQUEST-CSR-EXTENSION: malformed basicConstraints, keyUsage, extKeyUsage, nameConstraints fail', () => {
    expect(check({ extensions: [{ oid: '2.5.29.19', value: der.cat(der.seq(), Uint8Array.of(0)) }] })).toEqual(
      failure('CR-REQUEST-CSR-EXTENSION', /trailing data after X.509 BasicConstraints/),
    );
    expect(check({ extensions: [{ oid: '2.5.29.15', value: der.cat(der.bits(Uint8Array.of(0x80), 7), Uint8Array.of(0)) }] })).toEqual(
      failure('CR-REQUEST-CSR-EXTENSION', 'x509: trailing data after X.509 KeyUsage'),
    );
    expect(check({ extensions: [{ oid: '2.5.29.37', value: der.int(1) }] })).toEqual(
      failure('CR-REQUEST-CSR-EXTENSION', /asn1: structure error/),
    );
    expect(check({ extensions: [{ oid: '2.5.29.30', value: der.seq() }] })).toEqual(
      failure('CR-REQUEST-CSR-EXTENSION', 'x509: empty name constraints extension'),
    );
    const ipBad = der.seq(der.ctx(0, der.seq(der.ctxPrim(7, Uint8Array.of(10, 0, 0, 0, 255)))));
    expect(check({ extensions: [{ oid: '2.5.29.30', value: ipBad }] })).toEqual(
      failure('CR-REQUEST-CSR-EXTENSION', 'x509: IP constraint contained value of length 5'),
    );
    const maskBad = der.seq(der.ctx(0, der.seq(der.ctxPrim(7, Uint8Array.of(10, 0, 0, 0, 255, 0, 255, 0)))));
    expect(check({ extensions: [{ oid: '2.5.29.30', value: maskBad }] })).toEqual(
      failure('CR-REQUEST-CSR-EXTENSION', /invalid mask ff00ff00/),
    );
    const dirName = der.seq(der.ctx(0, der.seq(der.ctx(4, der.seq()))));
    expect(check({ extensions: [{ oid: '2.5.29.30', value: dirName }] })).toEqual(
      failure('CR-REQUEST-CSR-EXTENSION', /unsupported NameConstraints tag/),
    );
    const good = der.seq(der.ctx(0, der.seq(der.ctxPrim(2, bytes('example.com')))));
    expect(check({ extensions: [{ oid: '2.5.29.30', value: good }, ext.basicConstraints(true)] }, true)).toBeUndefined();
  });

  test('CR-REQUEST-ISCA-MISMATCH: a basicConstraints cA flag must equal spec.isCA', () => {
    expect(check({ extensions: [ext.basicConstraints(true)] }, false)).toEqual(
      failure('CR-REQUEST-ISCA-MISMATCH', 'encoded CSR error: IsCA true does not match expected value false'),
    );
    expect(check({ extensions: [ext.basicConstraints(false)] }, true)).toEqual(
      failure('CR-REQUEST-ISCA-MISMATCH', 'encoded CSR error: IsCA false does not match expected value true'),
    );
    expect(check({ extensions: [ext.basicConstraints(true)] }, true)).toBeUndefined();
    expect(check({}, true)).toBeUndefined();
  });

  test('CR-REQUEST-KEYUSAGE-MISMATCH: the key-usage bits must equal the expected set (order free)', () => {
    expect(check({ extensions: [ext.keyUsage([])] })).toEqual(
      failure(
        'CR-REQUEST-KEYUSAGE-MISMATCH',
        "encoded CSR error: the KeyUsages [] do not match the expected KeyUsages [ 'digital signature', 'key encipherment' ]",
      ),
    );
    expect(check({ extensions: [DEFAULT_KU] }, false, ['key encipherment', 'signing'])).toBeUndefined();
    const ca = ext.keyUsage([KU.digitalSignature, KU.keyEncipherment, KU.certSign]);
    expect(check({ extensions: [ca, ext.basicConstraints(true)] }, true)).toBeUndefined();
    expect(check({ extensions: [DEFAULT_KU, ext.basicConstraints(true)] }, true)).toEqual(
      failure('CR-REQUEST-KEYUSAGE-MISMATCH', /expected KeyUsages \[ 'digital signature', 'key encipherment', 'cert sign' \]/),
    );
    expect(check({ extensions: [ext.extKeyUsage([EKU.server])] }, false, ['server auth'])).toBeUndefined();
    expect(check({ extensions: [ext.extKeyUsage([EKU.server])] })).toEqual(
      failure('CR-REQUEST-KEYUSAGE-MISMATCH', /the KeyUsages \[\] do not match/),
    );
  });

  test('CR-REQUEST-EXTKEYUSAGE-MISMATCH: extended usages compare in order, s/mime is email protection, unknown OIDs ignored', () => {
    const both = ext.extKeyUsage([EKU.server, EKU.client]);
    expect(check({ extensions: [both] }, false, ['server auth', 'client auth'])).toBeUndefined();
    expect(check({ extensions: [both] }, false, ['client auth', 'server auth'])).toEqual(
      failure(
        'CR-REQUEST-EXTKEYUSAGE-MISMATCH',
        "encoded CSR error: the ExtKeyUsages [ 'server auth', 'client auth' ] do not match the expected ExtKeyUsages [ 'client auth', 'server auth' ]",
      ),
    );
    const email = ext.extKeyUsage([EKU.email, '1.2.3.4']);
    expect(check({ extensions: [DEFAULT_KU, email] }, false, ['s/mime', 'digital signature', 'key encipherment'])).toBeUndefined();
    const dup = ext.extKeyUsage([EKU.server, EKU.server]);
    expect(check({ extensions: [dup] }, false, ['server auth'])).toEqual(
      failure('CR-REQUEST-EXTKEYUSAGE-MISMATCH', /ExtKeyUsages \[ 'server auth', 'server auth' \] do not match/),
    );
  });

  test('a CSR without keyUsage/extKeyUsage extensions is accepted with any usages', () => {
    expect(check({}, false, ['server auth', 'cert sign'])).toBeUndefined();
  });
});

describe('CR-REQUEST-INVALID', () => {
  test('CR-REQUEST-INVALID: reported at spec.request with the request text cut to 100 bytes', () => {
    const request = requestOf({ extensions: [ext.keyUsage([])] });
    const errs = crErrors(certificateRequest({ request }));
    expect(pairs(errs)).toEqual(['FieldValueInvalid spec.request']);
    const shown = errs[0]?.badValue as string;
    expect(shown).toHaveLength(100);
    expect(shown.startsWith('-----BEGIN CERTIFICATE REQUEST-----')).toBe(true);
    expect(shown.endsWith('...')).toBe(true);
  });

  test('CR-REQUEST-INVALID: a short request is shown whole', () => {
    const request = Buffer.from('not a pem').toString('base64');
    const errs = crErrors(certificateRequest({ request }));
    expect(errs[0]?.badValue).toBe('not a pem');
  });
});
