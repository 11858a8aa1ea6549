/**
 * Serving-certificate rotation under load: with a 2-second leaf, the server renews it several
 * times while clients keep sending reviews over new and kept-alive connections, and no request
 * fails.
 */
import { Agent, request as httpsRequest } from 'node:https';
import type { TLSSocket } from 'node:tls';
import { expect, test } from 'vitest';
import { handleValidation } from '../../src/admission/handle-validation.js';
import { jsonPostOptions, send, SERVICE, startTestServer } from './helpers.js';

const REVIEW = {
  apiVersion: 'admission.k8s.io/v1',
  kind: 'AdmissionReview',
  request: {
    uid: 'rot',
    kind: { group: 'cert-manager.io', version: 'v1', kind: 'Issuer' },
    resource: { group: 'cert-manager.io', version: 'v1', resource: 'issuers' },
    operation: 'CREATE',
    userInfo: { username: 'alice' },
    object: { apiVersion: 'cert-manager.io/v1', kind: 'Issuer', metadata: { name: 'a', namespace: 'default' }, spec: { selfSigned: {} } },
  },
};

/** POSTs the review and reports the status, the body and the serial of the certificate the connection was served. */
function call(port: number, ca: string, agent: Agent | false): Promise<{ status: number; body: string; serial: string }> {
  return new Promise((resolve, reject) => {
    const req = httpsRequest(jsonPostOptions(port, ca, { agent }), (res) => {
      const serial = (res.socket as TLSSocket).getPeerCertificate().serialNumber;
      let body = '';
      res.on('data', (c: Buffer) => {
        body += c.toString();
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, serial }));
    });
    req.on('error', reject);
    req.end(JSON.stringify(REVIEW));
  });
}

test('rotation: a 2 s serving certificate is renewed while clients keep sending, with no failed request', async () => {
  const { server, ca } = await startTestServer({ tls: { kind: 'dynamic', dnsNames: [SERVICE], leafDurationMs: 2000 } });
  const expected = JSON.stringify(await handleValidation(REVIEW));
  const keepAlive = new Agent({ keepAlive: true, maxSockets: 4 });
  const serials = new Set<string>();
  const failures: string[] = [];
  let ok = 0;
  const until = Date.now() + 3500;
  const worker = async (agent: Agent | false): Promise<void> => {
    while (Date.now() < until) {
      try {
        const r = await call(server.port, ca, agent);
        serials.add(r.serial);
        if (r.status === 200 && r.body === expected) ok++;
        else failures.push(`${r.status} ${r.body}`);
      } catch (err) {
        failures.push((err as Error).message);
      }
    }
  };
  try {
    await Promise.all([worker(false), worker(false), worker(keepAlive), worker(keepAlive)]);
    expect(failures).toEqual([]);
    expect(ok).toBeGreaterThan(50);
    // New connections saw at least three different serving certificates (two renewals).
    expect(serials.size).toBeGreaterThanOrEqual(3);
    const metrics = await send(server.port, ca, '/metrics', { method: 'GET' });
    const rotations = Number(/cmapi_serving_certificate_rotations_total (\d+)/.exec(metrics.text)?.[1]);
    expect(rotations).toBeGreaterThanOrEqual(2);
    expect(server.healthy()).toBe(true);
  } finally {
    keepAlive.destroy();
    await server.shutdown();
  }
});
