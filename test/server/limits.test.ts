/**
 * Transport rules: body limit (413), method (405), content type (415), unknown paths (404),
 * malformed and empty bodies (400 with a JSON body), and the header timeout.
 */
import { request as httpsRequest } from 'node:https';
import { connect } from 'node:tls';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { isJsonType } from '../../src/server/http/router.js';
import { jsonPostOptions, send, SERVICE, startTestServer, type TestServer } from './helpers.js';

const LIMIT = 64 * 1024;
let t: TestServer;

beforeAll(async () => {
  t = await startTestServer({ maxBodyBytes: LIMIT, headersTimeoutMs: 400, requestTimeoutMs: 5000 });
});
afterAll(async () => {
  await t.server.shutdown();
});

const review = (uid: string) =>
  JSON.stringify({ apiVersion: 'admission.k8s.io/v1', kind: 'AdmissionReview', request: { uid, operation: 'DELETE' } });

describe('body limit', () => {
  test('a declared body over the limit gets 413 with an AdmissionReview-shaped JSON body', async () => {
    const body = `{"x":"${'a'.repeat(LIMIT)}"}`;
    const r = await send(t.server.port, t.ca, '/validate', { body });
    expect(r.status).toBe(413);
    expect(r.json()).toEqual({
      response: { uid: '', allowed: false, status: { code: 413, message: `request entity is too large; limit is ${LIMIT} bytes` } },
    });
  });

  test('a chunked body that grows past the limit gets 413 too', async () => {
    const reply = await new Promise<{ status: number; text: string }>((resolve, reject) => {
      const req = httpsRequest(jsonPostOptions(t.server.port, t.ca, { path: '/mutate' }), (res) => {
        let text = '';
        res.on('data', (c: Buffer) => {
          text += c.toString();
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
      });
      req.on('error', reject);
      const chunk = 'a'.repeat(16 * 1024);
      for (let i = 0; i < 6; i++) req.write(chunk);
      req.end();
    });
    expect(reply.status).toBe(413);
    expect(JSON.parse(reply.text)).toMatchObject({ response: { status: { code: 413 } } });
  });

  test('a body exactly at the limit is read (and answered by the adapter)', async () => {
    const base = JSON.parse(review('at-limit')) as Record<string, unknown>;
    const text = JSON.stringify(base);
    const padded = `${text.slice(0, -1)},"pad":"${'p'.repeat(LIMIT - text.length - 9)}"}`;
    expect(Buffer.byteLength(padded)).toBe(LIMIT);
    const r = await send(t.server.port, t.ca, '/validate', { body: padded });
    expect(r.status).toBe(200);
    expect(r.json()).toMatchObject({ response: { uid: 'at-limit', allowed: true } });
  });

  test('/convert answers 413 as a failed ConversionReview', async () => {
    const r = await send(t.server.port, t.ca, '/convert', { body: 'x'.repeat(LIMIT + 1) });
    expect(r.status).toBe(413);
    expect(r.json()).toMatchObject({
      kind: 'ConversionReview',
      response: { uid: '', result: { status: 'Failure', code: 413, reason: 'RequestEntityTooLarge' } },
    });
  });
});

describe('method, content type and path', () => {
  test('405 with Allow: POST for other methods on the webhook paths', async () => {
    for (const method of ['GET', 'PUT', 'DELETE']) {
      const r = await send(t.server.port, t.ca, '/validate', { method });
      expect(r.status, method).toBe(405);
      expect(r.headers.allow).toBe('POST');
      expect(r.json()).toMatchObject({ response: { allowed: false, status: { code: 405 } } });
    }
    const ops = await send(t.server.port, t.ca, '/healthz', { method: 'POST', body: '{}' });
    expect(ops.status).toBe(405);
    expect(ops.headers.allow).toBe('GET, HEAD');
  });

  test('415 unless the content type is application/json', async () => {
    for (const type of ['text/plain', 'application/yaml', 'application/json-patch+json']) {
      const r = await send(t.server.port, t.ca, '/mutate', { body: review('x'), headers: { 'Content-Type': type } });
      expect(r.status, type).toBe(415);
      expect(r.json()).toMatchObject({ response: { status: { code: 415, message: `contentType=${type}, expected application/json` } } });
    }
    const ok = await send(t.server.port, t.ca, '/mutate', {
      body: review('cs'),
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
    });
    expect(ok.status).toBe(200);
  });

  test('isJsonType accepts application/json with at most a UTF-8 charset', () => {
    expect(isJsonType('application/json')).toBe(true);
    expect(isJsonType('Application/JSON; charset=UTF-8')).toBe(true);
    expect(isJsonType('application/json; charset=latin1')).toBe(false);
    expect(isJsonType('application/jsonx')).toBe(false);
    expect(isJsonType(undefined)).toBe(false);
  });

  test('404 with a Status body for unknown paths', async () => {
    for (const path of ['/', '/validate/extra', '/admission', '/convert2']) {
      const r = await send(t.server.port, t.ca, path, { body: review('x') });
      expect(r.status, path).toBe(404);
      expect(r.json()).toMatchObject({ kind: 'Status', code: 404, reason: 'NotFound' });
    }
  });

  test('a query string does not change the route', async () => {
    const r = await send(t.server.port, t.ca, '/validate?timeout=10s', { body: review('q') });
    expect(r.status).toBe(200);
    expect(r.json()).toMatchObject({ response: { uid: 'q', allowed: true } });
  });
});

describe('malformed bodies', () => {
  test('malformed JSON is 400 with a JSON body', async () => {
    for (const path of ['/validate', '/mutate']) {
      const r = await send(t.server.port, t.ca, path, { body: '{"apiVersion": ' });
      expect(r.status).toBe(400);
      expect(r.headers['content-type']).toBe('application/json');
      const body = r.json() as { response: { uid: string; allowed: boolean; status: { code: number; message: string } } };
      expect(body.response).toMatchObject({ uid: '', allowed: false, status: { code: 400 } });
      expect(body.response.status.message).toMatch(/not JSON/);
    }
    const conv = await send(t.server.port, t.ca, '/convert', { body: '[1,' });
    expect(conv.status).toBe(400);
    expect(conv.json()).toMatchObject({ response: { result: { status: 'Failure', code: 400 } } });
  });

  test('an empty body is 400 "request body is empty"', async () => {
    const r = await send(t.server.port, t.ca, '/validate', { body: '' });
    expect(r.status).toBe(400);
    expect(r.json()).toMatchObject({ response: { status: { code: 400, message: 'request body is empty' } } });
  });

  test('JSON that is not a review reaches the adapter and is answered with 200', async () => {
    const r = await send(t.server.port, t.ca, '/validate', { body: '"just a string"' });
    expect(r.status).toBe(200);
    expect(r.json()).toMatchObject({ response: { allowed: false, status: { code: 400 } } });
  });
});

test('header timeout: a client that never finishes its headers is answered 408 and cut off', async () => {
  const started = Date.now();
  const outcome = await new Promise<{ text: string; closedAfter: number }>((resolve, reject) => {
    const socket = connect({ host: '127.0.0.1', port: t.server.port, servername: SERVICE, ca: t.ca }, () => {
      socket.write('POST /validate HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n');
    });
    let text = '';
    socket.on('data', (c: Buffer) => {
      text += c.toString();
    });
    socket.on('close', () => resolve({ text, closedAfter: Date.now() - started }));
    socket.on('error', reject);
  });
  expect(outcome.text).toMatch(/^HTTP\/1\.1 408/);
  expect(outcome.closedAfter).toBeLessThan(3000);
});

test('handshake timeout: a TCP client that never starts TLS is disconnected', async () => {
  const { connect: tcp } = await import('node:net');
  const started = Date.now();
  const closedAfter = await new Promise<number>((resolve) => {
    const socket = tcp(t.server.port, '127.0.0.1');
    socket.on('close', () => resolve(Date.now() - started));
    socket.on('error', () => {});
  });
  expect(closedAfter).toBeLessThan(3000);
});
