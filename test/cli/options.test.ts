import { describe, expect, test } from 'vitest';
import { cli, lintJson } from './harness.js';

const issuer = (spec: string) => `apiVersion: cert-manager.io/v1\nkind: Issuer\nmetadata: {name: i}\nspec: ${spec}\n`;
const literalSubject = `apiVersion: cert-manager.io/v1
kind: Certificate
metadata: {name: c}
spec:
  secretName: c-tls
  literalSubject: CN=c.example.com
  issuerRef: {name: ca}
`;

describe('help and version', () => {
  test.each(['lint', 'convert', 'default'])('cmapi %s --help prints its usage and exits 0', async (command) => {
    for (const flag of ['--help', '-h']) {
      const r = await cli([command, flag]);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(new RegExp(`^Usage: cmapi ${command} `));
      expect(r.stdout).toContain('Exit codes:');
    }
  });

  test('cmapi --help lists every command; --version prints the version', async () => {
    const r = await cli(['--help']);
    expect(r.code).toBe(0);
    for (const c of ['lint', 'convert', 'default']) expect(r.stdout).toMatch(new RegExp(`^ {2}${c} +\\S`, 'm'));
    expect(await cli(['--version'])).toEqual({ code: 0, stdout: '9.9.9\n', stderr: '' });
    expect((await cli(['-v'])).stdout).toBe('9.9.9\n');
  });

  test('no command is a usage error (help on stderr); so are unknown commands', async () => {
    const none = await cli([]);
    expect([none.code, none.stdout]).toEqual([2, '']);
    expect(none.stderr).toContain('Usage: cmapi');
    const unknown = await cli(['toString']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown command "toString"');
  });
});

describe('lint options', () => {
  test('exit codes: 0 clean, 1 errors, 2 usage or I/O error', async () => {
    expect((await cli(['lint', '-'], { stdin: issuer('{selfSigned: {}}') })).code).toBe(0);
    expect((await cli(['lint', '-'], { stdin: issuer('{}') })).code).toBe(1);
    expect((await cli(['lint', 'no/such/dir'])).code).toBe(2);
    expect((await cli(['lint'])).stderr).toContain('needs at least one PATH');
    expect((await cli(['lint', '--format', 'xml', '-'])).stderr).toContain(
      'unknown --format xml; use one of: text, json, sarif, junit, github',
    );
  });

  test('--feature-gates switches webhook gates; unknown gates and values are usage errors', async () => {
    const on = await lintJson(['-'], { stdin: literalSubject });
    expect(on.report.findings).toEqual([]);
    const off = await lintJson(['--feature-gates', 'LiteralCertificateSubject=false', '-'], { stdin: literalSubject });
    expect(off.report.findings.map((f) => [f.type, f.field, f.line])).toEqual([['FieldValueForbidden', 'spec.literalSubject', 6]]);
    for (const bad of ['Nope=true', 'OtherNames=maybe', 'OtherNames', 'OtherNames=true=false']) {
      const r = await cli(['lint', '--feature-gates', bad, '-'], { stdin: literalSubject });
      expect(r.code, bad).toBe(2);
    }
    expect((await cli(['lint', '--feature-gates', 'Nope=true', '-'])).stderr).toContain('known gates: LiteralCertificateSubject');
  });

  test('--allow-unknown-fields turns unknown fields into warnings; --max-warnings N fails past N warnings', async () => {
    const stdin = issuer('{selfSigned: {}, selfsigned: {}}');
    const strict = await lintJson(['-'], { stdin });
    expect(strict.code).toBe(1);
    expect(strict.report.findings.map((f) => [f.severity, f.type, f.field])).toEqual([['error', 'FieldValueUnknown', 'spec.selfsigned']]);
    const lenient = await lintJson(['--allow-unknown-fields', '-'], { stdin });
    expect(lenient.code).toBe(0);
    expect(lenient.report.findings.map((f) => [f.severity, f.type])).toEqual([['warning', 'FieldValueUnknown']]);
    expect((await cli(['lint', '--allow-unknown-fields', '--max-warnings', '1', '-'], { stdin })).code).toBe(0);
    expect((await cli(['lint', '--allow-unknown-fields', '--max-warnings', '0', '-'], { stdin })).code).toBe(1);
    expect((await cli(['lint', '--max-warnings', 'lots', '-'], { stdin })).code).toBe(2);
  });

  test('webhook warnings (WARN-ACME-EAB-KEYALGORITHM) are warnings at the start of the object', async () => {
    const stdin = `# an ACME issuer
apiVersion: cert-manager.io/v1
kind: Issuer
metadata: {name: acme}
spec:
  acme:
    server: https://acme.example.com/directory
    privateKeySecretRef: {name: acme-key}
    externalAccountBinding:
      keyID: kid
      keySecretRef: {name: eab, key: secret}
      keyAlgorithm: HS256
    solvers: [{http01: {ingress: {}}}]
`;
    const { code, report } = await lintJson(['-'], { stdin });
    expect(code).toBe(0);
    expect(report.findings.map((f) => [f.severity, f.type, f.line, f.column])).toEqual([['warning', 'Warning', 2, 1]]);
    expect(report.findings[0]?.message).toContain('externalAccount.keyAlgorithm');
    expect((await cli(['lint', '--max-warnings', '0', '-'], { stdin })).code).toBe(1);
  });
});
