// Regression: the schema's `byte` format checked base64 with a regular expression that
// overflowed the stack on values of 4.5 MB and more, so a valid 5.4 MB caBundle got an
// internal error (HTTP 500 from the webhook) instead of an answer (issue 15, item 5).
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { decodeStdBase64 } from '../../src/go/encoding/base64.js';
import { validate } from '../../src/index.js';
import { isBase64 } from '../../src/schema/ajv-runtime.js';

const pem = readFileSync(new URL('../go/x509/fixtures/ec-p256-ca.pem', import.meta.url), 'utf8');
/** A CA bundle of more than 5 MB: the same certificate, repeated. */
const bigBundle = Buffer.from(pem.repeat(Math.ceil((4 * 1024 * 1024) / pem.length))).toString('base64');

describe('base64 of several megabytes', () => {
  test('a valid caBundle of more than 5 MB is accepted, schema check on', () => {
    expect(bigBundle.length).toBeGreaterThan(5 * 1024 * 1024);
    const issuer = {
      apiVersion: 'cert-manager.io/v1',
      kind: 'Issuer',
      metadata: { name: 'i', namespace: 'ns' },
      spec: { acme: { server: 'https://acme.example.com/dir', privateKeySecretRef: { name: 'k' }, caBundle: bigBundle, solvers: [] } },
    };
    expect(validate(issuer).errors).toEqual([]);
  });

  test('the byte format decides on large values without a regular expression', () => {
    expect(isBase64(bigBundle)).toBe(true);
    expect(isBase64(`${bigBundle.slice(0, -4)}A=A=`)).toBe(false);
    expect(isBase64(`${bigBundle}A`)).toBe(false);
  });

  test('decodeStdBase64 follows Go StdEncoding: CR/LF skipped, padding required', () => {
    expect(Array.from(decodeStdBase64('QUJD\r\nRA==') ?? [])).toEqual([65, 66, 67, 68]);
    expect(Array.from(decodeStdBase64('QUI=') ?? [])).toEqual([65, 66]);
    expect(Array.from(decodeStdBase64('QR==') ?? [])).toEqual([65]); // stray low bits are ignored
    for (const bad of ['QUI', 'Q===', 'QU=I', 'QUI=QUI=', 'QU==\nA', 'QU=', 'é===']) expect(decodeStdBase64(bad), bad).toBeUndefined();
    expect(decodeStdBase64('')?.length).toBe(0);
  });
});
