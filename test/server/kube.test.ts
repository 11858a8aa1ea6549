/**
 * Approval checks against a Kubernetes API (spec/admission.md §1.7.3, §1.7.4): a stand-in API
 * server on loopback answers discovery and SubjectAccessReviews as the approval vectors
 * describe, and the webhook server's answers match the vectors' expectations.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { PluginName } from '../../src/admission/types.js';
import { apiDiscovery, sarAuthorizer } from '../../src/server/kube/approval.js';
import { inClusterOptions, type KubeClient, kubeClient } from '../../src/server/kube/client.js';
import { generateCa, issueLeaf } from '../../src/server/tls/pki.js';
import { post, startTestServer } from './helpers.js';

type Rule = Record<string, unknown> & { allowed: boolean };
interface Group {
  name: string;
  versions: Array<{ groupVersion: string; version: string; resources: unknown[] }>;
}

/** What the stand-in API server answers and what it was asked. */
const api = { discovery: [] as Group[], rules: [] as Rule[], sars: [] as unknown[], tokens: [] as string[], gets: 0 };
let apiServer: Server;
let client: KubeClient;
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cmapi-kube-'));
  const ca = await generateCa(3_600_000);
  const leaf = await issueLeaf(ca, ['127.0.0.1'], 3_600_000);
  apiServer = createServer({ cert: leaf.certPem, key: leaf.keyPem }, (req, res) => {
    api.tokens.push(req.headers.authorization ?? '');
    let body = '';
    req.on('data', (c: Buffer) => {
      body += c.toString();
    });
    req.on('end', () => {
      const reply = (status: number, value: unknown) => {
        res.writeHead(status, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify(value));
      };
      if (req.method === 'GET' && req.url === '/apis') {
        api.gets++;
        return reply(200, {
          kind: 'APIGroupList',
          groups: api.discovery.map((g) => ({
            name: g.name,
            versions: g.versions.map(({ groupVersion, version }) => ({ groupVersion, version })),
          })),
        });
      }
      const gv = api.discovery.flatMap((g) => g.versions).find((v) => req.url === `/apis/${v.groupVersion}`);
      if (req.method === 'GET' && gv)
        return reply(200, { kind: 'APIResourceList', groupVersion: gv.groupVersion, resources: gv.resources });
      if (req.method === 'POST' && req.url === '/apis/authorization.k8s.io/v1/subjectaccessreviews') {
        const sar = JSON.parse(body) as { spec: { user: string; resourceAttributes: Record<string, string> } };
        api.sars.push(sar);
        const attrs: Record<string, string> = { user: sar.spec.user, ...sar.spec.resourceAttributes };
        const rule = api.rules.find((r) => Object.entries(r).every(([k, v]) => k === 'allowed' || attrs[k] === v));
        return reply(201, { ...sar, status: { allowed: rule?.allowed === true } });
      }
      reply(404, { kind: 'Status', code: 404 });
    });
  });
  await new Promise<void>((r) => apiServer.listen(0, '127.0.0.1', r));
  const saDir = join(dir, 'sa');
  await import('node:fs/promises').then((fs) => fs.mkdir(saDir));
  await writeFile(join(saDir, 'ca.crt'), ca.certPem);
  await writeFile(join(saDir, 'token'), 'secret-token\n');
  const port = (apiServer.address() as AddressInfo).port;
  client = kubeClient(await inClusterOptions({ KUBERNETES_SERVICE_HOST: '127.0.0.1', KUBERNETES_SERVICE_PORT: String(port) }, saDir));
});

afterAll(async () => {
  await new Promise((r) => apiServer.close(r));
  await rm(dir, { recursive: true, force: true });
});

describe('SubjectAccessReview authorizer', () => {
  const attrs = {
    user: { username: 'alice', groups: ['g'] },
    verb: 'approve',
    group: 'cert-manager.io',
    version: '*',
    resource: 'signers',
    name: 'issuers.cert-manager.io/*',
    namespace: '',
  };

  test('asks with the requester and the signer attributes, authenticated with the service account token', async () => {
    api.rules = [{ user: 'alice', name: 'issuers.cert-manager.io/*', allowed: true }];
    api.sars = [];
    expect(await sarAuthorizer(client)(attrs)).toBe(true);
    expect(api.sars).toEqual([
      {
        apiVersion: 'authorization.k8s.io/v1',
        kind: 'SubjectAccessReview',
        spec: {
          user: 'alice',
          groups: ['g'],
          resourceAttributes: {
            verb: 'approve',
            group: 'cert-manager.io',
            version: '*',
            resource: 'signers',
            name: 'issuers.cert-manager.io/*',
            namespace: '',
          },
        },
      },
    ]);
    expect(api.tokens.at(-1)).toBe('Bearer secret-token');
  });

  test('allow and deny answers are cached for 1 s', async () => {
    let now = 0;
    const authorize = sarAuthorizer(client, () => now);
    api.rules = [];
    api.sars = [];
    expect(await authorize(attrs)).toBe(false);
    expect(await authorize(attrs)).toBe(false);
    expect(api.sars).toHaveLength(1);
    now = 1500;
    api.rules = [{ allowed: true }];
    expect(await authorize(attrs)).toBe(true);
    expect(api.sars).toHaveLength(2);
  });

  test('an API error rejects (the adapter then denies)', async () => {
    const broken = kubeClient({
      host: '127.0.0.1',
      port: (apiServer.address() as AddressInfo).port,
      ca: 'not a CA',
      tokenFile: join(dir, 'sa', 'token'),
    });
    await expect(sarAuthorizer(broken)(attrs)).rejects.toThrow();
    await expect(client.get('/nope')).rejects.toThrow(/HTTP 404/);
  });
});

describe('discovery', () => {
  test('found, served group without the kind (null), absent group (undefined)', async () => {
    api.discovery = [
      {
        name: 'awspca.cert-manager.io',
        versions: [
          {
            groupVersion: 'awspca.cert-manager.io/v1beta1',
            version: 'v1beta1',
            resources: [
              { name: 'awspcaissuers/status', kind: 'AWSPCAIssuer', namespaced: true },
              { name: 'awspcaissuers', kind: 'AWSPCAIssuer', namespaced: true },
            ],
          },
        ],
      },
    ];
    const discover = apiDiscovery(client);
    expect(await discover({ group: 'awspca.cert-manager.io', kind: 'AWSPCAIssuer' })).toEqual({
      resource: 'awspcaissuers',
      namespaced: true,
    });
    expect(await discover({ group: 'awspca.cert-manager.io', kind: 'Other' })).toBeNull();
    expect(await discover({ group: 'example.io', kind: 'Issuer' })).toBeUndefined();
  });
});

test('the approval vectors through the webhook server, with the API server answering discovery and SARs', async () => {
  const file = JSON.parse(await readFile(new URL('../../fixtures/vectors/admission-approval.json', import.meta.url), 'utf8')) as {
    cases: Array<{
      name: string;
      review: unknown;
      options: { plugins: PluginName[]; discovery: Group[] | null; authorizer: Rule[] | null; authorizerError?: string };
      expect: { allowed: boolean; statusCode: number };
    }>;
  };
  const cases = file.cases.filter((c) => Array.isArray(c.options.discovery) && c.options.authorizerError === undefined);
  expect(cases.length).toBeGreaterThanOrEqual(3);
  for (const c of cases) {
    api.discovery = c.options.discovery ?? [];
    api.rules = c.options.authorizer ?? [];
    api.sars = [];
    const { server, ca } = await startTestServer({
      admission: { plugins: c.options.plugins, authorize: sarAuthorizer(client), discover: apiDiscovery(client) },
    });
    try {
      const reply = await post(server.port, ca, '/validate', c.review);
      expect(reply.json(), c.name).toMatchObject({ response: { allowed: c.expect.allowed, status: { code: c.expect.statusCode } } });
      // `authorizer: null` means the check must not be asked at all.
      if (c.options.authorizer === null) expect(api.sars, c.name).toEqual([]);
      else expect(api.sars.length, c.name).toBeGreaterThan(0);
    } finally {
      await server.shutdown();
    }
  }
});
