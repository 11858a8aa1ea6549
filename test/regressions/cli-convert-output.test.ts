/**
 * `cmapi convert` output users commit (issue 14 §1b, §3). What broke: upgrading a plain
 * v1alpha2 manifest to v1 wrote cmapi's internal `conversion.cmapi.io/v1alpha2` annotation into
 * it; a renamed key lost the comment on its line, a flow sequence (`[a, b]`) under a renamed key
 * was re-emitted in block style, and renamed keys moved to the end of their map.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { convertWith } from '../../src/conversion/convert.js';
import { cli } from '../cli/harness.js';

type Case = { name: string; object: Record<string, unknown>; toApiVersion: string; expect: { object: unknown } };
const vectors = (
  JSON.parse(readFileSync(new URL('../../fixtures/vectors/conversion.json', import.meta.url), 'utf8')) as { cases: Case[] }
).cases.filter((c) => c.toApiVersion.endsWith('/v1'));

describe('issue 14 §1b: convert to v1 gives upstream’s output, no annotation', () => {
  test.each(vectors.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const r = convertWith(structuredClone(c.object), c.toApiVersion, { preserve: false });
    expect(r.errors).toEqual([]);
    expect(r.object).toEqual(c.expect.object);
  });
  test('the CLI prints exactly the vectors’ expected objects', async () => {
    const stdin = JSON.stringify({ apiVersion: 'v1', kind: 'List', items: vectors.map((c) => c.object) });
    const r = await cli(['convert', '--to', 'v1', '-o', 'json', '-'], { stdin });
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as { items: { items: unknown[] }[] }).items[0]?.items).toEqual(vectors.map((c) => c.expect.object));
  });
  const plain = `apiVersion: cert-manager.io/v1alpha2
kind: Certificate
metadata:
  name: web
spec:
  secretName: web-tls
  organization: [Example]
  keyAlgorithm: RSA
  keySize: 2048
  issuerRef:
    name: ca
`;
  test('a plain v1alpha2 Certificate upgrades without annotation; --lossless adds one only where a value would change', async () => {
    const r = await cli(['convert', '--to', 'cert-manager.io/v1', '-'], { stdin: plain });
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(r.stdout).not.toContain('conversion.cmapi.io');
    // keyAlgorithm: RSA would come back as rsa: --lossless keeps the spelling, and nothing else.
    const lossless = await cli(['convert', '--lossless', '--to', 'cert-manager.io/v1', '-'], { stdin: plain });
    expect(lossless.stdout).toContain(
      `conversion.cmapi.io/v1alpha2: '{"from":"v1","patch":[{"op":"replace","path":"/spec/keyAlgorithm","value":"RSA"}]}'`,
    );
    const withoutChange = plain.replace('keyAlgorithm: RSA', 'keyAlgorithm: rsa');
    const none = await cli(['convert', '--lossless', '--to', 'cert-manager.io/v1', '-'], { stdin: withoutChange });
    expect(none.stdout).not.toContain('conversion.cmapi.io');
  });
  test('--lossless and --lossy together are a usage error', async () => {
    const r = await cli(['convert', '--lossless', '--lossy', '--to', 'v1', '-'], { stdin: plain });
    expect(r.code).toBe(2);
  });
});

describe('issue 14 §3: a renamed key keeps its comment, its flow style and its place', () => {
  const v1alpha3 = `apiVersion: cert-manager.io/v1alpha3
kind: Certificate
metadata:
  name: c
spec:
  secretName: s
  # who to mail
  emailSANs: [a@example.com, b@example.com] # the team
  dnsNames:
    - x.example.com
  uriSANs:
    - urn:a # first
  issuerRef:
    name: ca
`;
  test('YAML', async () => {
    const r = await cli(['convert', '--to', 'v1', '-'], { stdin: v1alpha3 });
    expect(r.stdout).toBe(
      v1alpha3
        .replace('v1alpha3', 'v1')
        .replace('emailSANs: [a@example.com, b@example.com] # the team', 'emailAddresses: [a@example.com, b@example.com] # the team')
        .replace('uriSANs:', 'uris:'),
    );
  });
  test('JSON: a renamed key stays where the old one stood', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cmapi-rename-'));
    const json =
      '{"apiVersion": "cert-manager.io/v1beta1", "kind": "Certificate", "metadata": {"name": "c"},\n "spec": {"emailSANs": ["a@example.com"], "secretName": "s"}}\n';
    writeFileSync(join(dir, 'c.json'), json);
    const r = await cli(['convert', '--to', 'v1', 'c.json'], { cwd: dir });
    expect(Object.keys((JSON.parse(r.stdout) as { spec: object }).spec)).toEqual(['emailAddresses', 'secretName']);
  });
  test('a key whose value also changed goes where the old keys stood, after the map it came out of otherwise', async () => {
    const back = await cli(['convert', '--to', 'v1alpha2', '-'], {
      stdin:
        'apiVersion: cert-manager.io/v1\nkind: Certificate\nmetadata: {name: c}\nspec:\n  privateKey:\n    size: 4096\n  issuerRef: {name: ca}\n',
    });
    expect(back.stdout).toContain('spec:\n  privateKey: {}\n  keySize: 4096\n  issuerRef: {name: ca}\n');
  });
});
