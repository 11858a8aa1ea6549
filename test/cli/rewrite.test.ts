import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { cli, ROOT } from './harness.js';

const MIXED = 'test/cli/files/mixed.yaml';
const mixed = readFileSync(join(ROOT, MIXED), 'utf8');

/** A line diff (longest common subsequence): the removed and added lines, in order. */
function lineDiff(a: string, b: string): string[] {
  const x = a.split('\n');
  const y = b.split('\n');
  const lcs = x.map(() => new Array<number>(y.length + 1).fill(0));
  lcs.push(new Array<number>(y.length + 1).fill(0));
  for (let i = x.length - 1; i >= 0; i--)
    for (let j = y.length - 1; j >= 0; j--)
      (lcs[i] as number[])[j] = x[i] === y[j] ? (lcs[i + 1]?.[j + 1] ?? 0) + 1 : Math.max(lcs[i + 1]?.[j] ?? 0, lcs[i]?.[j + 1] ?? 0);
  const out: string[] = [];
  let i = 0;
  let j = 0;
  while (i < x.length || j < y.length) {
    if (i < x.length && j < y.length && x[i] === y[j]) {
      i++;
      j++;
    } else if (i < x.length && (j >= y.length || (lcs[i + 1]?.[j] ?? 0) >= (lcs[i]?.[j + 1] ?? 0))) out.push(`-${x[i++]}`);
    else out.push(`+${y[j++]}`);
  }
  return out;
}

function tempCopy(name: string, text: string): { dir: string; file: string } {
  const dir = mkdtempSync(join(tmpdir(), 'cmapi-cli-'));
  writeFileSync(join(dir, name), text);
  return { dir, file: join(dir, name) };
}

describe('cmapi convert', () => {
  test('converts cert-manager documents and changes nothing else: comments, key order, other kinds and separators stay', async () => {
    const r = await cli(['convert', '--to', 'cert-manager.io/v1', MIXED]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(lineDiff(mixed, r.stdout)).toEqual([
      '-apiVersion: cert-manager.io/v1alpha2',
      '+apiVersion: cert-manager.io/v1',
      '-  keyAlgorithm: rsa',
      '-  keySize: 4096',
      '+  privateKey:',
      '+    algorithm: RSA',
      '+    size: 4096',
    ]);
    // The comment above the renamed fields moves with them.
    expect(r.stdout).toContain('  # RSA with a larger key\n  privateKey:\n');
  });

  test('round trip: converting back gives the original text, with the empty privateKey upstream leaves', async () => {
    const there = await cli(['convert', '--to', 'cert-manager.io/v1', MIXED]);
    const back = await cli(['convert', '--to', 'cert-manager.io/v1alpha2', '-'], { stdin: there.stdout });
    expect(back.code).toBe(0);
    // The Issuer, which was v1 to begin with, now is v1alpha2 too; `privateKey: {}` means what its absence means.
    expect(back.stdout).toContain('  # RSA with a larger key\n  privateKey: {}\n  keyAlgorithm: rsa\n  keySize: 4096\n  issuerRef:\n');
    expect(lineDiff(mixed.replace('  keyAlgorithm: rsa\n', '  privateKey: {}\n  keyAlgorithm: rsa\n'), back.stdout)).toEqual([
      '-apiVersion: cert-manager.io/v1',
      '+apiVersion: cert-manager.io/v1alpha2',
    ]);
  });

  test('a group in --to converts only that group; a bare version converts both', async () => {
    const order = 'apiVersion: acme.cert-manager.io/v1beta1\nkind: Order\nmetadata: {name: o}\nspec: {request: cmVx}\n';
    const stdin = `${order}---\n${mixed}`;
    const acme = await cli(['convert', '--to', 'acme.cert-manager.io/v1', '-'], { stdin });
    expect(lineDiff(stdin, acme.stdout)).toEqual(['-apiVersion: acme.cert-manager.io/v1beta1', '+apiVersion: acme.cert-manager.io/v1']);
    const both = await cli(['convert', '--to', 'v1', '-'], { stdin });
    expect(both.stdout).toContain('apiVersion: acme.cert-manager.io/v1\n');
    expect(both.stdout).not.toMatch(/v1(alpha2|beta1)\nkind/);
  });

  test("to v1 no preservation annotation is written unless --lossless; --lossy (deprecated) leaves them out of older versions, keeping the user's own", async () => {
    const lossy = await cli(['convert', '--to', 'cert-manager.io/v1', MIXED]);
    expect(lineDiff(mixed, lossy.stdout)).toEqual([
      '-apiVersion: cert-manager.io/v1alpha2',
      '+apiVersion: cert-manager.io/v1',
      '-  keyAlgorithm: rsa',
      '-  keySize: 4096',
      '+  privateKey:',
      '+    algorithm: RSA',
      '+    size: 4096',
    ]);
    const v1only = `apiVersion: cert-manager.io/v1
kind: Certificate
metadata:
  name: c
  annotations:
    team: web
spec:
  secretName: c-tls
  dnsNames: [c.example.com]
  renewBeforePercentage: 20
  issuerRef: {name: ca}
`;
    const kept = await cli(['convert', '--to', 'cert-manager.io/v1alpha2', '-'], { stdin: v1only });
    expect(kept.stdout).toContain('conversion.cmapi.io/v1:');
    const dropped = await cli(['convert', '--lossy', '--to', 'cert-manager.io/v1alpha2', '-'], { stdin: v1only });
    expect(dropped.stderr).toContain('--lossy is deprecated');
    expect(lineDiff(v1only, dropped.stdout)).toEqual([
      '-apiVersion: cert-manager.io/v1',
      '+apiVersion: cert-manager.io/v1alpha2',
      '-  renewBeforePercentage: 20',
    ]);
  });

  test('--lossy also cleans the items of a <Kind>List', async () => {
    const list =
      'apiVersion: cert-manager.io/v1\nkind: CertificateList\nitems:\n- apiVersion: cert-manager.io/v1\n  kind: Certificate\n  metadata: {name: c}\n  spec: {secretName: s, renewBeforePercentage: 20, issuerRef: {name: ca}}\n';
    const keep = JSON.parse((await cli(['convert', '--to', 'cert-manager.io/v1alpha2', '-o', 'json', '-'], { stdin: list })).stdout);
    expect(Object.keys(keep.items[0].items[0].metadata.annotations)).toEqual(['conversion.cmapi.io/v1']);
    const lossy = JSON.parse(
      (await cli(['convert', '--lossy', '--to', 'cert-manager.io/v1alpha2', '-o', 'json', '-'], { stdin: list })).stdout,
    );
    expect(lossy.items[0].items[0]).toEqual({
      apiVersion: 'cert-manager.io/v1alpha2',
      kind: 'Certificate',
      metadata: { name: 'c' },
      spec: { secretName: 's', issuerRef: { name: 'ca' } },
    });
  });

  test('-o json prints one v1 List of every document, converted or passed through', async () => {
    const r = await cli(['convert', '--to', 'cert-manager.io/v1beta1', '-o', 'json', MIXED]);
    const list = JSON.parse(r.stdout) as { apiVersion: string; kind: string; items: { apiVersion: string; kind: string }[] };
    expect([list.apiVersion, list.kind]).toEqual(['v1', 'List']);
    expect(list.items.map((i) => `${i.apiVersion} ${i.kind}`)).toEqual([
      'v1 Namespace',
      'cert-manager.io/v1beta1 Certificate',
      'apps/v1 Deployment',
      'cert-manager.io/v1beta1 Issuer',
    ]);
    expect(list.items[2]).toEqual({
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'web', namespace: 'apps' },
      spec: { replicas: 2 },
    });
  });

  test('--in-place rewrites files that change and leaves the others alone', async () => {
    const { dir, file } = tempCopy('mixed.yaml', mixed);
    const other = 'apiVersion: v1\nkind: ConfigMap\nmetadata:   {name: x}\n';
    writeFileSync(join(dir, 'other.yaml'), other);
    const r = await cli(['convert', '--to', 'cert-manager.io/v1', '--in-place', '.'], { cwd: dir });
    expect([r.code, r.stdout]).toEqual([0, 'wrote mixed.yaml\n']);
    expect(readFileSync(file, 'utf8')).toContain('  privateKey:\n    algorithm: RSA\n');
    expect(readFileSync(join(dir, 'other.yaml'), 'utf8')).toBe(other);
  });

  test('JSON files stay JSON, with their key order', async () => {
    const json =
      '{\n  "kind": "Issuer",\n  "apiVersion": "cert-manager.io/v1alpha3",\n  "metadata": {"name": "j"},\n  "spec": {"selfSigned": {}}\n}\n';
    const { dir } = tempCopy('issuer.json', json);
    const r = await cli(['convert', '--to', 'cert-manager.io/v1', 'issuer.json'], { cwd: dir });
    expect(JSON.parse(r.stdout)).toEqual({
      kind: 'Issuer',
      apiVersion: 'cert-manager.io/v1',
      metadata: { name: 'j' },
      spec: { selfSigned: {} },
    });
    expect(Object.keys(JSON.parse(r.stdout) as object)).toEqual(['kind', 'apiVersion', 'metadata', 'spec']);
  });

  test('what cannot be converted is reported at its line, left as it was, and exits 1', async () => {
    const stdin =
      'apiVersion: cert-manager.io/v1alpha2\nkind: CertificateList\nitems: 5\n---\napiVersion: cert-manager.io/v1alpha2\nkind: Issuer\nmetadata: {name: x}\nspec: {selfSigned: {}}\n';
    const r = await cli(['convert', '--to', 'v1', '-'], { stdin });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('<stdin>:3:1: items: items must be a list of objects\n');
    expect(lineDiff(stdin, r.stdout)).toEqual(['-apiVersion: cert-manager.io/v1alpha2', '+apiVersion: cert-manager.io/v1']);
  });

  test('usage errors exit 2: no --to, unknown group or version, --in-place with stdin or -o json', async () => {
    const cases: [string[], string][] = [
      [['convert', MIXED], '--to is required'],
      [['convert', '--to', 'example.com/v1', MIXED], 'unknown group example.com'],
      [['convert', '--to', 'cert-manager.io/v2', MIXED], 'unknown version v2'],
      [['convert', '--to', 'v1', '--in-place', '-'], 'cannot rewrite standard input'],
      [['convert', '--to', 'v1', '--in-place', '-o', 'json', MIXED], 'do not go together'],
      [['convert', '--to', 'v1', '-o', 'xml', MIXED], 'unknown --output xml'],
      [['convert', '--to', 'v1'], 'needs at least one PATH'],
    ];
    for (const [argv, message] of cases) {
      const r = await cli(argv);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.stderr).toContain(message);
    }
  });
});

describe('cmapi default', () => {
  const cert =
    '# the site\napiVersion: cert-manager.io/v1\nkind: Certificate\nmetadata:\n  name: web # web\nspec:\n  secretName: web-tls\n  dnsNames: [web.example.com]\n  issuerRef:\n    name: ca\n';

  test('prints the defaulted documents with their comments; other kinds unchanged', async () => {
    const stdin = `${cert}---\n${mixed}`;
    const r = await cli(['default', '-'], { stdin });
    expect(r.code).toBe(0);
    expect(lineDiff(stdin, r.stdout)).toEqual([
      '+    kind: Issuer',
      '+    group: cert-manager.io',
      '+  privateKey:',
      '+    rotationPolicy: Always',
      // The v1alpha2 Certificate of the mixed file gets the scheme and runtime defaults in its own shape.
      '+    group: cert-manager.io',
      '+  privateKey:',
      '+    rotationPolicy: Always',
    ]);
  });

  test('--patch prints the JSON Patch of each cert-manager document; core List items get /items/N paths', async () => {
    const list =
      'apiVersion: v1\nkind: List\nitems:\n- apiVersion: v1\n  kind: Secret\n  metadata: {name: s}\n- apiVersion: cert-manager.io/v1\n  kind: CertificateRequest\n  metadata: {name: r}\n  spec:\n    request: cmVx\n    issuerRef: {name: ca, kind: Issuer}\n';
    const r = await cli(['default', '--patch', '-'], { stdin: `${cert}---\n${list}---\n${mixed}` });
    expect(r.code).toBe(0);
    const patches = JSON.parse(r.stdout) as {
      document: number;
      line: number;
      kind: string;
      name: string;
      patch: { op: string; path: string }[];
    }[];
    expect(patches.map((p) => [p.document, p.line, p.kind, p.name, p.patch.map((o) => `${o.op} ${o.path}`)])).toEqual([
      [1, 2, 'Certificate', 'web', ['add /spec/issuerRef/kind', 'add /spec/issuerRef/group', 'add /spec/privateKey']],
      [2, 12, 'List', '', ['add /items/1/spec/issuerRef/group']],
      [4, 31, 'Certificate', 'web', ['add /spec/issuerRef/group', 'add /spec/privateKey']],
      [6, 58, 'Issuer', 'selfsigned', []],
    ]);
  });

  test('--in-place writes the defaulted documents back, with their comments', async () => {
    const { dir, file } = tempCopy('cert.yaml', cert);
    const r = await cli(['default', '--in-place', 'cert.yaml'], { cwd: dir });
    expect([r.code, r.stdout, r.stderr]).toEqual([0, 'wrote cert.yaml\n', '']);
    expect(lineDiff(cert, readFileSync(file, 'utf8'))).toEqual([
      '+    kind: Issuer',
      '+    group: cert-manager.io',
      '+  privateKey:',
      '+    rotationPolicy: Always',
    ]);
    // Defaulting twice changes nothing more.
    await cli(['default', '--in-place', 'cert.yaml'], { cwd: dir });
    expect(lineDiff(cert, readFileSync(file, 'utf8'))).toHaveLength(4);
  });

  test('-o json and usage errors', async () => {
    const r = await cli(['default', '-o', 'json', '-'], { stdin: cert });
    const list = JSON.parse(r.stdout) as { items: { spec: { issuerRef: object } }[] };
    expect(list.items[0]?.spec.issuerRef).toEqual({ name: 'ca', kind: 'Issuer', group: 'cert-manager.io' });
    expect((await cli(['default', '--patch', '--in-place', MIXED])).code).toBe(2);
    expect((await cli(['default', '--patch', '-o', 'json', MIXED])).code).toBe(2);
  });
});
