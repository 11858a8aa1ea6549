// Regression (issue 15 item 13): on SIGTERM with the default `--shutdown-delay 0`, `cmapi serve`
// reset one request per keep-alive connection: closing the listener closed idle keep-alive
// connections at once, under requests already on their way. Shutdown now stops accepting, keeps
// open connections for a moment and answers what arrives on them with `Connection: close`.
import { Agent, request as httpsRequest } from 'node:https';
import { expect, test } from 'vitest';
import { jsonPostOptions, startTestServer } from '../server/helpers.js';

const REVIEW = JSON.stringify({ apiVersion: 'admission.k8s.io/v1', kind: 'AdmissionReview', request: { uid: 'k', operation: 'CREATE' } });

interface Outcome {
  readonly ok: number;
  readonly closeHeaders: number;
  readonly errors: string[];
}

/** Sends reviews back to back on a keep-alive agent until a request fails (the server is gone); reports what happened. */
async function client(port: number, ca: string, agent: Agent): Promise<Outcome> {
  let ok = 0;
  let closeHeaders = 0;
  const errors: string[] = [];
  while (errors.length === 0) {
    const r = await new Promise<{ status: number; connection?: string } | string>((resolve) => {
      const req = httpsRequest(jsonPostOptions(port, ca, { agent }), (res) => {
        res.resume();
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, ...(res.headers.connection ? { connection: res.headers.connection } : {}) }),
        );
      });
      req.on('error', (e: NodeJS.ErrnoException) => resolve(e.code ?? e.message));
      req.end(REVIEW);
    });
    if (typeof r === 'string') errors.push(r);
    else {
      expect(r.status).toBe(200);
      ok++;
      if (r.connection === 'close') closeHeaders++;
    }
  }
  return { ok, closeHeaders, errors };
}

test('shutdown with delay 0 under keep-alive load: no request is reset, every connection ends with Connection: close', async () => {
  const { server, ca } = await startTestServer({ shutdownDelayMs: 0 });
  const agent = new Agent({ keepAlive: true, maxSockets: 8 });
  try {
    const clients = Array.from({ length: 8 }, () => client(server.port, ca, agent));
    await new Promise((r) => setTimeout(r, 400));
    await server.shutdown();
    const outcomes = await Promise.all(clients);
    for (const o of outcomes) {
      expect(o.ok).toBeGreaterThan(0);
      // The only failure allowed is the refused connection after the listener closed.
      expect(o.errors).toEqual(['ECONNREFUSED']);
    }
    // Each kept-alive connection was told to close before the server went away.
    expect(outcomes.reduce((n, o) => n + o.closeHeaders, 0)).toBeGreaterThanOrEqual(8);
  } finally {
    agent.destroy();
  }
});

test('an idle keep-alive connection is kept for a moment after shutdown, and a request on it is answered', async () => {
  const { server, ca } = await startTestServer({ shutdownDelayMs: 0 });
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const post = () =>
    new Promise<{ status: number; connection: string | undefined }>((resolve, reject) => {
      const req = httpsRequest(jsonPostOptions(server.port, ca, { agent }), (res) => {
        res.resume();
        res.on('end', () => resolve({ status: res.statusCode ?? 0, connection: res.headers.connection }));
      });
      req.on('error', reject);
      req.end(REVIEW);
    });
  try {
    expect((await post()).connection).toBe('keep-alive');
    const stopped = server.shutdown();
    await new Promise((r) => setTimeout(r, 100));
    // The request goes out on the kept-alive socket after shutdown began: answered, told to close.
    expect(await post()).toEqual({ status: 200, connection: 'close' });
    await stopped;
  } finally {
    agent.destroy();
  }
});
