/**
 * End-to-end: real AdmissionReviews and ConversionReviews over TLS, verified against the CA
 * bundle and the service name as the API server does, answered exactly as the adapters answer.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { handleConversion } from '../../src/admission/conversion-review.js';
import { handleMutation } from '../../src/admission/handle-mutation.js';
import { handleValidation } from '../../src/admission/handle-validation.js';
import { post, SERVICE, send, startTestServer, type TestServer } from './helpers.js';

const run = promisify(execFile);

interface VectorCase {
  readonly name: string;
  readonly mode?: 'validate' | 'mutate' | 'convert';
  readonly review?: unknown;
  readonly options?: unknown;
  readonly object?: unknown;
  readonly toApiVersion?: string;
}

async function cases(file: string): Promise<VectorCase[]> {
  const text = await readFile(new URL(`../../fixtures/vectors/${file}`, import.meta.url), 'utf8');
  return (JSON.parse(text) as { cases: VectorCase[] }).cases;
}

/** Every admission vector that runs the production chain (the server's configuration). */
async function admissionReviews(): Promise<Array<{ name: string; path: string; review: unknown }>> {
  const files = ['admission-chain.json', 'admission-protocol.json', 'admission-identity.json', 'admission-resourcevalidation.json'];
  const all = (await Promise.all(files.map(cases))).flat();
  return all
    .filter((c) => c.review !== undefined && c.mode !== undefined && (c.options === undefined || c.options === null))
    .map((c) => ({ name: c.name, path: `/${c.mode}`, review: c.review }));
}

function direct(path: string, review: unknown): Promise<unknown> | unknown {
  if (path === '/validate') return handleValidation(review);
  if (path === '/mutate') return handleMutation(review);
  return handleConversion(review);
}

let t: TestServer;
let dir: string;
let caFile: string;

beforeAll(async () => {
  t = await startTestServer();
  dir = await mkdtemp(join(tmpdir(), 'cmapi-e2e-'));
  caFile = join(dir, 'ca.crt');
  await writeFile(caFile, t.ca);
});

afterAll(async () => {
  await t.server.shutdown();
  await rm(dir, { recursive: true, force: true });
});

describe('e2e over TLS (Node client, chain and name verified)', () => {
  test('admission vectors of the production chain: the answer equals the adapter output', async () => {
    const reviews = await admissionReviews();
    expect(reviews.length).toBeGreaterThan(10);
    for (const { name, path, review } of reviews) {
      const reply = await post(t.server.port, t.ca, path, review);
      expect(reply.status, name).toBe(200);
      expect(reply.headers['content-type']).toBe('application/json');
      expect(reply.json(), name).toEqual(JSON.parse(JSON.stringify(await direct(path, review))));
    }
  });

  test('conversion vectors, wrapped in ConversionReviews: the answer equals handleConversion', async () => {
    const conv = (await cases('conversion.json')).filter((c) => c.object !== undefined && c.toApiVersion !== undefined);
    expect(conv.length).toBeGreaterThan(10);
    for (const [i, c] of conv.entries()) {
      const review = {
        apiVersion: 'apiextensions.k8s.io/v1',
        kind: 'ConversionReview',
        request: { uid: `conv-${i}`, desiredAPIVersion: c.toApiVersion, objects: [c.object] },
      };
      const reply = await post(t.server.port, t.ca, '/convert', review);
      expect(reply.status, c.name).toBe(200);
      const body = reply.json() as { response: { uid: string; result: { status: string } } };
      expect(body, c.name).toEqual(JSON.parse(JSON.stringify(handleConversion(review))));
      expect(body.response.uid).toBe(`conv-${i}`);
    }
  });

  test('a client that expects another name is refused by verification', async () => {
    const wrong = new Promise((resolve, reject) => {
      import('node:https').then(({ request }) => {
        const req = request(
          { host: '127.0.0.1', servername: 'other.cmapi.svc', port: t.server.port, path: '/livez', ca: t.ca, agent: false },
          resolve,
        );
        req.on('error', reject);
        req.end();
      }, reject);
    });
    await expect(wrong).rejects.toThrow(/altnames|does not match/i);
  });

  test('the serving certificate names the service forms and chains to the bundle', async () => {
    const { X509Certificate } = await import('node:crypto');
    const leaf = new X509Certificate(t.server.servingCertificate() ?? '');
    const ca = new X509Certificate(t.ca);
    expect(leaf.subjectAltName).toBe('DNS:cmapi-webhook, DNS:cmapi-webhook.cmapi, DNS:cmapi-webhook.cmapi.svc');
    expect(leaf.verify(ca.publicKey)).toBe(true);
    expect(ca.subject).toContain('CN=cert-manager-webhook-ca');
    expect(ca.ca).toBe(true);
    expect(leaf.ca).toBe(false);
  });
});

describe('e2e with curl --cacert --resolve', () => {
  async function curl(path: string, body: unknown): Promise<unknown> {
    const { stdout } = await run('curl', [
      '--silent',
      '--show-error',
      '--fail',
      '--cacert',
      caFile,
      '--resolve',
      `${SERVICE}:${t.server.port}:127.0.0.1`,
      '-H',
      'Content-Type: application/json',
      '--data-binary',
      JSON.stringify(body),
      `https://${SERVICE}:${t.server.port}${path}`,
    ]);
    return JSON.parse(stdout);
  }

  test('AdmissionReviews on /validate and /mutate, a ConversionReview on /convert', async () => {
    const reviews = await admissionReviews();
    const validate = reviews.find((r) => r.path === '/validate');
    const mutate = reviews.find((r) => r.path === '/mutate');
    expect(validate && mutate).toBeTruthy();
    for (const r of [validate, mutate]) {
      if (!r) continue;
      expect(await curl(r.path, r.review)).toEqual(JSON.parse(JSON.stringify(await direct(r.path, r.review))));
    }
    const conv = (await cases('conversion.json')).find((c) => c.object !== undefined && c.toApiVersion !== undefined);
    const review = {
      apiVersion: 'apiextensions.k8s.io/v1',
      kind: 'ConversionReview',
      request: { uid: 'c1', desiredAPIVersion: conv?.toApiVersion, objects: [conv?.object] },
    };
    expect(await curl('/convert', review)).toEqual(JSON.parse(JSON.stringify(handleConversion(review))));
  });

  test('curl refuses the server without the bundle (the chain is really checked)', async () => {
    const attempt = run('curl', [
      '--silent',
      '--resolve',
      `${SERVICE}:${t.server.port}:127.0.0.1`,
      `https://${SERVICE}:${t.server.port}/livez`,
    ]);
    await expect(attempt).rejects.toMatchObject({ code: 60 });
  });

  test('curl with TLS 1.2 at most still connects (TLS 1.2 is the floor, not the only version)', async () => {
    const args = ['--silent', '--cacert', caFile, '--resolve', `${SERVICE}:${t.server.port}:127.0.0.1`];
    const { stdout } = await run('curl', [...args, '--tlsv1.2', '--tls-max', '1.2', `https://${SERVICE}:${t.server.port}/livez`]);
    expect(stdout).toBe('ok\n');
  });
});

test('GET /healthz, /livez, /readyz answer ok; /metrics counts requests by endpoint and outcome', async () => {
  for (const path of ['/healthz', '/livez', '/readyz']) {
    const r = await send(t.server.port, t.ca, path, { method: 'GET' });
    expect(r.status, path).toBe(200);
    expect(r.text).toBe('ok\n');
  }
  const metrics = await send(t.server.port, t.ca, '/metrics', { method: 'GET' });
  expect(metrics.headers['content-type']).toContain('text/plain; version=0.0.4');
  expect(metrics.text).toMatch(/cmapi_webhook_requests_total\{endpoint="\/validate",outcome="allowed",code="200"\} \d+/);
  expect(metrics.text).toMatch(/cmapi_webhook_requests_total\{endpoint="\/convert",outcome="converted",code="200"\} \d+/);
  expect(metrics.text).toMatch(/cmapi_webhook_request_duration_seconds_bucket\{endpoint="\/validate",le="\+Inf"\} \d+/);
  expect(metrics.text).toMatch(/cmapi_serving_certificate_expiry_timestamp_seconds \d+/);
  expect(metrics.text).toMatch(/cmapi_ca_certificate_expiry_timestamp_seconds \d+/);
  expect(metrics.text).toMatch(/process_resident_memory_bytes \d+/);
});

test('request logs are debug lines without object contents', () => {
  const requests = t.logs.filter((l) => l.msg === 'request');
  expect(requests.length).toBeGreaterThan(10);
  for (const l of requests) {
    expect(l.level).toBe('debug');
    expect(Object.keys(l).sort()).toEqual(expect.arrayContaining(['durationMs', 'method', 'outcome', 'path', 'status']));
    expect(JSON.stringify(l)).not.toMatch(/"spec"|"metadata"|"object"/);
  }
  expect(t.logs.filter((l) => l.level === 'info').every((l) => !('object' in l) && !('review' in l))).toBe(true);
});
