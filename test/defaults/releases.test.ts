// Issue 12: applyDefaults (and its callers) apply the defaults of the cert-manager release asked for.
import { describe, expect, test } from 'vitest';
import { MODELS } from '../../model/index.js';
import { kindAtRelease } from '../../model/releases.js';
import { V1_SCHEMA_DEFAULTS } from '../../src/defaults/schema-table.js';
import { applyDefaults, CERT_MANAGER_RELEASES, handleMutation } from '../../src/index.js';
import { isAtLeast } from '../../src/release/release.js';
import { readServeConfig } from '../../src/server/config.js';
import { reviewOf, resource } from '../admission/reviews.js';
import { cli } from '../cli/harness.js';
import { modelDefaults } from './model-defaults.js';

const key = (d: { path: readonly string[]; value: unknown }) => `${d.path.join('.')} = ${JSON.stringify(d.value)}`;

describe.each(CERT_MANAGER_RELEASES)('schema default table at %s matches the model derived for that release', (r) => {
  test.each(MODELS.filter((m) => m.version === 'v1').map((m) => [m.kind, m] as const))('%s', (_kind, m) => {
    const fromModel = modelDefaults(kindAtRelease(m, r).schema).map(key).sort();
    const fromTable = (V1_SCHEMA_DEFAULTS[m.kind] ?? [])
      .filter((d) => d.since === undefined || isAtLeast(r, d.since))
      .map(key)
      .sort();
    expect(fromTable).toEqual(fromModel);
  });
});

const issuer = {
  apiVersion: 'cert-manager.io/v1',
  kind: 'Issuer',
  metadata: { name: 'a', namespace: 'default' },
  spec: {
    acme: {
      server: 'https://acme.example',
      privateKeySecretRef: { name: 'k' },
      solvers: [{ http01: { ingress: { podTemplate: { spec: { imagePullSecrets: [{}] } } } } }],
    },
  },
};
const paths = (r: ReturnType<typeof applyDefaults>) => r.patch.map((op) => op.path);

describe('schema defaults per release', () => {
  test('renewalInformationSource: ARI only on master', () => {
    expect(paths(applyDefaults(issuer, { defaults: ['schema'] }))).toContain('/spec/acme/renewalInformationSource');
    expect(paths(applyDefaults(issuer, { defaults: ['schema'], certManagerVersion: 'v1.21' }))).not.toContain(
      '/spec/acme/renewalInformationSource',
    );
  });
  test('imagePullSecrets[].name "" from v1.15 on', () => {
    const at = '/spec/acme/solvers/0/http01/ingress/podTemplate/spec/imagePullSecrets/0/name';
    expect(paths(applyDefaults(issuer, { defaults: ['schema'], certManagerVersion: '1.15' }))).toContain(at);
    expect(paths(applyDefaults(issuer, { defaults: ['schema'], certManagerVersion: 'v1.14.3' }))).toEqual([]);
  });
});

describe('runtime rotation policy per release (spec/defaults.md §2.2)', () => {
  const cert = {
    apiVersion: 'cert-manager.io/v1',
    kind: 'Certificate',
    metadata: { name: 'web' },
    spec: { secretName: 's', issuerRef: { name: 'ca' } },
  };
  test('Always from v1.18, Never before', () => {
    const policy = (v?: string) =>
      (
        applyDefaults(cert, { defaults: ['runtime'], ...(v ? { certManagerVersion: v } : {}) }).object as unknown as {
          spec: { privateKey: { rotationPolicy: string } };
        }
      ).spec.privateKey.rotationPolicy;
    expect(policy()).toBe('Always');
    expect(policy('v1.18')).toBe('Always');
    expect(policy('v1.17')).toBe('Never');
  });
});

test('an unknown release is an error result listing the supported releases, not a throw', () => {
  const r = applyDefaults(issuer, { certManagerVersion: 'v1.9' });
  expect(r.patch).toEqual([]);
  expect(r.object).toEqual(issuer);
  expect(r.errors.map((e) => e.type)).toEqual(['FieldValueNotSupported']);
  expect(r.errors[0]?.detail).toContain('v1.12');
  expect(r.errors[0]?.detail).toContain('master');
});

describe('callers pass the release on', () => {
  test('handleMutation with the defaults plugin and certManagerVersion', async () => {
    const review = reviewOf({ resource: resource('issuers'), object: issuer });
    const master = await handleMutation(review, { plugins: ['defaults'] });
    const old = await handleMutation(review, { plugins: ['defaults'], certManagerVersion: 'v1.14' });
    const decode = (p: unknown) => JSON.parse(Buffer.from(String(p ?? ''), 'base64').toString() || '[]') as { path: string }[];
    expect(decode(master.response.patch).map((o) => o.path)).toContain('/spec/acme/renewalInformationSource');
    expect(old.response.allowed).toBe(true);
    expect(decode(old.response.patch).map((o) => o.path)).not.toContain('/spec/acme/renewalInformationSource');
    const bad = await handleMutation(review, { plugins: ['defaults'], certManagerVersion: 'v2.0' });
    expect(bad.response.allowed).toBe(false);
    expect(bad.response.status.message).toContain('v1.21');
  });

  test('cmapi default --cert-manager-version', async () => {
    const doc = JSON.stringify(issuer);
    const master = await cli(['default', '--patch', '-'], { stdin: doc });
    const old = await cli(['default', '--patch', '--cert-manager-version', 'v1.20', '-'], { stdin: doc });
    expect(master.stdout).toContain('/spec/acme/renewalInformationSource');
    expect(old.code).toBe(0);
    expect(old.stdout).not.toContain('/spec/acme/renewalInformationSource');
    const bad = await cli(['default', '--cert-manager-version', 'v1.99', '-'], { stdin: doc });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('supported: v1.12');
  });

  test('cmapi serve --cert-manager-version reaches the admission options; a typo stops start-up', () => {
    const ok = readServeConfig(['--cert-manager-version', '1.16.2', '--tls-cert-file', 'c', '--tls-private-key-file', 'k'], {});
    expect(ok.ok && ok.config.mode === 'serve' ? ok.config.options.admission?.certManagerVersion : undefined).toBe('v1.16');
    const bad = readServeConfig(['--cert-manager-version', 'v0.1', '--tls-cert-file', 'c', '--tls-private-key-file', 'k'], {});
    expect(bad.ok ? '' : bad.message).toContain('--cert-manager-version');
  });
});
