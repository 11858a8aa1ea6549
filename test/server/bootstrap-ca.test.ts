/**
 * deploy/bootstrap-ca.mjs (issue 14 item 11): the one command that creates the CA Secret and
 * fills every caBundle, the CRD conversion stanza included. Run offline against a stand-in for
 * kubectl that keeps the objects of deploy/ and a set of CRDs in a JSON file and applies the
 * script's `apply` and `patch` calls to them; the results are checked against the Kubernetes
 * schemas and against what `cmapi serve` accepts as a shared CA.
 */
import { spawnSync } from 'node:child_process';
import { createPrivateKey, X509Certificate } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { loadCa } from '../../src/server/tls/pki.js';
import { type Manifest, schemaErrors } from './k8s-schema.js';

const SCRIPT = new URL('../../deploy/bootstrap-ca.mjs', import.meta.url).pathname;
const DEPLOY = new URL('../../deploy/', import.meta.url);
const dir = mkdtempSync(join(tmpdir(), 'cmapi-bootstrap-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The stand-in kubectl: get -o json, apply -f - (JSON on stdin), patch --type json|merge -p. */
const FAKE = `
const fs = require('node:fs');
const args = process.argv.slice(2);
const file = process.env.FAKE_KUBE_STATE;
const state = JSON.parse(fs.readFileSync(file, 'utf8'));
fs.appendFileSync(file + '.log', JSON.stringify(args) + '\\n');
let ns = '';
const rest = [];
for (let i = 0; i < args.length; i++) if (args[i] === '-n') ns = args[++i]; else rest.push(args[i]);
const key = (kind, name) => kind.toLowerCase() + '/' + (kind.toLowerCase() === 'secret' ? ns : '') + '/' + name;
const save = () => fs.writeFileSync(file, JSON.stringify(state));
const merge = (t, p) => { if (p === null || typeof p !== 'object' || Array.isArray(p)) return p; const o = t && typeof t === 'object' && !Array.isArray(t) ? { ...t } : {}; for (const [k, v] of Object.entries(p)) { if (v === null) delete o[k]; else o[k] = merge(o[k], v); } return o; };
const [verb, kind, name] = rest;
if (verb === 'get') {
  const obj = state[key(kind, name)];
  if (!obj) { process.stderr.write('Error from server (NotFound): ' + kind + ' "' + name + '" not found'); process.exit(1); }
  process.stdout.write(JSON.stringify(obj));
} else if (verb === 'apply') {
  const obj = JSON.parse(fs.readFileSync(0, 'utf8'));
  if (!ns) ns = obj.metadata.namespace ?? '';
  state[key(obj.kind, obj.metadata.name)] = obj; save();
} else if (verb === 'patch') {
  const k = key(kind, name);
  if (!state[k]) { process.stderr.write('Error from server (NotFound)'); process.exit(1); }
  const type = rest[rest.indexOf('--type') + 1];
  const patch = JSON.parse(rest[rest.indexOf('-p') + 1]);
  if (type === 'merge') state[k] = merge(state[k], patch);
  else for (const op of patch) { if (op.op !== 'add') process.exit(3); const parts = op.path.split('/').slice(1); let o = state[k]; for (const p of parts.slice(0, -1)) o = o[p]; o[parts.at(-1)] = op.value; }
  save();
} else process.exit(4);
`;
const fake = join(dir, 'kubectl.cjs');
writeFileSync(fake, `#!${process.execPath}\n${FAKE}`, { mode: 0o755 });

const schema = { openAPIV3Schema: { type: 'object', 'x-kubernetes-preserve-unknown-fields': true } };
function crd(plural: string, group: string, kind: string, versions: string[]): Manifest {
  return {
    apiVersion: 'apiextensions.k8s.io/v1',
    kind: 'CustomResourceDefinition',
    metadata: { name: `${plural}.${group}` },
    spec: {
      group,
      names: { kind, plural, singular: kind.toLowerCase(), listKind: `${kind}List` },
      scope: 'Namespaced',
      versions: versions.map((name, i) => ({ name, served: true, storage: i === versions.length - 1, schema })),
    },
  };
}
const CRDS = [
  crd('certificates', 'cert-manager.io', 'Certificate', ['v1alpha2', 'v1alpha3', 'v1beta1', 'v1']),
  crd('certificaterequests', 'cert-manager.io', 'CertificateRequest', ['v1']),
  crd('issuers', 'cert-manager.io', 'Issuer', ['v1beta1', 'v1']),
  crd('clusterissuers', 'cert-manager.io', 'ClusterIssuer', ['v1']),
  crd('orders', 'acme.cert-manager.io', 'Order', ['v1']),
  crd('challenges', 'acme.cert-manager.io', 'Challenge', ['v1alpha2', 'v1']),
];

function cluster(withWebhooks = true): string {
  const state: Record<string, Manifest> = {};
  if (withWebhooks) {
    for (const f of ['validatingwebhookconfiguration.yaml', 'mutatingwebhookconfiguration.yaml']) {
      const o = parse(readFileSync(new URL(f, DEPLOY), 'utf8')) as Manifest;
      state[`${o.kind.toLowerCase()}//${o.metadata.name}`] = o;
    }
  }
  for (const c of CRDS) state[`customresourcedefinition//${c.metadata.name}`] = c;
  const file = join(dir, `state-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, JSON.stringify(state));
  return file;
}

function run(stateFile: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [SCRIPT, '--kubectl', fake, ...args], {
    encoding: 'utf8',
    env: { ...process.env, FAKE_KUBE_STATE: stateFile },
  });
  const state = JSON.parse(readFileSync(stateFile, 'utf8')) as Record<string, Manifest>;
  return {
    ...r,
    state,
    calls: readFileSync(`${stateFile}.log`, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as string[]),
  };
}

const get = (v: unknown, ...keys: Array<string | number>): unknown =>
  keys.reduce<unknown>((cur, k) => (cur !== null && typeof cur === 'object' ? (cur as Record<string, unknown>)[k] : undefined), v);
/** The PEM certificate text stored in the CA Secret. */
const secretCert = (state: Record<string, Manifest>): string =>
  Buffer.from(String(get(state['secret/cmapi/cmapi-webhook-ca'], 'data', 'tls.crt') ?? ''), 'base64').toString('utf8');
const pems = (text: string) => text.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ?? [];

describe('deploy/bootstrap-ca.mjs', () => {
  const stateFile = cluster();
  const first = run(stateFile);

  test('creates a CA Secret that cmapi serve accepts as its shared CA', async () => {
    expect(first.stderr).toContain('created the CA Secret cmapi/cmapi-webhook-ca');
    expect(first.status).toBe(0);
    const secret = first.state['secret/cmapi/cmapi-webhook-ca'] as Manifest & { type: string; data: Record<string, string> };
    expect(secret).toBeDefined();
    expect(await schemaErrors(secret)).toBe('');
    expect(secret.type).toBe('kubernetes.io/tls');
    const cert = Buffer.from(secret.data['tls.crt'] ?? '', 'base64').toString('utf8');
    const key = Buffer.from(secret.data['tls.key'] ?? '', 'base64').toString('utf8');
    expect(Buffer.from(secret.data['ca.crt'] ?? '', 'base64').toString('utf8')).toBe(cert);
    const x = new X509Certificate(cert);
    expect(x.ca).toBe(true);
    expect(x.checkPrivateKey(createPrivateKey(key))).toBe(true);
    expect(x.publicKey.asymmetricKeyDetails?.namedCurve).toBe('secp384r1');
    expect(new Date(x.validTo).getTime() - Date.now()).toBeGreaterThan(364 * 86_400_000);
    const ca = await loadCa(cert, key);
    expect(typeof ca === 'string' ? ca : 'loaded').toBe('loaded');
  });

  test('fills the caBundle of every webhook; the configurations stay valid', async () => {
    const bundle = first.stdout.trim();
    expect(Buffer.from(bundle, 'base64').toString('utf8')).toBe(secretCert(first.state));
    for (const kind of ['validatingwebhookconfiguration', 'mutatingwebhookconfiguration']) {
      const config = first.state[`${kind}//cmapi-webhook`] as Manifest;
      const hooks = get(config, 'webhooks') as unknown[];
      expect(hooks.length).toBeGreaterThan(0);
      for (const h of hooks) expect(get(h, 'clientConfig', 'caBundle')).toBe(bundle);
      expect(await schemaErrors(config)).toBe('');
    }
  });

  test('points the conversion of every CRD serving several versions at /convert with the caBundle; leaves the others', async () => {
    const bundle = first.stdout.trim();
    for (const c of CRDS) {
      const now = first.state[`customresourcedefinition//${c.metadata.name}`] as Manifest;
      const versions = get(c, 'spec', 'versions') as unknown[];
      if (versions.length > 1) {
        expect(get(now, 'spec', 'conversion'), c.metadata.name).toEqual({
          strategy: 'Webhook',
          webhook: {
            conversionReviewVersions: ['v1'],
            clientConfig: { service: { name: 'cmapi-webhook', namespace: 'cmapi', path: '/convert', port: 443 }, caBundle: bundle },
          },
        });
        expect(await schemaErrors(now), c.metadata.name).toBe('');
      } else {
        expect(now, c.metadata.name).toEqual(c);
        expect(first.stderr).toContain(`CRD ${c.metadata.name} serves v1 only: no conversion needed`);
      }
    }
  });

  test('a second run reuses the CA: same caBundle, no Secret written', () => {
    const again = run(stateFile);
    expect(again.status).toBe(0);
    expect(again.stdout).toBe(first.stdout);
    expect(again.stderr).toContain('reusing the CA');
    expect(again.calls.filter((c) => c[0] === 'apply')).toHaveLength(1); // the first run's only
  });

  test('--renew-ca writes a new CA and a caBundle holding the new and the old CA', () => {
    const oldPem = pems(Buffer.from(first.stdout.trim(), 'base64').toString('utf8'));
    const renewed = run(stateFile, '--renew-ca');
    expect(renewed.status).toBe(0);
    expect(renewed.stderr).toContain('renewed the CA Secret');
    const bundle = pems(Buffer.from(renewed.stdout.trim(), 'base64').toString('utf8'));
    expect(bundle).toHaveLength(2);
    expect(bundle[1]).toBe(oldPem[0]);
    expect(pems(secretCert(renewed.state))).toEqual([bundle[0]]);
    expect(get(renewed.state['validatingwebhookconfiguration//cmapi-webhook'], 'webhooks', 0, 'clientConfig', 'caBundle')).toBe(
      renewed.stdout.trim(),
    );
  });

  test('without the webhook configurations it stops with exit 1 and says what to run first', () => {
    const r = run(cluster(false));
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('run "kubectl apply -k deploy/" first');
  });
});
