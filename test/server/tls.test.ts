/**
 * TLS: protocol floor, certificates from files reloaded on change, a shared CA from files, and
 * the CA bundle file.
 */
import { X509Certificate } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect } from 'node:tls';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { startServer } from '../../src/server/start.js';
import { generateCa, issueLeaf } from '../../src/server/tls/pki.js';
import { DNS_NAMES, SERVICE, send, startTestServer } from './helpers.js';

/** Connects with `maxVersion` and resolves with the negotiated protocol or the error text. */
function handshake(port: number, ca: string, maxVersion: 'TLSv1.1' | 'TLSv1.2' | 'TLSv1.3'): Promise<string> {
  return new Promise((resolve) => {
    const s = connect({ host: '127.0.0.1', port, servername: SERVICE, ca, maxVersion, minVersion: 'TLSv1' }, () => {
      resolve(s.getProtocol() ?? '');
      s.end();
    });
    s.on('error', (e) => resolve(e.message));
  });
}

/** The serial number of the certificate a fresh connection is served. */
function servedSerial(port: number, ca: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const s = connect({ host: '127.0.0.1', port, servername: SERVICE, ca }, () => {
      resolve(s.getPeerCertificate().serialNumber);
      s.end();
    });
    s.on('error', reject);
  });
}

async function until(check: () => Promise<boolean>, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('condition not reached in time');
}

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cmapi-tls-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('protocol versions', () => {
  test('TLS 1.2 and 1.3 are accepted, TLS 1.1 is refused with a protocol alert', async () => {
    const { server, ca } = await startTestServer();
    try {
      expect(await handshake(server.port, ca, 'TLSv1.3')).toBe('TLSv1.3');
      expect(await handshake(server.port, ca, 'TLSv1.2')).toBe('TLSv1.2');
      expect(await handshake(server.port, ca, 'TLSv1.1')).toMatch(/protocol version/);
    } finally {
      await server.shutdown();
    }
  });

  test('minTlsVersion TLSv1.3 refuses TLS 1.2 clients', async () => {
    const { server, ca } = await startTestServer({ minTlsVersion: 'TLSv1.3' });
    try {
      expect(await handshake(server.port, ca, 'TLSv1.3')).toBe('TLSv1.3');
      expect(await handshake(server.port, ca, 'TLSv1.2')).toMatch(/protocol version/);
    } finally {
      await server.shutdown();
    }
  });
});

describe('certificates from files', () => {
  test('the files are served, and replaced files are picked up for new connections', async () => {
    const ca = await generateCa(3_600_000);
    const first = await issueLeaf(ca, DNS_NAMES, 3_600_000);
    const certFile = join(dir, 'tls.crt');
    const keyFile = join(dir, 'tls.key');
    await writeFile(certFile, first.certPem);
    await writeFile(keyFile, first.keyPem);
    const logs: string[] = [];
    const server = await startServer({
      tls: { kind: 'files', certFile, keyFile, reloadIntervalMs: 50 },
      port: 0,
      host: '127.0.0.1',
      log: (l) => logs.push(l),
    });
    try {
      const serial1 = new X509Certificate(first.certPem).serialNumber;
      expect(await servedSerial(server.port, ca.certPem)).toBe(serial1);
      expect(server.caBundle()).toBeUndefined();

      // A half-written pair (new certificate, old key) is rejected; the old certificate stays.
      const second = await issueLeaf(ca, DNS_NAMES, 3_600_000);
      await writeFile(certFile, second.certPem);
      await until(async () => logs.some((l) => l.includes('rejected')));
      expect(await servedSerial(server.port, ca.certPem)).toBe(serial1);

      await writeFile(keyFile, second.keyPem);
      const serial2 = new X509Certificate(second.certPem).serialNumber;
      await until(async () => (await servedSerial(server.port, ca.certPem)) === serial2);
      const metrics = await send(server.port, ca.certPem, '/metrics', { method: 'GET' });
      expect(metrics.text).toContain('cmapi_serving_certificate_rotations_total 1');
    } finally {
      await server.shutdown();
    }
  });

  test('missing or mismatched files stop the server from starting', async () => {
    const tls = { kind: 'files' as const, certFile: join(dir, 'nope.crt'), keyFile: join(dir, 'nope.key') };
    await expect(startServer({ tls, port: 0, host: '127.0.0.1', log: () => {} })).rejects.toThrow(/cannot be read/);
    const ca = await generateCa(3_600_000);
    const a = await issueLeaf(ca, DNS_NAMES, 3_600_000);
    const b = await issueLeaf(ca, DNS_NAMES, 3_600_000);
    await writeFile(tls.certFile, a.certPem);
    await writeFile(tls.keyFile, b.keyPem);
    await expect(startServer({ tls, port: 0, host: '127.0.0.1', log: () => {} })).rejects.toThrow(/cannot be used together/);
  });
});

describe('dynamic serving', () => {
  test('a shared CA from files signs the serving certificate; the bundle file holds it; a new CA is picked up', async () => {
    const caCertFile = join(dir, 'ca.crt');
    const caKeyFile = join(dir, 'ca.key');
    const caBundleFile = join(dir, 'bundle.pem');
    const ca1 = await generateCa(3_600_000);
    await writeFile(caCertFile, ca1.certPem);
    await writeFile(caKeyFile, ca1.keyPem);
    const server = await startServer({
      tls: { kind: 'dynamic', dnsNames: DNS_NAMES, caCertFile, caKeyFile, caBundleFile, reloadIntervalMs: 50 },
      port: 0,
      host: '127.0.0.1',
      log: () => {},
    });
    try {
      expect(server.caBundle()).toBe(ca1.certPem);
      expect(await readFile(caBundleFile, 'utf8')).toBe(ca1.certPem);
      expect((await send(server.port, ca1.certPem, '/healthz', { method: 'GET' })).status).toBe(200);

      const ca2 = await generateCa(3_600_000);
      await writeFile(caKeyFile, ca2.keyPem);
      await writeFile(caCertFile, ca2.certPem);
      await until(async () => (await readFile(caBundleFile, 'utf8')) === ca2.certPem);
      await until(async () => (await send(server.port, ca2.certPem, '/livez', { method: 'GET' }).catch(() => undefined))?.status === 200);
      expect(server.caBundle()).toBe(ca2.certPem);
    } finally {
      await server.shutdown();
    }
  });

  test('without DNS names, or with only one of the CA files, the server does not start', async () => {
    await expect(startServer({ tls: { kind: 'dynamic', dnsNames: [] }, port: 0, host: '127.0.0.1', log: () => {} })).rejects.toThrow(
      /DNS name/,
    );
    const tls = { kind: 'dynamic' as const, dnsNames: DNS_NAMES, caCertFile: join(dir, 'ca.crt') };
    await expect(startServer({ tls, port: 0, host: '127.0.0.1', log: () => {} })).rejects.toThrow(/both/);
  });

  test('a generated CA is renewed when less than 1/3 of its lifetime remains, and the bundle file follows', async () => {
    const caBundleFile = join(dir, 'bundle.pem');
    const logs: string[] = [];
    const started = Date.now();
    const server = await startServer({
      tls: { kind: 'dynamic', dnsNames: DNS_NAMES, caDurationMs: 3000, leafDurationMs: 60_000, caBundleFile },
      port: 0,
      host: '127.0.0.1',
      log: (l) => logs.push(l),
    });
    try {
      const first = server.caBundle();
      await until(async () => server.caBundle() !== first, 8000);
      // Renewed at about 2/3 of 3 s (X.509 times have whole seconds), once, not in a loop.
      expect(Date.now() - started).toBeGreaterThan(1000);
      await new Promise((r) => setTimeout(r, 300));
      expect(logs.filter((l) => l.includes('serving CA ready')).length).toBe(2);
      const bundle = server.caBundle() ?? '';
      await until(async () => (await readFile(caBundleFile, 'utf8')) === bundle);
      const leaf = new X509Certificate(server.servingCertificate() ?? '');
      expect(leaf.verify(new X509Certificate(bundle).publicKey)).toBe(true);
      // The leaf never outlives its CA.
      expect(new Date(leaf.validTo).getTime()).toBeLessThanOrEqual(new Date(new X509Certificate(bundle).validTo).getTime());
    } finally {
      await server.shutdown();
    }
  });
});
