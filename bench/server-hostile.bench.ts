/**
 * Hostile load on `cmapi serve` (issue 15 item 4): a server process with its default limits
 * (512 connections, 32 MiB of bodies in flight) and 1024 file descriptors, 1,100 idle TCP
 * connections opened against it,
 * and 200 clients each sending 7 MiB reviews back to back over new connections, while health is
 * probed every 100 ms on the plain-HTTP health port and on the HTTPS port. Prints the probes'
 * latencies (p50, p99, max), the phases of the slowest HTTPS probe (TCP connected, TLS
 * established, answered), the server's event-loop delay and utilisation, the kernel's
 * listen-queue overflows during the run (whole host, Linux), the answers the big bodies got, the
 * shed counts and the server's peak RSS; exits 1 when a probe failed or took 1 s or more.
 * The machine's load matters: note the load average with the figures.
 * Run: `npx tsx bench/server-hostile.bench.ts` (BENCH_SECONDS, BENCH_IDLE, BENCH_BODIES and
 * BENCH_SERVER_FD_LIMIT override).
 */
import { fork, spawn } from 'node:child_process';
import { get as httpGet } from 'node:http';
import { request } from 'node:https';
import { connect, type Socket } from 'node:net';
import { readFileSync } from 'node:fs';
import { monitorEventLoopDelay, performance as perf } from 'node:perf_hooks';
import type { TLSSocket } from 'node:tls';
import { startServer } from '../src/server/start.js';

const SERVICE = 'cmapi-webhook.cmapi.svc';
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const IDLE = Number(process.env.BENCH_IDLE ?? 1100);
const BODIES = Number(process.env.BENCH_BODIES ?? 200);
const BODY_BYTES = 7 * 1024 * 1024;
/** The server's file descriptor limit, as in a container (the report's denial took 1,100 idle connections at 1024). */
const FD_LIMIT = Number(process.env.BENCH_SERVER_FD_LIMIT ?? 1024);

type Reply =
  | { type: 'ready'; port: number; healthPort: number; ca: string }
  | { type: 'rss'; rss: number }
  | { type: 'loop'; p50: number; p99: number; max: number; utilisation: number };

if (process.argv[2] === '--load') {
  await load(JSON.parse(process.argv[3] ?? '{}') as Extract<Reply, { type: 'ready' }>, Number(process.argv[4]));
} else if (process.argv[2] === '--server') {
  const server = await startServer({
    tls: { kind: 'dynamic', dnsNames: [SERVICE] },
    port: 0,
    healthPort: 0,
    host: '127.0.0.1',
    log: () => {},
  });
  // Where the server's time goes: event-loop delay (how late timers and I/O callbacks run) and
  // utilisation (the share of time the loop was busy) over the run.
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  const elu = perf.eventLoopUtilization();
  process.send?.({ type: 'ready', port: server.port, healthPort: server.healthPort ?? 0, ca: server.caBundle() ?? '' } satisfies Reply);
  process.on('message', (m) => {
    if (m === 'rss') process.send?.({ type: 'rss', rss: process.memoryUsage.rss() } satisfies Reply);
    if (m === 'loop') {
      delay.disable();
      const ms = (ns: number) => ns / 1e6;
      const utilisation = perf.eventLoopUtilization(elu).utilization;
      process.send?.({
        type: 'loop',
        p50: ms(delay.percentile(50)),
        p99: ms(delay.percentile(99)),
        max: ms(delay.max),
        utilisation,
      } satisfies Reply);
    }
    if (m === 'stop') void server.shutdown().then(() => process.exit(0));
  });
} else {
  await main();
}

async function main(): Promise<void> {
  // The server runs under the container-like descriptor limit (the shell sets it, then becomes node).
  const child = spawn(
    'sh',
    ['-c', `ulimit -n ${FD_LIMIT} && exec "$0" "$@"`, process.execPath, '--import', 'tsx', new URL(import.meta.url).pathname, '--server'],
    { stdio: ['inherit', 'inherit', 'inherit', 'ipc'] },
  );
  const ready = await new Promise<Extract<Reply, { type: 'ready' }>>((resolve) =>
    child.on('message', (m: Reply) => {
      if (m.type === 'ready') resolve(m);
    }),
  );
  let peakRss = 0;
  let loop: Extract<Reply, { type: 'loop' }> | undefined;
  child.on('message', (m: Reply) => {
    if (m.type === 'rss') peakRss = Math.max(peakRss, m.rss);
    if (m.type === 'loop') loop = m;
  });
  const overflowsBefore = listenOverflows();
  const rssTimer = setInterval(() => child.send('rss'), 200);
  const end = Date.now() + SECONDS * 1000;

  // The load runs in its own process, so that the probes below measure the server, not a busy client.
  const loader = fork(new URL(import.meta.url).pathname, ['--load', JSON.stringify(ready), String(end)], {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
  });
  let loadReport = '';
  loader.stdout?.on('data', (c: Buffer) => {
    loadReport += c.toString();
  });
  const loadDone = new Promise((r) => loader.once('exit', r));
  await new Promise((r) => setTimeout(r, 300));

  const probes = { health: [] as number[], https: [] as number[], failed: [] as string[] };
  /** Phases of the slowest HTTPS probe: TCP connected, TLS established, answer complete (ms from start). */
  let slowest = { total: 0, connect: 0, tls: 0 };
  const probe = async (): Promise<void> => {
    while (Date.now() < end) {
      const t0 = performance.now();
      const h = await new Promise<number | string>((resolve) => {
        const req = httpGet({ host: '127.0.0.1', port: ready.healthPort, path: '/healthz', agent: false }, (res) => {
          res.resume();
          res.on('end', () => resolve(res.statusCode ?? 0));
        });
        req.setTimeout(5000, () => req.destroy(new Error('timeout')));
        req.on('error', (e) => resolve(e.message));
      });
      const t1 = performance.now();
      const phases = { connect: 0, tls: 0 };
      const s = await new Promise<number | string>((resolve) => {
        const req = request(
          { host: '127.0.0.1', servername: SERVICE, port: ready.port, path: '/healthz', ca: ready.ca, agent: false },
          (res) => {
            res.resume();
            res.on('end', () => resolve(res.statusCode ?? 0));
          },
        );
        req.setTimeout(5000, () => req.destroy(new Error('timeout')));
        req.on('error', (e) => resolve(e.message));
        req.on('socket', (socket: TLSSocket) => {
          socket.once('connect', () => {
            phases.connect = performance.now() - t1;
          });
          socket.once('secureConnect', () => {
            phases.tls = performance.now() - t1;
          });
        });
        req.end();
      });
      const t2 = performance.now();
      if (t2 - t1 > slowest.total) slowest = { total: t2 - t1, ...phases };
      probes.health.push(t1 - t0);
      probes.https.push(t2 - t1);
      if (h !== 200) probes.failed.push(`health port: ${h}`);
      if (s !== 200) probes.failed.push(`https port: ${s}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  };

  await probe();
  await loadDone;
  clearInterval(rssTimer);
  const metrics = await new Promise<string>((resolve) => {
    httpGet({ host: '127.0.0.1', port: ready.healthPort, path: '/metrics', agent: false }, (res) => {
      let t = '';
      res.on('data', (c: Buffer) => {
        t += c.toString();
      });
      res.on('end', () => resolve(t));
    });
  });
  const overflows = listenOverflows() - overflowsBefore;
  child.send('loop');
  await new Promise((r) => setTimeout(r, 200));
  child.send('stop');
  await new Promise((r) => child.once('exit', r));

  const stats = (xs: number[]) => {
    const s = [...xs].sort((a, b) => a - b);
    const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? 0;
    return `n=${s.length} p50=${at(0.5).toFixed(1)} ms p99=${at(0.99).toFixed(1)} ms max=${(s.at(-1) ?? 0).toFixed(1)} ms`;
  };
  process.stdout.write(loadReport);
  console.log(`/healthz on the health port: ${stats(probes.health)}`);
  console.log(`/healthz on the HTTPS port:  ${stats(probes.https)}`);
  console.log(
    `shed: ${
      metrics
        .split('\n')
        .filter((l) => l.startsWith('cmapi_webhook_shed_total'))
        .join(', ') || 'none'
    }`,
  );
  console.log(
    `slowest HTTPS probe: TCP connected at ${slowest.connect.toFixed(1)} ms, TLS at ${slowest.tls.toFixed(1)} ms, answered at ${slowest.total.toFixed(1)} ms`,
  );
  if (loop) {
    console.log(
      `server event loop: delay p50=${loop.p50.toFixed(1)} ms p99=${loop.p99.toFixed(1)} ms max=${loop.max.toFixed(1)} ms, utilisation ${(loop.utilisation * 100).toFixed(0)}%`,
    );
  }
  if (overflows >= 0) console.log(`listen queue overflows during the run (whole host): ${overflows}`);
  console.log(`server peak RSS: ${(peakRss / 1024 / 1024).toFixed(0)} MiB (file descriptor limit ${FD_LIMIT})`);
  const worst = Math.max(...probes.health, ...probes.https);
  if (probes.failed.length > 0 || worst >= 1000) {
    console.log(`FAIL: ${probes.failed.length} failed probes (${probes.failed.slice(0, 5).join('; ')}), worst ${worst.toFixed(0)} ms`);
    process.exitCode = 1;
  }
}

/** The kernel's count of connections dropped because a listen queue was full (Linux; -1 elsewhere). */
function listenOverflows(): number {
  try {
    const lines = readFileSync('/proc/net/netstat', 'utf8')
      .split('\n')
      .filter((l) => l.startsWith('TcpExt:'));
    const names = lines[0]?.split(' ') ?? [];
    const values = lines[1]?.split(' ') ?? [];
    return Number(values[names.indexOf('ListenOverflows')] ?? -1);
  } catch {
    return -1;
  }
}

/** The load process: idle connections and big bodies until `end`; prints what the bodies got. */
async function load(ready: Extract<Reply, { type: 'ready' }>, end: number): Promise<void> {
  const idle: Socket[] = [];
  let idleOpened = 0;
  for (let i = 0; i < IDLE; i++) {
    const s = connect(ready.port, '127.0.0.1');
    s.on('connect', () => idleOpened++);
    s.on('error', () => {});
    idle.push(s);
  }

  const review = JSON.stringify({
    apiVersion: 'admission.k8s.io/v1',
    kind: 'AdmissionReview',
    request: { uid: 'big', operation: 'CREATE' },
  });
  const body = Buffer.alloc(BODY_BYTES - 1024, 0x20);
  Buffer.from(review).copy(body);
  const answers = new Map<string, number>();
  const count = (k: string) => answers.set(k, (answers.get(k) ?? 0) + 1);
  const bigClient = async (): Promise<void> => {
    while (Date.now() < end) {
      count(
        await new Promise<string>((resolve) => {
          const req = request(
            {
              host: '127.0.0.1',
              servername: SERVICE,
              port: ready.port,
              path: '/validate',
              method: 'POST',
              ca: ready.ca,
              agent: false,
              headers: { 'Content-Type': 'application/json', 'Content-Length': body.length },
            },
            (res) => {
              res.resume();
              res.on('end', () => resolve(String(res.statusCode)));
            },
          );
          req.setTimeout(30_000, () => req.destroy(new Error('timeout')));
          req.on('error', (e: NodeJS.ErrnoException) => resolve(e.code ?? e.message));
          req.end(body);
        }),
      );
    }
  };

  await Promise.all(Array.from({ length: BODIES }, bigClient));
  for (const s of idle) s.destroy();
  console.log(`load: ${SECONDS} s, ${IDLE} idle TCP connections (${idleOpened} opened), ${BODIES} clients sending ${BODY_BYTES} B bodies`);
  console.log(`big-body answers: ${[...answers].map(([k, v]) => `${k}×${v}`).join(', ')}`);
}
