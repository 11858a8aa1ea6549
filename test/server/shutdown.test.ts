/**
 * Graceful shutdown: SIGTERM to a real `cmapi serve` process finishes the request in flight,
 * refuses new connections and exits 0; in process, readiness fails during the delay, idle
 * connections close at once and stalled requests are cut at the timeout.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import type { ClientRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { connect as tcpConnect } from 'node:net';
import { expect, test } from 'vitest';
import { handleValidation } from '../../src/admission/handle-validation.js';
import { jsonPostOptions, send, SERVICE, startTestServer } from './helpers.js';

const FIXTURE = new URL('./fixtures/serve.ts', import.meta.url).pathname;
const REVIEW = { apiVersion: 'admission.k8s.io/v1', kind: 'AdmissionReview', request: { uid: 'drain-1', operation: 'CREATE' } };

/** Collects a stream's lines and lets a test wait for one that matches. */
function lines(stream: NodeJS.ReadableStream): { all: string[]; wait: (match: (l: string) => boolean, ms?: number) => Promise<string> } {
  const all: string[] = [];
  const waiters: Array<() => void> = [];
  let rest = '';
  stream.on('data', (c: Buffer) => {
    const parts = (rest + c.toString()).split('\n');
    rest = parts.pop() ?? '';
    all.push(...parts);
    for (const w of waiters.splice(0)) w();
  });
  const wait = (match: (l: string) => boolean, ms = 15_000): Promise<string> =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no matching line in: ${all.join('\n')}`)), ms);
      const check = (): void => {
        const hit = all.find(match);
        if (hit !== undefined) {
          clearTimeout(timer);
          resolve(hit);
        } else waiters.push(check);
      };
      check();
    });
  return { all, wait };
}

function exited(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}

test('SIGTERM: the request in flight is finished, new connections are refused, the process exits 0', async () => {
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      FIXTURE,
      '--dynamic-serving',
      '--dynamic-serving-dns-names',
      SERVICE,
      '--secure-port',
      '0',
      '--listen-address',
      '127.0.0.1',
      '--print-ca-bundle',
      '--log-level',
      'debug',
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const exit = exited(child);
  try {
    const out = lines(child.stdout);
    const err = lines(child.stderr);
    const bundle = await out.wait((l) => l.length > 0);
    const ca = Buffer.from(bundle, 'base64').toString('utf8');
    expect(ca).toContain('BEGIN CERTIFICATE');
    const listening = JSON.parse(await err.wait((l) => l.includes('listening'))) as { port: number };

    // Start a request and send only half of its body.
    const body = JSON.stringify(REVIEW);
    const half = Math.floor(body.length / 2);
    let connected!: () => void;
    const isConnected = new Promise<void>((r) => {
      connected = r;
    });
    let req!: ClientRequest;
    const reply = new Promise<{ status: number; connection: string | undefined; text: string }>((resolve, reject) => {
      req = httpsRequest(jsonPostOptions(listening.port, ca, { headers: { 'Content-Length': Buffer.byteLength(body) } }), (res) => {
        let text = '';
        res.on('data', (c: Buffer) => {
          text += c.toString();
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, connection: res.headers.connection, text }));
      });
      req.on('error', reject);
      req.on('socket', (s) => s.on('secureConnect', connected));
      req.write(body.slice(0, half));
    });
    await isConnected;
    await new Promise((r) => setTimeout(r, 200));

    child.kill('SIGTERM');
    await err.wait((l) => l.includes('shutting down'));
    await new Promise((r) => setTimeout(r, 100));
    const refused = await new Promise<string>((resolve) => {
      const s = tcpConnect(listening.port, '127.0.0.1', () => {
        s.destroy();
        resolve('connected');
      });
      s.on('error', (e: NodeJS.ErrnoException) => resolve(e.code ?? e.message));
    });
    expect(refused).toBe('ECONNREFUSED');

    req.end(body.slice(half));
    const answer = await reply;
    expect(answer.status).toBe(200);
    expect(answer.connection).toBe('close');
    expect(JSON.parse(answer.text)).toEqual(JSON.parse(JSON.stringify(await handleValidation(REVIEW))));
    expect(await exit).toBe(0);
    expect(err.all.some((l) => l.includes('server stopped'))).toBe(true);
  } finally {
    if (child.exitCode === null) child.kill('SIGKILL');
  }
});

test('shutdown delay: readiness turns 503 while requests are still answered', async () => {
  const { server, ca } = await startTestServer({ shutdownDelayMs: 500 });
  expect((await send(server.port, ca, '/readyz', { method: 'GET' })).status).toBe(200);
  const stopped = server.shutdown();
  const ready = await send(server.port, ca, '/readyz', { method: 'GET' });
  expect(ready.status).toBe(503);
  expect(ready.text).toBe('shutting down\n');
  expect((await send(server.port, ca, '/livez', { method: 'GET' })).status).toBe(200);
  const review = await send(server.port, ca, '/validate', { body: JSON.stringify(REVIEW) });
  expect(review.status).toBe(200);
  expect(review.headers.connection).toBe('close');
  await stopped;
  expect(server.shutdown()).toBe(stopped);
});

test('shutdown timeout: a request that never completes is cut off', async () => {
  const { server, ca } = await startTestServer({ shutdownTimeoutMs: 300, requestTimeoutMs: 30_000 });
  const stalled = new Promise<string>((resolve) => {
    const req = httpsRequest(jsonPostOptions(server.port, ca, { headers: { 'Content-Length': 1000 } }), () => resolve('answered'));
    req.on('error', (e: NodeJS.ErrnoException) => resolve(e.code ?? e.message));
    req.write('{"apiVersion":');
  });
  await new Promise((r) => setTimeout(r, 200));
  const started = Date.now();
  await server.shutdown();
  expect(Date.now() - started).toBeLessThan(2000);
  expect(await stalled).toMatch(/ECONNRESET|socket hang up/);
});
