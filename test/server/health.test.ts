/**
 * Health reflects the certificate: an expired serving certificate makes /healthz 500 and
 * /readyz 503 while /livez stays 200. The plain-HTTP health listener serves only the
 * operational paths. The default body limit is upstream's 7 MiB.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { DEFAULT_MAX_BODY_BYTES } from '../../src/server/options.js';
import { startServer } from '../../src/server/start.js';
import { generateCa, issueLeaf } from '../../src/server/tls/pki.js';
import { DNS_NAMES, send, startTestServer } from './helpers.js';

function plain(port: number, path: string, method = 'GET'): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, path, method }, (res) => {
      let text = '';
      res.on('data', (c: Buffer) => {
        text += c.toString();
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
    });
    req.on('error', reject);
    req.end();
  });
}

test('an expired serving certificate: /healthz 500, /readyz 503, /livez 200', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'cmapi-health-'));
  try {
    const ca = await generateCa(3_600_000);
    // Issued 30 s ago for one second: expired now.
    const leaf = await issueLeaf(ca, DNS_NAMES, 1000, Date.now() - 30_000);
    expect(leaf.notAfter.getTime()).toBeLessThan(Date.now());
    const certFile = join(dir, 'tls.crt');
    const keyFile = join(dir, 'tls.key');
    await writeFile(certFile, leaf.certPem);
    await writeFile(keyFile, leaf.keyPem);
    const server = await startServer({
      tls: { kind: 'files', certFile, keyFile },
      port: 0,
      host: '127.0.0.1',
      healthPort: 0,
      log: () => {},
    });
    try {
      const health = server.healthPort ?? 0;
      expect(server.healthy()).toBe(false);
      expect(await plain(health, '/healthz')).toEqual({ status: 500, text: 'no valid serving certificate\n' });
      expect((await plain(health, '/readyz')).status).toBe(503);
      expect((await plain(health, '/livez')).status).toBe(200);
      const metrics = await plain(health, '/metrics');
      expect(metrics.text).toMatch(/cmapi_webhook_requests_total\{endpoint="\/healthz",outcome="unhealthy",code="500"\} 1/);
    } finally {
      await server.shutdown();
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('the plain-HTTP health listener serves health and metrics, not the webhooks', async () => {
  const { server } = await startTestServer({ healthPort: 0 });
  try {
    const port = server.healthPort ?? 0;
    expect(port).toBeGreaterThan(0);
    expect(await plain(port, '/healthz')).toEqual({ status: 200, text: 'ok\n' });
    expect((await plain(port, '/metrics')).text).toContain('# TYPE cmapi_webhook_requests_total counter');
    expect((await plain(port, '/livez', 'HEAD')).status).toBe(200);
    expect((await plain(port, '/validate', 'POST')).status).toBe(404);
  } finally {
    await server.shutdown();
  }
});

test('the default body limit is 7 MiB: a 3 MiB review is answered, 7 MiB + 1 byte is 413', async () => {
  const { server, ca } = await startTestServer();
  try {
    expect(DEFAULT_MAX_BODY_BYTES).toBe(7_340_032);
    const object = { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'big' }, data: { blob: 'x'.repeat(3 * 1024 * 1024) } };
    const review = {
      apiVersion: 'admission.k8s.io/v1',
      kind: 'AdmissionReview',
      request: { uid: 'big', operation: 'DELETE', oldObject: object },
    };
    const ok = await send(server.port, ca, '/validate', { body: JSON.stringify(review) });
    expect(ok.status).toBe(200);
    expect(ok.json()).toMatchObject({ response: { uid: 'big', allowed: true } });
    const tooBig = await send(server.port, ca, '/validate', { body: 'x'.repeat(DEFAULT_MAX_BODY_BYTES + 1) });
    expect(tooBig.status).toBe(413);
    expect(tooBig.json()).toMatchObject({
      response: { status: { code: 413, message: 'request entity is too large; limit is 7340032 bytes' } },
    });
  } finally {
    await server.shutdown();
  }
});
