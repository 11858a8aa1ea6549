import { describe, expect, test } from 'vitest';
import { lintJson } from './harness.js';

const at = (r: Awaited<ReturnType<typeof lintJson>>) =>
  r.report.findings.map((f) => `${f.line}:${f.column} ${f.severity} ${f.rule ?? f.type}`);

describe('suppression comments (issue 11 point 6)', () => {
  test('cmapi-disable-next-line RULE[, RULE] -- reason suppresses findings of those rules on the next line only', async () => {
    const text = `apiVersion: cert-manager.io/v1
kind: Certificate
metadata: {name: a}
spec:
  secretName: a
  dnsNames: [a.example.com]
  issuerRef: {name: ca}
  privateKey:
    # cmapi-disable-next-line CERT-PRIVATEKEY-RSA-SIZE, FieldValueUnknown -- a legacy client needs it
    size: 1024
  bogus: 1
`;
    const r = await lintJson(['-'], { stdin: text });
    expect(at(r)).toEqual(['11:3 error FieldValueUnknown']);
  });

  test('cmapi-disable RULE applies to its whole document and no other', async () => {
    const doc = 'apiVersion: cert-manager.io/v1\nkind: Issuer\nmetadata: {name: a}\nspec: {selfSigned: {}, x1: 1, x2: 2}\n';
    const r = await lintJson(['-'], { stdin: `# cmapi-disable FieldValueUnknown\n${doc}---\n${doc}` });
    expect(at(r)).toEqual(['10:24 error FieldValueUnknown', '10:31 error FieldValueUnknown']);
  });

  test('UNUSED-SUPPRESSION: a suppression that suppresses nothing is a warning at the comment', async () => {
    const text =
      'apiVersion: cert-manager.io/v1\nkind: Issuer\nmetadata:\n  # cmapi-disable-next-line ISS-TYPE-REQUIRED -- not needed\n  name: a\nspec: {selfSigned: {}}\n';
    const r = await lintJson(['-'], { stdin: text });
    expect(at(r)).toEqual(['4:3 warning UNUSED-SUPPRESSION']);
    expect(r.code).toBe(0);
  });
});
