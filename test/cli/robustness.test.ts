import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { cli } from './harness.js';

/** YAML-ish text: fragments of manifests, YAML syntax and noise, joined in any order. */
const yamlish = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        'apiVersion: cert-manager.io/v1\n',
        'apiVersion: cert-manager.io/v1alpha2\n',
        'apiVersion: v1\n',
        'kind: Certificate\n',
        'kind: List\n',
        'kind: IssuerList\n',
        'items:\n',
        '- a\n',
        '  - {b: c}\n',
        'spec:\n',
        '  secretName: x\n',
        '  keySize: yes\n',
        '  dnsNames: [a, b\n',
        'metadata: {name: n}\n',
        '---\n',
        '...\n',
        '%YAML 1.1\n',
        'x: &a [1]\ny: *a\n',
        '<<: *a\n',
        '"unterminated\n',
        '\t\n',
        '{\n',
        ': :\n',
      ),
      fc.string({ maxLength: 20 }),
    ),
    { maxLength: 25 },
  )
  .map((parts) => parts.join(''));

describe('the CLI never crashes on arbitrary input', () => {
  test('lint: exit 0 or 1, and JSON output that parses', async () => {
    await fc.assert(
      fc.asyncProperty(yamlish, async (stdin) => {
        const r = await cli(['lint', '--format', 'json', '-'], { stdin });
        expect(r.stderr).toBe('');
        expect([0, 1]).toContain(r.code);
        const report = JSON.parse(r.stdout) as { findings: { line: number; column: number }[] };
        for (const f of report.findings) expect(f.line >= 1 && f.column >= 1).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  test('convert and default: exit 0 or 1; documents that do not change keep their text', async () => {
    await fc.assert(
      fc.asyncProperty(yamlish, async (stdin) => {
        for (const argv of [
          ['convert', '--to', 'v1', '-'],
          ['default', '-'],
          ['default', '--patch', '-'],
        ]) {
          const r = await cli(argv, { stdin });
          expect([0, 1]).toContain(r.code);
        }
        const same = await cli(['convert', '--to', 'acme.cert-manager.io/v1', '-'], { stdin });
        if (!stdin.includes('acme.')) expect(same.stdout).toBe(stdin);
      }),
      { numRuns: 200 },
    );
  });

  test('CRLF files keep CRLF line endings in the documents convert re-emits', async () => {
    const stdin = 'apiVersion: cert-manager.io/v1alpha2\r\nkind: Issuer\r\nmetadata:\r\n  name: x\r\nspec:\r\n  selfSigned: {}\r\n';
    const r = await cli(['convert', '--to', 'cert-manager.io/v1', '-'], { stdin });
    expect(r.stdout).toBe(stdin.replace('v1alpha2', 'v1'));
  });
});
