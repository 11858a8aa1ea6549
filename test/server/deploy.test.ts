/**
 * deploy/: every manifest validates against the Kubernetes API schema of its kind
 * (kubernetes-models), the webhook configurations register exactly what spec/admission.md §1.2
 * lists, and the Deployment, Service, PDB and serve flags fit together.
 */
import { readdir, readFile } from 'node:fs/promises';
import { describe, expect, test } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { readServeConfig } from '../../src/server/config.js';
import { WEBHOOKS } from '../../src/server/http/webhook.js';

const DEPLOY = new URL('../../deploy/', import.meta.url);

type Manifest = { apiVersion: string; kind: string; metadata: { name: string; namespace?: string }; [k: string]: unknown };

async function manifests(): Promise<Array<{ file: string; doc: Manifest }>> {
  const files = (await readdir(DEPLOY)).filter((f) => f.endsWith('.yaml') && f !== 'crd-conversion-patch.yaml');
  const out: Array<{ file: string; doc: Manifest }> = [];
  for (const file of files.sort()) {
    for (const d of parseAllDocuments(await readFile(new URL(file, DEPLOY), 'utf8'))) {
      expect(d.errors, file).toEqual([]);
      out.push({ file, doc: d.toJS() as Manifest });
    }
  }
  return out;
}

/** Validates with the kubernetes-models class of the object's kind; returns the error text or ''. */
async function schemaErrors(doc: Manifest): Promise<string> {
  const [group, version] = doc.apiVersion.includes('/') ? doc.apiVersion.split('/') : ['', doc.apiVersion];
  const path = group ? `kubernetes-models/${group}/${version}/${doc.kind}` : `kubernetes-models/${version}/${doc.kind}`;
  const mod = (await import(path)) as Record<string, new (d: unknown) => { validate(): void }>;
  const Model = mod[doc.kind];
  if (!Model) return `no model for ${doc.apiVersion} ${doc.kind}`;
  try {
    new Model(doc).validate();
    return '';
  } catch (err) {
    return (err as Error).message;
  }
}

function byKind(all: Array<{ doc: Manifest }>, kind: string): Manifest {
  const found = all.filter((m) => m.doc.kind === kind);
  expect(found, kind).toHaveLength(1);
  return found[0]?.doc as Manifest;
}

const get = (v: unknown, ...keys: Array<string | number>): unknown =>
  keys.reduce<unknown>((cur, k) => (cur !== null && typeof cur === 'object' ? (cur as Record<string, unknown>)[k] : undefined), v);

describe('deploy/ manifests', () => {
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

  test('the CRD conversion stanza points at /convert and makes a valid CRD', async () => {
    const patch = parseAllDocuments(await readFile(new URL('crd-conversion-patch.yaml', DEPLOY), 'utf8'))[0]?.toJS() as {
      spec: Record<string, unknown>;
    };
    expect(patch.spec.conversion).toEqual({
      strategy: 'Webhook',
      webhook: {
        conversionReviewVersions: ['v1'],
        clientConfig: { service: { name: 'cmapi-webhook', namespace: 'cmapi', path: '/convert', port: 443 } },
      },
    });
    const schema = { openAPIV3Schema: { type: 'object', 'x-kubernetes-preserve-unknown-fields': true } };
    const crd: Manifest = {
      apiVersion: 'apiextensions.k8s.io/v1',
      kind: 'CustomResourceDefinition',
      metadata: { name: 'certificates.cert-manager.io' },
      spec: {
        group: 'cert-manager.io',
        names: { kind: 'Certificate', plural: 'certificates', singular: 'certificate', listKind: 'CertificateList' },
        scope: 'Namespaced',
        versions: [
          { name: 'v1alpha2', served: true, storage: false, schema },
          { name: 'v1', served: true, storage: true, schema },
        ],
        ...patch.spec,
      },
    };
    expect(await schemaErrors(crd)).toBe('');
  });

  test('the paths registered are the paths the server answers', async () => {
    const all = await manifests();
    const paths = ['ValidatingWebhookConfiguration', 'MutatingWebhookConfiguration'].map((k) =>
      get(byKind(all, k), 'webhooks', 0, 'clientConfig', 'service', 'path'),
    );
    for (const p of [...paths, '/convert']) expect(Object.keys(WEBHOOKS)).toContain(p);
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
    expect(ports).toEqual({ https: o.port, healthz: o.healthPort });
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
