/**
 * Load test of `cmapi serve`: a server process with dynamic serving on 127.0.0.1, and 50
 * kept-alive TLS connections sending a mix of reviews (/validate Certificate CREATE, /mutate
 * CertificateRequest CREATE, /convert v1alpha2 → v1) for 20 s. Prints requests per second,
 * p50/p99/max latency, the error count and the server's RSS after the run; exits 1 on any error.
 * Run: `npx tsx bench/server.bench.ts` (BENCH_SECONDS and BENCH_CONNECTIONS override the load).
 */
import { fork } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { Agent, request } from 'node:https';
import { parse } from 'yaml';
import { startServer } from '../src/server/start.js';

const SERVICE = 'cmapi-webhook.cmapi.svc';
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);

type Reply = { type: 'ready'; port: number; ca: string } | { type: 'rss'; rss: number };

if (process.argv[2] === '--server') {
  // Child: the server under test, quiet (info level, no per-request lines).
  const server = await startServer({ tls: { kind: 'dynamic', dnsNames: [SERVICE] }, port: 0, host: '127.0.0.1', log: () => {} });
  process.send?.({ type: 'ready', port: server.port, ca: server.caBundle() ?? '' } satisfies Reply);
  process.on('message', (m) => {
    if (m === 'rss') process.send?.({ type: 'rss', rss: process.memoryUsage.rss() } satisfies Reply);
    if (m === 'stop') void server.shutdown().then(() => process.exit(0));
  });
} else {
  await main();
}

function manifest(name: string): unknown {
  return parse(readFileSync(new URL(`../fixtures/manifests/valid/${name}`, import.meta.url), 'utf8'));
}

function bodies(): Array<{ path: string; body: string }> {
  const certificate = manifest('certificate-v1-ecdsa-server.yaml') as { metadata: { namespace?: string } };
  const cr = manifest('certificaterequest-v1-ecdsa-server.yaml');
  const old = manifest('certificate-v1alpha2-organization.yaml');
  const admission = (uid: string, resource: string, kind: string, object: unknown) => ({
    apiVersion: 'admission.k8s.io/v1',
    kind: 'AdmissionReview',
    request: {
      uid,
      kind: { group: 'cert-manager.io', version: 'v1', kind },
      resource: { group: 'cert-manager.io', version: 'v1', resource },
      namespace: certificate.metadata.namespace ?? 'default',
      operation: 'CREATE',
      userInfo: { username: 'bench', uid: 'u-1', groups: ['system:authenticated'] },
      object,
    },
  });
  return [
    { path: '/validate', body: JSON.stringify(admission('v', 'certificates', 'Certificate', certificate)) },
    { path: '/mutate', body: JSON.stringify(admission('m', 'certificaterequests', 'CertificateRequest', cr)) },
    {
      path: '/convert',
      body: JSON.stringify({
        apiVersion: 'apiextensions.k8s.io/v1',
        kind: 'ConversionReview',
        request: { uid: 'c', desiredAPIVersion: 'cert-manager.io/v1', objects: [old] },
      }),
    },
  ];
}

function post(agent: Agent, port: number, ca: string, path: string, body: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', servername: SERVICE, port, path, method: 'POST', ca, agent, headers: { 'Content-Type': 'application/json' } },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

async function main(): Promise<void> {
  const child = fork(new URL(import.meta.url).pathname, ['--server'], { execArgv: process.execArgv, stdio: 'inherit' });
  const next = (): Promise<Reply> => new Promise((resolve) => child.once('message', (m) => resolve(m as Reply)));
  const ready = await next();
  if (ready.type !== 'ready') throw new Error('the server did not start');
  const payloads = bodies();
  const agent = new Agent({ keepAlive: true, maxSockets: CONNECTIONS });
  const latencies: number[] = [];
  const errors: string[] = [];
  const started = performance.now();
  const until = started + SECONDS * 1000;
  const worker = async (id: number): Promise<void> => {
    for (let i = id; performance.now() < until; i++) {
      const p = payloads[i % payloads.length] ?? payloads[0];
      if (!p) return;
      const t = performance.now();
      try {
        const status = await post(agent, ready.port, ready.ca, p.path, p.body);
        if (status !== 200) errors.push(`${p.path}: HTTP ${status}`);
      } catch (err) {
        errors.push(`${p.path}: ${(err as Error).message}`);
      }
      latencies.push(performance.now() - t);
    }
  };
  await Promise.all(Array.from({ length: CONNECTIONS }, (_, i) => worker(i)));
  const elapsed = (performance.now() - started) / 1000;
  const outcomes = await metricsLines(ready.port, ready.ca);
  child.send('rss');
  const rss = await next();
  child.send('stop');
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const pct = (q: number): number => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? Number.NaN;
  const mib = (n: number): string => `${(n / 1024 / 1024).toFixed(1)} MiB`;
  console.log(
    `cmapi serve load test: ${CONNECTIONS} connections, ${elapsed.toFixed(1)} s, TLS on 127.0.0.1, mix of /validate, /mutate, /convert`,
  );
  console.log(`requests        ${latencies.length}`);
  console.log(`errors          ${errors.length}${errors.length ? ` (first: ${errors[0]})` : ''}`);
  console.log(`requests/s      ${(latencies.length / elapsed).toFixed(0)}`);
  console.log(`latency p50     ${pct(0.5).toFixed(2)} ms`);
  console.log(`latency p99     ${pct(0.99).toFixed(2)} ms`);
  console.log(`latency max     ${(latencies.at(-1) ?? Number.NaN).toFixed(2)} ms`);
  console.log(`server RSS      ${rss.type === 'rss' ? mib(rss.rss) : '?'} (after the run)`);
  console.log(`client RSS      ${mib(process.memoryUsage.rss())}`);
  console.log(`answers (server metrics):\n${outcomes}`);
  process.exitCode = errors.length === 0 ? 0 : 1;
}

/** The server's request counters, one `endpoint outcome code count` line each. */
async function metricsLines(port: number, ca: string): Promise<string> {
  const text = await new Promise<string>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', servername: SERVICE, port, path: '/metrics', ca, agent: false }, (res) => {
      let t = '';
      res.on('data', (c: Buffer) => {
        t += c.toString();
      });
      res.on('end', () => resolve(t));
    });
    req.on('error', reject);
    req.end();
  });
  return text
    .split('\n')
    .filter((l) => l.startsWith('cmapi_webhook_requests_total{') && !l.includes('"/metrics"'))
    .map((l) => `  ${l.replace('cmapi_webhook_requests_total', '')}`)
    .join('\n');
}
