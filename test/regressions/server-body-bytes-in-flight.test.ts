// Regression (issue 15 item 4): 200 concurrent 7 MiB bodies took `cmapi serve` to 1.7 GB RSS
// (1.1 GB kept afterwards): bodies were buffered without a bound on their sum. Body bytes held at
// once are now bounded; a body that does not fit is answered 429 with Retry-After (logged,
// counted), health answers throughout, and the bytes are given back when an answer is sent.
import type { ClientRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { expect, test } from 'vitest';
import { ByteBudget } from '../../src/server/http/shed.js';
import { jsonPostOptions, send, startTestServer } from '../server/helpers.js';

const REVIEW = JSON.stringify({ apiVersion: 'admission.k8s.io/v1', kind: 'AdmissionReview', request: { uid: 'b', operation: 'CREATE' } });

/** Starts a POST that declares `length` bytes and sends only the first `sent`; resolves once the headers are out. */
function stalledPost(port: number, ca: string, length: number, chunked = false): { req: ClientRequest; status: Promise<number> } {
  let req!: ClientRequest;
  const status = new Promise<number>((resolve) => {
    req = httpsRequest(jsonPostOptions(port, ca, { headers: chunked ? {} : { 'Content-Length': String(length) } }), (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', () => resolve(-1));
    req.write(' '.repeat(chunked ? length : 16));
  });
  return { req, status };
}

test('ByteBudget takes only what fits and gives it back', () => {
  const b = new ByteBudget(10);
  expect(b.take(6)).toBe(true);
  expect(b.take(5)).toBe(false);
  expect(b.used).toBe(6);
  b.give(6);
  expect(b.take(10)).toBe(true);
});

test('bodies past the in-flight budget get 429 with Retry-After, health answers, the budget comes back', async () => {
  const { server, ca, logs } = await startTestServer({ maxBodyBytes: 64 * 1024, maxBodyBytesInFlight: 256 * 1024 });
  const held = [0, 1, 2, 3].map(() => stalledPost(server.port, ca, 64 * 1024));
  try {
    await new Promise((r) => setTimeout(r, 300));
    // Four declared 64 KiB bodies fill the budget: a fifth, declared or streamed, is refused.
    const fifth = await send(server.port, ca, '/validate', { body: ' '.repeat(32 * 1024) + REVIEW });
    expect(fifth.status).toBe(429);
    expect(fifth.headers['retry-after']).toBe('1');
    expect(fifth.json()).toMatchObject({ response: { uid: '', allowed: false, status: { code: 429 } } });
    expect(await stalledPost(server.port, ca, 40 * 1024, true).status).toBe(429);
    const started = Date.now();
    expect((await send(server.port, ca, '/healthz', { method: 'GET' })).status).toBe(200);
    expect((await send(server.port, ca, '/readyz', { method: 'GET' })).status).toBe(200);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(logs.find((l) => l.reason === 'body-bytes-in-flight')).toMatchObject({ level: 'warn', path: '/validate', limit: 256 * 1024 });
    // Finishing the held requests gives their bytes back: a new body is read and answered.
    for (const h of held) h.req.end(' '.repeat(64 * 1024 - 16));
    expect(await Promise.all(held.map((h) => h.status))).toEqual([400, 400, 400, 400]);
    const after = await send(server.port, ca, '/validate', { body: REVIEW });
    expect(after.status).toBe(200);
    const metrics = await send(server.port, ca, '/metrics', { method: 'GET' });
    expect(metrics.text).toMatch(/cmapi_webhook_shed_total\{reason="body-bytes-in-flight"\} 2/);
  } finally {
    for (const h of held) h.req.destroy();
    await server.shutdown();
  }
});

test('a body at maxBodyBytes always fits: the budget is never below one full body', async () => {
  const { server, ca } = await startTestServer({ maxBodyBytes: 64 * 1024, maxBodyBytesInFlight: 1024 });
  try {
    const r = await send(server.port, ca, '/validate', { body: REVIEW + ' '.repeat(64 * 1024 - REVIEW.length) });
    expect(r.status).toBe(200);
  } finally {
    await server.shutdown();
  }
});
