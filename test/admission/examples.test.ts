// The README's webhook examples (examples/admission) compile in the typecheck and answer real
// requests: node:http on a loopback server, Express and Fastify through stand-ins for their apps,
// the fetch-style handler with real Request objects.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { mountExpress } from '../../examples/admission/express.js';
import { mountFastify } from '../../examples/admission/fastify.js';
import type { ExpressLike, FastifyLike } from '../../examples/admission/framework-types.js';
import { webhook } from '../../examples/admission/node-http.js';
import serverless from '../../examples/admission/serverless.js';
import type { AdmissionReview } from '../../src/index.js';
import { certificate, certificateCreate, certificateRequest, patchOf, resource, reviewOf } from './reviews.js';

const denied = reviewOf({ uid: 'd-1', resource: resource('certificates'), object: certificate({ secretName: '' }) });
const crCreate = reviewOf({ uid: 'm-1', resource: resource('certificaterequests'), object: certificateRequest({}) });

describe('node:http example', () => {
  const server = createServer(webhook());
  let base = '';
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
  const post = async (path: string, body: string) =>
    fetch(base + path, { method: 'POST', body, headers: { 'content-type': 'application/json' } });

  test('answers /validate (with the API server timeout query) and /mutate with AdmissionReviews', async () => {
    const ok = await post('/validate?timeout=10s', JSON.stringify(certificateCreate()));
    expect(ok.status).toBe(200);
    expect(((await ok.json()) as AdmissionReview).response).toEqual({ uid: 'uid-1', allowed: true, status: { code: 200 } });
    const no = (await (await post('/validate', JSON.stringify(denied))).json()) as AdmissionReview;
    expect(no.response).toMatchObject({ uid: 'd-1', allowed: false, status: { code: 403 } });
    const patched = (await (await post('/mutate', JSON.stringify(crCreate))).json()) as AdmissionReview;
    expect(patchOf(patched)).toContainEqual({ op: 'add', path: '/spec/username', value: 'alice' });
  });

  test('an unparsable body is a 400 answer; other paths are 404', async () => {
    const bad = (await (await post('/mutate', '{not json')).json()) as AdmissionReview;
    expect(bad.response).toMatchObject({ uid: '', allowed: false, status: { code: 400 } });
    expect((await post('/elsewhere', '{}')).status).toBe(404);
  });
});

describe('Express example', () => {
  test('routes /validate and /mutate to res.json', async () => {
    const routes = new Map<string, Parameters<ExpressLike['post']>[1]>();
    mountExpress({ post: (path, handler) => routes.set(path, handler) });
    const sent: unknown[] = [];
    const res = { json: (body: unknown) => sent.push(body) };
    await routes.get('/validate')?.({ body: denied }, res);
    await routes.get('/mutate')?.({ body: crCreate }, res);
    expect(sent.map((r) => (r as AdmissionReview).response.uid)).toEqual(['d-1', 'm-1']);
    expect((sent[0] as AdmissionReview).response.allowed).toBe(false);
    expect(patchOf(sent[1] as AdmissionReview).length).toBeGreaterThan(0);
  });
});

describe('Fastify example', () => {
  test('returns the AdmissionReview from the route handlers', async () => {
    const routes = new Map<string, Parameters<FastifyLike['post']>[1]>();
    mountFastify({ post: (path, handler) => routes.set(path, handler) }, { plugins: ['identity', 'approval', 'validation', 'defaults'] });
    const validated = (await routes.get('/validate')?.({ body: denied })) as AdmissionReview;
    expect(validated.response.status.code).toBe(403);
    const body = reviewOf({ resource: resource('certificaterequests'), object: certificateRequest({ issuerRef: { name: 'ca' } }) });
    const mutated = (await routes.get('/mutate')?.({ body })) as AdmissionReview;
    expect(patchOf(mutated)).toEqual(
      expect.arrayContaining([
        { op: 'add', path: '/spec/username', value: 'alice' },
        { op: 'add', path: '/spec/issuerRef/kind', value: 'Issuer' },
      ]),
    );
  });
});

describe('serverless (fetch) example', () => {
  const call = (path: string, body: string) => serverless.fetch(new Request(`https://webhook.example${path}`, { method: 'POST', body }));

  test('answers with JSON AdmissionReviews, 404 elsewhere', async () => {
    const r = await call('/validate', JSON.stringify(denied));
    expect(r.headers.get('content-type')).toMatch(/application\/json/);
    expect(((await r.json()) as AdmissionReview).response).toMatchObject({ uid: 'd-1', status: { code: 403 } });
    const bad = (await (await call('/mutate', 'nope')).json()) as AdmissionReview;
    expect(bad.response.status.code).toBe(400);
    expect((await call('/', '')).status).toBe(404);
  });
});
