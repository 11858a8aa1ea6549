/**
 * deploy/: the kustomization lists every manifest (issue 14 item 10), every object validates
 * against the Kubernetes API schema of its kind (kubernetes-models), `kubectl kustomize` renders
 * the same objects where kubectl is installed, the webhook configurations register exactly what
 * spec/admission.md §1.2 lists, and the Deployment, Service, PDB, ServiceMonitor and serve flags
 * fit together (issue 14 item 11).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { describe, expect, test } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { readServeConfig } from '../../src/server/config.js';
import { WEBHOOKS } from '../../src/server/http/webhook.js';
import { type Manifest, schemaErrors } from './k8s-schema.js';

const DEPLOY = new URL('../../deploy/', import.meta.url);

/** Files in deploy/ that the kustomization deliberately leaves out (applied by hand, optional). */
const OPTIONAL = ['servicemonitor.yaml'];

async function kustomization(): Promise<{ resources: string[] }> {
  const doc = parseAllDocuments(await readFile(new URL('kustomization.yaml', DEPLOY), 'utf8'));
  expect(doc).toHaveLength(1);
  return doc[0]?.toJS() as { resources: string[] };
}

async function load(file: string): Promise<Manifest[]> {
  return parseAllDocuments(await readFile(new URL(file, DEPLOY), 'utf8')).map((d) => {
    expect(d.errors, file).toEqual([]);
    return d.toJS() as Manifest;
  });
}

/** The objects `kubectl apply -k deploy/` applies, read from the files the kustomization lists. */
async function manifests(): Promise<Array<{ file: string; doc: Manifest }>> {
  const out: Array<{ file: string; doc: Manifest }> = [];
  for (const file of (await kustomization()).resources) for (const doc of await load(file)) out.push({ file, doc });
  return out;
}

function kubectlAvailable(): boolean {
  return spawnSync('kubectl', ['version', '--client'], { stdio: 'ignore' }).status === 0;
}

function byKind(all: Array<{ doc: Manifest }>, kind: string): Manifest {
  const found = all.filter((m) => m.doc.kind === kind);
  expect(found, kind).toHaveLength(1);
  return found[0]?.doc as Manifest;
}

const get = (v: unknown, ...keys: Array<string | number>): unknown =>
  keys.reduce<unknown>((cur, k) => (cur !== null && typeof cur === 'object' ? (cur as Record<string, unknown>)[k] : undefined), v);

describe('deploy/ manifests', () => {
  test('the kustomization lists every manifest in deploy/ but the optional ones, and each file parses (issue 14 item 10)', async () => {
    const files = (await readdir(DEPLOY)).filter((f) => f.endsWith('.yaml') && f !== 'kustomization.yaml').sort();
    const { resources } = await kustomization();
    expect([...resources].sort()).toEqual(files.filter((f) => !OPTIONAL.includes(f)));
    for (const f of files) expect((await load(f)).length, f).toBeGreaterThan(0);
  });

  const hasKubectl = kubectlAvailable();
  test(`kubectl kustomize deploy/ renders the listed objects, each valid against its schema (${hasKubectl ? 'kubectl found: rendered with it' : 'kubectl not installed: the listed files are checked, the kubectl rendering did not run'})`, async () => {
    const listed = (await manifests()).map((m) => m.doc);
    const objects = hasKubectl
      ? parseAllDocuments(execFileSync('kubectl', ['kustomize', new URL('.', DEPLOY).pathname], { encoding: 'utf8' })).map(
          (d) => d.toJS() as Manifest,
        )
      : listed;
    const key = (m: Manifest) => `${m.apiVersion} ${m.kind} ${m.metadata.namespace ?? ''}/${m.metadata.name}`;
    expect(objects.map(key).sort()).toEqual(listed.map(key).sort());
    for (const doc of objects) {
      expect(doc, key(doc)).toEqual(listed.find((l) => key(l) === key(doc)));
      expect(await schemaErrors(doc), key(doc)).toBe('');
    }
  });

  test('every manifest validates against the Kubernetes schema of its kind', async () => {
    const all = await manifests();
    expect(all.map((m) => m.doc.kind).sort()).toEqual([
      'ClusterRole',
      'ClusterRoleBinding',
      'Deployment',
      'MutatingWebhookConfiguration',
      'Namespace',
      'PodDisruptionBudget',
      'Service',
      'ServiceAccount',
      'ValidatingWebhookConfiguration',
    ]);
    for (const { file, doc } of all) expect(await schemaErrors(doc), file).toBe('');
  });

  test('the schema check is real: a broken Deployment is reported', async () => {
    const deployment = structuredClone(byKind(await manifests(), 'Deployment'));
    (get(deployment, 'spec', 'template', 'spec', 'containers', 0) as Record<string, unknown>).ports = [{ containerPort: 'https' }];
    expect(await schemaErrors(deployment)).toMatch(/containerPort/);
  });

  test('ValidatingWebhookConfiguration registers exactly what upstream does (admission.md §1.2)', async () => {
    const v = byKind(await manifests(), 'ValidatingWebhookConfiguration');
    const hooks = get(v, 'webhooks') as unknown[];
    expect(hooks).toHaveLength(1);
    expect(hooks[0]).toEqual({
      name: 'webhook.cert-manager.io',
      admissionReviewVersions: ['v1'],
      matchPolicy: 'Equivalent',
      failurePolicy: 'Fail',
      sideEffects: 'None',
      timeoutSeconds: 30,
      namespaceSelector: { matchExpressions: [{ key: 'cert-manager.io/disable-validation', operator: 'NotIn', values: ['true'] }] },
      rules: [
        {
          apiGroups: ['cert-manager.io', 'acme.cert-manager.io'],
          apiVersions: ['v1'],
          operations: ['CREATE', 'UPDATE'],
          resources: ['*/*'],
        },
      ],
      clientConfig: { service: { name: 'cmapi-webhook', namespace: 'cmapi', path: '/validate', port: 443 } },
    });
  });

  test('MutatingWebhookConfiguration registers exactly what upstream does (admission.md §1.2)', async () => {
    const m = byKind(await manifests(), 'MutatingWebhookConfiguration');
    const hooks = get(m, 'webhooks') as unknown[];
    expect(hooks).toHaveLength(1);
    expect(hooks[0]).toEqual({
      name: 'webhook.cert-manager.io',
      admissionReviewVersions: ['v1'],
      matchPolicy: 'Equivalent',
      failurePolicy: 'Fail',
      sideEffects: 'None',
      timeoutSeconds: 30,
      namespaceSelector: {},
      rules: [{ apiGroups: ['cert-manager.io'], apiVersions: ['v1'], operations: ['CREATE'], resources: ['certificaterequests'] }],
      clientConfig: { service: { name: 'cmapi-webhook', namespace: 'cmapi', path: '/mutate', port: 443 } },
    });
  });

  test('the paths registered are the paths the server answers', async () => {
    const all = await manifests();
    const paths = ['ValidatingWebhookConfiguration', 'MutatingWebhookConfiguration'].map((k) =>
      get(byKind(all, k), 'webhooks', 0, 'clientConfig', 'service', 'path'),
    );
    for (const p of [...paths, '/convert']) expect(Object.keys(WEBHOOKS)).toContain(p);
    // The CRD conversion stanza is written by deploy/bootstrap-ca.mjs (test/server/bootstrap-ca.test.ts).
    expect(await readFile(new URL('bootstrap-ca.mjs', DEPLOY), 'utf8')).toContain("path: '/convert'");
  });
});

describe('Deployment, Service and PDB fit together', () => {
  test('two replicas, probes, requests, non-root, read-only root, no privilege escalation', async () => {
    const d = byKind(await manifests(), 'Deployment');
    expect(get(d, 'spec', 'replicas')).toBe(2);
    const pod = get(d, 'spec', 'template', 'spec');
    const c = get(pod, 'containers', 0);
    expect(get(pod, 'securityContext', 'runAsNonRoot')).toBe(true);
    expect(get(c, 'securityContext')).toMatchObject({ allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, runAsNonRoot: true });
    expect(get(c, 'securityContext', 'capabilities', 'drop')).toEqual(['ALL']);
    expect(get(c, 'resources', 'requests')).toMatchObject({ cpu: expect.any(String), memory: expect.any(String) });
    expect(get(c, 'livenessProbe')).toMatchObject({
      httpGet: { path: '/livez', port: 'healthz' },
      periodSeconds: 10,
      timeoutSeconds: 1,
      failureThreshold: 3,
    });
    expect(get(c, 'readinessProbe')).toMatchObject({
      httpGet: { path: '/readyz', port: 'healthz' },
      periodSeconds: 5,
      timeoutSeconds: 1,
      failureThreshold: 3,
    });
  });

  test('the container arguments are valid serve flags, with ports, names and grace period that match', async () => {
    const all = await manifests();
    const d = byKind(all, 'Deployment');
    const svc = byKind(all, 'Service');
    const c = get(d, 'spec', 'template', 'spec', 'containers', 0);
    const [command, ...args] = get(c, 'args') as string[];
    expect(command).toBe('serve');
    const r = readServeConfig(args, {});
    if (!r.ok || r.config.mode !== 'serve') throw new Error(r.ok ? r.config.mode : r.message);
    const o = r.config.options;
    const ports = Object.fromEntries(
      (get(c, 'ports') as Array<{ name: string; containerPort: number }>).map((p) => [p.name, p.containerPort]),
    );
    expect(ports).toEqual({ https: o.port, healthz: o.healthPort, metrics: o.metricsPort });
    expect(o.metricsPort).toBe(9402);
    const name = svc.metadata.name;
    const ns = svc.metadata.namespace;
    expect(o.tls.kind === 'dynamic' && o.tls.dnsNames).toEqual([name, `${name}.${ns}`, `${name}.${ns}.svc`]);
    expect(get(svc, 'spec', 'ports', 0)).toMatchObject({ port: 443, targetPort: 'https' });
    const grace = (get(d, 'spec', 'template', 'spec', 'terminationGracePeriodSeconds') as number) * 1000;
    expect(grace).toBeGreaterThan((o.shutdownDelayMs ?? 0) + (o.shutdownTimeoutMs ?? 0));
    expect(r.config.inCluster).toBe(true);
    const mount = get(c, 'volumeMounts', 0, 'mountPath') as string;
    expect(o.tls.kind === 'dynamic' && o.tls.caCertFile?.startsWith(mount)).toBe(true);
  });

  test('Linux nodes only; metrics on their own port 9402, in the Service and the optional ServiceMonitor (issue 14 item 11)', async () => {
    const all = await manifests();
    const d = byKind(all, 'Deployment');
    expect(get(d, 'spec', 'template', 'spec', 'nodeSelector')).toEqual({ 'kubernetes.io/os': 'linux' });
    const svc = byKind(all, 'Service');
    const ports = get(svc, 'spec', 'ports') as Array<{ name: string; port: number; targetPort: string }>;
    expect(ports.find((p) => p.name === 'metrics')).toMatchObject({ port: 9402, targetPort: 'metrics' });
    const [monitor] = await load('servicemonitor.yaml');
    expect(monitor).toMatchObject({ apiVersion: 'monitoring.coreos.com/v1', kind: 'ServiceMonitor' });
    expect(monitor?.metadata.namespace).toBe(svc.metadata.namespace);
    expect(get(svc, 'metadata', 'labels')).toMatchObject(get(monitor, 'spec', 'selector', 'matchLabels') as Record<string, string>);
    expect(get(monitor, 'spec', 'namespaceSelector', 'matchNames')).toEqual([svc.metadata.namespace]);
    expect(get(monitor, 'spec', 'endpoints', 0)).toMatchObject({ port: 'metrics', path: '/metrics' });
  });

  test('Service, PDB and webhook configurations select the Deployment and its namespace', async () => {
    const all = await manifests();
    const labels = get(byKind(all, 'Deployment'), 'spec', 'template', 'metadata', 'labels') as Record<string, string>;
    const svc = byKind(all, 'Service');
    expect(labels).toMatchObject(get(svc, 'spec', 'selector') as Record<string, string>);
    expect(labels).toMatchObject(get(byKind(all, 'PodDisruptionBudget'), 'spec', 'selector', 'matchLabels') as Record<string, string>);
    for (const k of ['ValidatingWebhookConfiguration', 'MutatingWebhookConfiguration']) {
      expect(get(byKind(all, k), 'webhooks', 0, 'clientConfig', 'service')).toMatchObject({
        name: svc.metadata.name,
        namespace: svc.metadata.namespace,
      });
    }
    const binding = byKind(all, 'ClusterRoleBinding');
    const account = get(byKind(all, 'Deployment'), 'spec', 'template', 'spec', 'serviceAccountName');
    expect(get(binding, 'subjects', 0)).toEqual({ kind: 'ServiceAccount', name: account, namespace: svc.metadata.namespace });
    expect(get(binding, 'roleRef', 'name')).toBe(byKind(all, 'ClusterRole').metadata.name);
    expect(byKind(all, 'ServiceAccount').metadata.name).toBe(account);
    for (const { doc } of all)
      if (doc.metadata.namespace !== undefined) expect(doc.metadata.namespace).toBe(byKind(all, 'Namespace').metadata.name);
  });
});
