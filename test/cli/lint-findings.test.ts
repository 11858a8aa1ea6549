import { describe, expect, test } from 'vitest';
import { cli, lintJson } from './harness.js';

const at = (r: Awaited<ReturnType<typeof lintJson>>) =>
  r.report.findings.map((f) => `${f.line}:${f.column} ${f.severity} ${f.rule ?? f.type} ${f.field}`);

describe('API-VERSION-NOT-SERVED (issue 11 point 3)', () => {
  test('an error at the apiVersion line with the conversion command for its group and file; the object is still checked', async () => {
    const text = `apiVersion: cert-manager.io/v1alpha3
kind: Issuer
metadata: {name: c}
spec: {selfSigned: {}, bogus: 1}
---
apiVersion: v1
kind: List
items:
  - apiVersion: acme.cert-manager.io/v1beta1
    kind: Challenge
    metadata: {name: i}
`;
    const r = await lintJson(['-'], { stdin: text });
    expect(r.code).toBe(1);
    expect(at(r).slice(0, 2)).toEqual(['1:1 error API-VERSION-NOT-SERVED apiVersion', '4:24 error FieldValueUnknown spec.bogus']);
    // The Challenge's other problems (its missing spec) are reported beside it.
    expect(at(r).slice(2).sort()).toEqual([
      '9:5 error API-VERSION-NOT-SERVED items[0].apiVersion',
      '9:5 error FieldValueRequired items[0].spec',
    ]);
    const notServed = r.report.findings.filter((f) => f.rule === 'API-VERSION-NOT-SERVED').map((f) => f.message);
    expect(notServed[0]).toMatch(/Fix: cmapi convert --to cert-manager\.io\/v1 -$/);
    expect(notServed[1]).toMatch(/Fix: cmapi convert --to acme\.cert-manager\.io\/v1 -$/);
  });

  test('the file name in the fix is the linted file, quoted for the shell when it needs to be', async () => {
    const r = await lintJson(['fixtures/repo/legacy/old-certificate.yaml']);
    expect(r.report.findings[0]?.message).toContain('Fix: cmapi convert --to cert-manager.io/v1 fixtures/repo/legacy/old-certificate.yaml');
  });
});

describe('OBJECT-TYPE-META and files without Kubernetes objects (issue 11 point 7)', () => {
  test('kind without apiVersion, or apiVersion without kind, is an error at the one present', async () => {
    const r = await lintJson(['-'], {
      stdin: 'kind: Certificate\nmetadata: {name: a}\n---\napiVersion: cert-manager.io/v1\nmetadata: {name: b}\n',
    });
    expect(at(r)).toEqual(['1:1 error OBJECT-TYPE-META apiVersion', '4:1 error OBJECT-TYPE-META kind']);
  });

  test('a workflow, a compose file and Helm values are skipped silently: no YAML 1.1 warnings without apiVersion and kind', async () => {
    const workflow = 'name: ci\non:\n  push: {}\njobs:\n  t:\n    runs-on: ubuntu-latest\n';
    const r = await lintJson(['-'], { stdin: workflow });
    expect(r.report.findings).toEqual([]);
    expect(r.report.summary.skippedFiles).toEqual({ 'no-objects': 1 });
    // The same YAML 1.1 value in a Kubernetes object is still warned about.
    const k8s = await lintJson(['-'], { stdin: 'apiVersion: v1\nkind: ConfigMap\ndata:\n  debug: yes\n' });
    expect(at(k8s)).toEqual(['4:10 warning YamlWarning ']);
    // Syntax errors are reported whatever the file is.
    expect(at(await lintJson(['-'], { stdin: 'a: [\n' }))[0]).toMatch(/ error SyntaxError $/);
  });
});

describe('--cert-manager-version (issue 12)', () => {
  test('the release reaches validate: nameConstraints is refused by v1.16 (CERT-NAMECONSTRAINTS-GATE) and accepted by v1.17 without gates', async () => {
    const text = `apiVersion: cert-manager.io/v1
kind: Certificate
metadata: {name: a}
spec:
  secretName: a
  dnsNames: [a.example.com]
  issuerRef: {name: ca}
  isCA: true
  nameConstraints:
    permitted: {dnsDomains: [example.com]}
`;
    const old = await lintJson(['--cert-manager-version', 'v1.16', '-'], { stdin: text });
    expect(old.code).toBe(1);
    expect(old.report.findings.map((f) => `${f.rule} ${f.field}`)).toEqual(['CERT-NAMECONSTRAINTS-GATE spec.nameConstraints']);
    const now = await lintJson(['--cert-manager-version', '1.17.2', '-'], { stdin: text });
    expect(now.report.findings).toEqual([]);
    expect(now.report.summary.certManagerVersion).toBe('v1.17');
  });

  test('an unknown release is a usage error listing the supported ones; SARIF carries the release in the run properties', async () => {
    const bad = await cli(['lint', '--cert-manager-version', 'v1.5', '-'], { stdin: '' });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain(
      'unknown cert-manager release "v1.5"; supported: v1.12, v1.13, v1.14, v1.15, v1.16, v1.17, v1.18, v1.19, v1.20, v1.21, master',
    );
    const sarif = await cli(['lint', '--format', 'sarif', '--cert-manager-version', 'v1.14', '-'], { stdin: 'a: 1\n' });
    expect(JSON.parse(sarif.stdout).runs[0].properties).toEqual({ certManagerVersion: 'v1.14', skippedFiles: { 'no-objects': 1 } });
  });
});

describe('PRESERVATION-RECORD-IGNORED (issue 15 item 6): a record conversion would ignore is reported at its key', () => {
  test('a forged record that would rewrite status, and a stale one, are warnings at their annotation keys', async () => {
    const forged = JSON.stringify({
      from: 'v1',
      patch: [{ op: 'add', path: '/status', value: { conditions: [{ type: 'Ready', status: 'True' }] } }],
    });
    const stale = JSON.stringify({ from: 'v1alpha2', patch: [] });
    const text = `apiVersion: cert-manager.io/v1
kind: Certificate
metadata:
  name: web
  annotations:
    conversion.cmapi.io/v1alpha2: '${forged}'
    conversion.cmapi.io/v1: '${stale}'
spec:
  secretName: web-tls
  issuerRef: {name: ca}
  dnsNames: [example.com]
`;
    const r = await lintJson(['-'], { stdin: text });
    const records = r.report.findings.filter((f) => f.rule === 'PRESERVATION-RECORD-IGNORED');
    expect(records.map((f) => `${f.line}:${f.column} ${f.severity} ${f.field}`)).toEqual([
      '6:5 warning metadata.annotations[conversion.cmapi.io/v1alpha2]',
      '7:5 warning metadata.annotations[conversion.cmapi.io/v1]',
    ]);
    expect(records[1]?.message).toContain('stale');
  });

  test('a record conversion itself wrote is not reported', async () => {
    const { convert } = await import('../../src/index.js');
    const old = {
      apiVersion: 'cert-manager.io/v1alpha2',
      kind: 'Certificate',
      metadata: { name: 'web' },
      spec: {
        secretName: 'web-tls',
        issuerRef: { name: 'ca' },
        dnsNames: ['example.com'],
        keyAlgorithm: 'rsa',
        keySize: 2048,
        keyEncoding: 'pkcs1',
      },
    };
    const v1 = convert(old, 'cert-manager.io/v1').object;
    const r = await lintJson(['-'], { stdin: JSON.stringify(v1) });
    expect(r.report.findings.filter((f) => f.rule === 'PRESERVATION-RECORD-IGNORED')).toEqual([]);
  });
});
