import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { cli, lintJson } from './harness.js';

function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'cmapi-config-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

/** A Certificate with a 1024-bit RSA key (CERT-PRIVATEKEY-RSA-SIZE at 9:5) and an unknown field (FieldValueUnknown at 10:3). */
const CERT = `apiVersion: cert-manager.io/v1
kind: Certificate
metadata: {name: web}
spec:
  secretName: web-tls
  dnsNames: [web.example.com]
  issuerRef: {name: ca}
  privateKey:
    size: 1024
  bogus: 1
`;
const at = (r: Awaited<ReturnType<typeof lintJson>>) =>
  r.report.findings.map((f) => `${f.line}:${f.column} ${f.severity} ${f.rule ?? f.type}`);

describe('configuration file (issue 11 point 5)', () => {
  test('.cmapi.yaml found from the working directory upward: rule severities (off/warn/error), excludes relative to it, format', async () => {
    const dir = tree({
      '.cmapi.yaml': 'rules:\n  CERT-PRIVATEKEY-RSA-SIZE: warn\n  FieldValueUnknown: off\nexclude: [vendor/**]\n',
      'app/cert.yaml': CERT,
      'vendor/cert.yaml': CERT,
    });
    const r = await lintJson(['.'], { cwd: dir });
    expect(at(r)).toEqual(['9:5 warning CERT-PRIVATEKEY-RSA-SIZE']);
    expect(r.code).toBe(0);
    // From a subdirectory, the same file applies; its excludes stay relative to it.
    const sub = await lintJson(['..'], { cwd: join(dir, 'app') });
    expect([...new Set(sub.report.findings.map((f) => f.file))]).toEqual(['cert.yaml']);
    const fmt = tree({ '.cmapi.yaml': 'format: github\n', 'a.yaml': CERT });
    expect((await cli(['lint', 'a.yaml'], { cwd: fmt })).stdout).toMatch(/^::error file=a.yaml,line=9,col=5,/);
  });

  test('the cmapi key of package.json; allowUnknownFields, featureGates and certManagerVersion', async () => {
    const dir = tree({
      'package.json': JSON.stringify({
        name: 'x',
        cmapi: { allowUnknownFields: true, certManagerVersion: 'v1.14', featureGates: { OtherNames: true } },
      }),
      'a.yaml': CERT,
    });
    const r = await lintJson(['a.yaml'], { cwd: dir });
    expect(at(r)).toEqual(['9:5 error CERT-PRIVATEKEY-RSA-SIZE', '10:3 warning FieldValueUnknown']);
    expect(r.report.summary.certManagerVersion).toBe('v1.14');
    // The flag wins over the file.
    expect((await lintJson(['--cert-manager-version', 'master', 'a.yaml'], { cwd: dir })).report.summary.certManagerVersion).toBe('master');
  });

  test('--config FILE and --no-config', async () => {
    const dir = tree({
      '.cmapi.yaml': 'rules: {CERT-PRIVATEKEY-RSA-SIZE: off}\n',
      'strict.yaml': 'rules: {FieldValueUnknown: off}\n',
      'a.yaml': CERT,
    });
    expect(at(await lintJson(['a.yaml'], { cwd: dir }))).toEqual(['10:3 error FieldValueUnknown']);
    expect(at(await lintJson(['--config', 'strict.yaml', 'a.yaml'], { cwd: dir }))).toEqual(['9:5 error CERT-PRIVATEKEY-RSA-SIZE']);
    expect(at(await lintJson(['--no-config', 'a.yaml'], { cwd: dir }))).toEqual([
      '9:5 error CERT-PRIVATEKEY-RSA-SIZE',
      '10:3 error FieldValueUnknown',
    ]);
  });

  test('mistakes in the file are usage errors naming the file and the setting', async () => {
    const dir = tree({ '.cmapi.yaml': 'rulez: {}\n', 'a.yaml': CERT });
    const r = await cli(['lint', 'a.yaml'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown setting "rulez"; did you mean "rules"?');
    const bad = tree({ '.cmapi.yaml': 'rules: {X: loud}\ncertManagerVersion: v1.9\n', 'a.yaml': CERT });
    expect((await cli(['lint', 'a.yaml'], { cwd: bad })).stderr).toContain('rules.X must be off, warn or error');
    const release = tree({ '.cmapi.yaml': 'certManagerVersion: v1.9\n', 'a.yaml': CERT });
    const rr = await cli(['lint', 'a.yaml'], { cwd: release });
    expect(rr.code).toBe(2);
    expect(rr.stderr).toContain('supported: v1.12, v1.13');
  });
});
