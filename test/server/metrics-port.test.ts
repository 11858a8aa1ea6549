/**
 * The metrics listener (issue 14 item 11): with `metricsPort`, Prometheus scrapes /metrics over
 * plain HTTP on its own port (9402 in deploy/), which does not serve the webhooks.
 */
import { request as httpRequest } from 'node:http';
import { expect, test } from 'vitest';
import { startTestServer } from './helpers.js';

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

test('metrics on their own port: /metrics answers in the Prometheus format, the webhooks are not served there', async () => {
  const { server, logs } = await startTestServer({ metricsPort: 0 });
  try {
    const port = server.metricsPort ?? 0;
    expect(port).toBeGreaterThan(0);
    expect(port).not.toBe(server.port);
    const metrics = await plain(port, '/metrics');
    expect(metrics.status).toBe(200);
    expect(metrics.text).toContain('# TYPE cmapi_webhook_requests_total counter');
    expect(metrics.text).toContain('# TYPE cmapi_webhook_shed_total counter');
    expect((await plain(port, '/validate', 'POST')).status).toBe(404);
    expect(logs.find((l) => l.msg === 'cmapi webhook server listening')).toMatchObject({ metricsPort: port, maxConnections: 512 });
  } finally {
    await server.shutdown();
  }
});
