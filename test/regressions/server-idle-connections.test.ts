// Regression (issue 15 item 4): with the file descriptor limit at 1024, 1,100 idle TCP connections
// denied `cmapi serve` for 32 s (the handshake timeout) with nothing logged. Connections are now
// bounded: at the limit a new connection closes the longest-idle one (logged, counted in
// /metrics), so health probes and the API server get in at once.
import { request as httpsRequest } from 'node:https';
import { connect, type Socket } from 'node:net';
import { expect, test } from 'vitest';
import { jsonPostOptions, send, startTestServer } from '../server/helpers.js';

function idleConnection(port: number): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const s = connect(port, '127.0.0.1', () => resolve(s));
    s.on('error', () => {});
    s.once('error', reject);
  });
}

test('idle connections at the limit: a health probe is answered at once and the shed is logged', async () => {
  const { server, ca, logs } = await startTestServer({ maxConnections: 20, headersTimeoutMs: 30_000 });
  const idle: Socket[] = [];
  try {
    for (let i = 0; i < 60; i++) idle.push(await idleConnection(server.port));
    const started = Date.now();
    const health = await send(server.port, ca, '/healthz', { method: 'GET' });
    expect(health.status).toBe(200);
    expect(Date.now() - started).toBeLessThan(1000);
    await new Promise((r) => setTimeout(r, 50));
    // At most the limit stayed open; the oldest idle ones were closed to make room.
    expect(idle.filter((s) => !s.destroyed && !s.readableEnded).length).toBeLessThanOrEqual(20);
    const shed = logs.filter((l) => l.reason === 'connection-limit-idle-closed');
    expect(shed.length).toBeGreaterThanOrEqual(1);
    expect(shed[0]).toMatchObject({ level: 'warn', listener: 'https', limit: 20 });
    const metrics = await send(server.port, ca, '/metrics', { method: 'GET' });
    const closed = Number(/cmapi_webhook_shed_total\{reason="connection-limit-idle-closed"\} (\d+)/.exec(metrics.text)?.[1]);
    expect(closed).toBeGreaterThanOrEqual(40);
  } finally {
    for (const s of idle) s.destroy();
    await server.shutdown();
  }
});

test('the plain-HTTP health listener has its own bound: idle connections to it cannot keep probes out', async () => {
  const { server, logs } = await startTestServer({ healthPort: 0 });
  const port = server.healthPort ?? 0;
  const idle: Socket[] = [];
  try {
    for (let i = 0; i < 100; i++) idle.push(await idleConnection(port));
    const started = Date.now();
    const status = await new Promise<number>((resolve, reject) => {
      const s = connect(port, '127.0.0.1', () => s.write('GET /readyz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'));
      let text = '';
      s.on('data', (c: Buffer) => {
        text += c.toString();
      });
      s.on('end', () => resolve(Number(text.split(' ')[1])));
      s.on('error', reject);
    });
    expect(status).toBe(200);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(logs.some((l) => l.reason === 'connection-limit-idle-closed' && l.listener === 'health')).toBe(true);
  } finally {
    for (const s of idle) s.destroy();
    await server.shutdown();
  }
});

test('a connection with a request in flight is never the one closed to make room', async () => {
  const { server, ca } = await startTestServer({ maxConnections: 5, headersTimeoutMs: 30_000 });
  const idle: Socket[] = [];
  try {
    const body = JSON.stringify({
      apiVersion: 'admission.k8s.io/v1',
      kind: 'AdmissionReview',
      request: { uid: 'busy', operation: 'CREATE' },
    });
    let sent!: () => void;
    const headersOut = new Promise<void>((r) => {
      sent = r;
    });
    let finish!: () => void;
    const reply = new Promise<number | string>((resolve) => {
      const req = httpsRequest(jsonPostOptions(server.port, ca, { headers: { 'Content-Length': Buffer.byteLength(body) } }), (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      });
      req.on('error', (e: NodeJS.ErrnoException) => resolve(e.code ?? e.message));
      req.write(body.slice(0, 10), () => sent());
      finish = () => req.end(body.slice(10));
    });
    await headersOut;
    await new Promise((r) => setTimeout(r, 200));
    for (let i = 0; i < 30; i++) idle.push(await idleConnection(server.port));
    await new Promise((r) => setTimeout(r, 100));
    finish();
    expect(await reply).toBe(200);
  } finally {
    for (const s of idle) s.destroy();
    await server.shutdown();
  }
});
