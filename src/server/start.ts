/**
 * `startServer(options)`: the reference HTTPS webhook server on node:https, with no framework.
 */
import { createServer as createHttpServer, type Server as HttpServer } from 'node:http';
import { createServer as createHttpsServer, type Server as HttpsServer } from 'node:https';
import { type AddressInfo, Server as NetServer, type Socket } from 'node:net';
import type { SecureContextOptions } from 'node:tls';
import { HandshakeGate } from './http/handshakes.js';
import { route, type RouterContext } from './http/router.js';
import { ByteBudget, ConnectionGuard, ShedLog } from './http/shed.js';
import { createLogger } from './log.js';
import { Metrics } from './metrics.js';
import { resolveOptions, type ResolvedOptions, type ServerOptions } from './options.js';
import { DynamicSource } from './tls/dynamic.js';
import { FileSource } from './tls/files.js';
import { type CertificateSource, isHealthy, type ServingMaterial } from './tls/source.js';

/**
 * A running server, as {@link startServer} returns it.
 * @public
 */
export interface RunningServer {
  /** The HTTPS port (useful with `port: 0`). */
  readonly port: number;
  /** The plain-HTTP health port, when one was asked for. */
  readonly healthPort: number | undefined;
  /** The plain-HTTP metrics port, when one was asked for. */
  readonly metricsPort: number | undefined;
  /** The CA bundle (PEM) that verifies the serving certificate, with dynamic serving. */
  caBundle(): string | undefined;
  /** The serving certificate now in use (PEM chain). */
  servingCertificate(): string | undefined;
  /** Whether a serving certificate is present and unexpired (what `/healthz` reports). */
  healthy(): boolean;
  /**
   * Stops gracefully: readiness turns 503, the listeners stop accepting, requests in flight are
   * finished (connections cut after `shutdownTimeoutMs`), timers stop. Idempotent.
   */
  shutdown(): Promise<void>;
}

/** Largest request header section accepted (as upstream's webhook listener). */
const MAX_HEADER_BYTES = 1024 * 1024;

/**
 * Length of each listener's queue of connections not yet accepted (the kernel caps it at
 * `net.core.somaxconn`, 4096 by default on Linux ≥ 5.4, which is also what Go listeners ask
 * for). Node's default, 511, overflowed under a burst of new connections: the kernel then
 * drops handshakes and clients retry after a second or more.
 */
const LISTEN_BACKLOG = 4096;

/** Connection limit of each plain-HTTP listener (health, metrics): probes and scrapes need few. */
const PLAIN_MAX_CONNECTIONS = 64;

/**
 * On shutdown, how long keep-alive connections stay open after the listeners stop accepting: a
 * request already on its way is answered (with `Connection: close`) instead of meeting a closed
 * socket. Connections still idle afterwards are closed.
 */
const DRAIN_IDLE_MS = 1000;

/** A listener with its connection bound. */
interface Listener {
  readonly server: HttpServer | HttpsServer;
  readonly guard: ConnectionGuard;
  /** The HTTPS listener's handshake gate. */
  readonly gate?: HandshakeGate;
}

/**
 * Starts cmapi's admission and conversion webhook server: HTTPS on `port` with POST
 * `/validate`, `/mutate` and `/convert` (answered by {@link handleValidation},
 * {@link handleMutation} and {@link handleConversion}), and GET `/healthz`, `/livez`, `/readyz`
 * and `/metrics`. The serving certificate comes from files (reloaded when they change) or is
 * generated and renewed by the server (dynamic serving). Resolves once the server listens;
 * rejects when no certificate can be had or the port cannot be bound.
 * @param options - certificate source, listener, limits, timeouts and logging
 * @returns the running server, with its port, CA bundle and `shutdown()`
 * @example
 * ```ts
 * const server = await startServer({
 *   port: 0,
 *   tls: { kind: 'dynamic', dnsNames: ['cmapi-webhook', 'cmapi-webhook.cmapi', 'cmapi-webhook.cmapi.svc'] },
 * });
 * console.log(server.port, server.caBundle());
 * process.once('SIGTERM', () => void server.shutdown());
 * ```
 * @public
 */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const opts = resolveOptions(options);
  const log = createLogger(opts.logLevel, opts.log);
  const source: CertificateSource = opts.tls.kind === 'files' ? new FileSource(opts.tls, log) : new DynamicSource(opts.tls, log);
  await source.start();
  let draining = false;
  const shed = new ShedLog(log);
  const ctx: RouterContext = {
    options: opts,
    log,
    metrics: new Metrics(),
    source,
    draining: () => draining,
    budget: new ByteBudget(opts.maxBodyBytesInFlight),
    shed,
    inFlight: new Set(),
  };
  const first = source.current();
  if (!first) throw new Error('the certificate source produced no certificate');
  const https = createHttpsServer({
    ...tlsOptions(opts, first),
    ...httpOptions(opts),
    handshakeTimeout: opts.headersTimeoutMs,
    // Accepted connections are not read until the handshake gate starts their TLS handshake.
    pauseOnConnect: true,
  });
  https.keepAliveTimeout = opts.keepAliveTimeoutMs;
  source.onChange((m) => https.setSecureContext(tlsOptions(opts, m)));
  const gate = gateHandshakes(https, opts.headersTimeoutMs);
  const main: Listener = { server: https, guard: new ConnectionGuard(opts.maxConnections, shed, 'https'), gate };
  main.guard.attach(https);
  https.on('connection', (socket: Socket) => gate.admit(socket));
  https.on('request', (req, res) => {
    main.guard.track(req, res);
    void route(req, res, ctx, true);
  });
  https.on('tlsClientError', (err) => log.log('debug', 'TLS handshake failed', { error: err.message }));
  const plain = (name: string): Listener => {
    const guard = new ConnectionGuard(PLAIN_MAX_CONNECTIONS, shed, name);
    const server = createHttpServer(httpOptions(opts), (req, res) => {
      guard.track(req, res);
      void route(req, res, ctx, false);
    });
    guard.attach(server);
    return { server, guard };
  };
  const health = opts.healthPort === undefined ? undefined : plain('health');
  const metrics = opts.metricsPort === undefined ? undefined : plain('metrics');
  const listeners = [main, ...(health ? [health] : []), ...(metrics ? [metrics] : [])];
  try {
    await listen(https, opts.port, opts.host);
    if (health) await listen(health.server, opts.healthPort ?? 0, opts.host);
    if (metrics) await listen(metrics.server, opts.metricsPort ?? 0, opts.host);
  } catch (err) {
    source.close();
    for (const l of listeners) l.server.close();
    throw err;
  }
  // After start-up a listener error (e.g. out of file descriptors) is logged, not fatal.
  for (const { server } of listeners) server.on('error', (err) => log.log('error', 'listener error', { error: err.message }));
  const port = (https.address() as AddressInfo).port;
  const healthPort = health ? (health.server.address() as AddressInfo).port : undefined;
  const metricsPort = metrics ? (metrics.server.address() as AddressInfo).port : undefined;
  log.log('info', 'cmapi webhook server listening', {
    port,
    healthPort,
    metricsPort,
    host: opts.host,
    maxConnections: opts.maxConnections,
    maxBodyBytesInFlight: opts.maxBodyBytesInFlight,
  });
  let stopping: Promise<void> | undefined;
  return {
    port,
    healthPort,
    metricsPort,
    caBundle: () => source.caBundle(),
    servingCertificate: () => source.current()?.certPem,
    healthy: () => isHealthy(source),
    shutdown: () => {
      draining = true;
      stopping ??= drain(opts, ctx, listeners).finally(() => source.close());
      return stopping;
    },
  };
}

/**
 * Puts a {@link HandshakeGate} between `https`'s accepting and its TLS handshakes: node:tls's
 * own connection listener (which starts the handshake at once) is taken off and called by the
 * gate instead.
 */
function gateHandshakes(https: HttpsServer, timeoutMs: number): HandshakeGate {
  const startTls = https.listeners('connection') as Array<(socket: Socket) => void>;
  https.removeAllListeners('connection');
  return new HandshakeGate((socket) => {
    for (const listener of startTls) listener.call(https, socket);
  }, timeoutMs);
}

function tlsOptions(opts: ResolvedOptions, m: ServingMaterial): SecureContextOptions {
  return { cert: m.certPem, key: m.keyPem, minVersion: opts.minTlsVersion, ...(opts.ciphers ? { ciphers: opts.ciphers } : {}) };
}

function httpOptions(opts: ResolvedOptions) {
  return {
    maxHeaderSize: MAX_HEADER_BYTES,
    headersTimeout: Math.min(opts.headersTimeoutMs, opts.requestTimeoutMs),
    requestTimeout: opts.requestTimeoutMs,
    keepAliveTimeout: opts.keepAliveTimeoutMs,
    // Node checks the two timeouts above on this interval (default 30 s, too coarse for short limits).
    connectionsCheckingInterval: Math.max(50, Math.min(1000, Math.floor(opts.headersTimeoutMs / 4))),
  };
}

function listen(server: HttpServer | HttpsServer, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen({ port, host, backlog: LISTEN_BACKLOG }, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

/**
 * Waits `shutdownDelayMs`, stops accepting, and drains (issue 15 item 13): answers still to be
 * sent and requests arriving on open keep-alive connections during the next moment are answered
 * with `Connection: close`; connections still idle after that are closed; connections left at
 * `shutdownTimeoutMs` are cut.
 */
async function drain(opts: ResolvedOptions, ctx: RouterContext, listeners: readonly Listener[]): Promise<void> {
  const { log } = ctx;
  log.log('info', 'shutting down: finishing requests in flight', { delayMs: opts.shutdownDelayMs, timeoutMs: opts.shutdownTimeoutMs });
  if (opts.shutdownDelayMs > 0) await sleep(opts.shutdownDelayMs);
  for (const res of ctx.inFlight) if (!res.headersSent) res.setHeader('Connection', 'close');
  const timer = setTimeout(() => {
    log.log('warn', 'shutdown timeout reached: closing the remaining connections');
    for (const l of listeners) {
      l.server.closeAllConnections();
      l.guard.destroyAll();
    }
  }, opts.shutdownTimeoutMs);
  timer.unref();
  // node:http's close() would also close idle keep-alive connections at once, resetting a request
  // already on its way; the plain net close only stops accepting.
  const closed = Promise.all(
    listeners.map((l) => new Promise<void>((resolve) => NetServer.prototype.close.call(l.server, () => resolve()))),
  );
  // Connections still waiting for their TLS handshake have no request that could be answered.
  for (const l of listeners) l.gate?.close();
  await Promise.race([closed, sleep(Math.min(DRAIN_IDLE_MS, opts.shutdownTimeoutMs))]);
  for (const l of listeners) l.server.closeIdleConnections();
  await closed;
  clearTimeout(timer);
  // Stops node:http's connection-checking timer (the listener itself is already closed).
  for (const l of listeners) l.server.close(() => {});
  log.log('info', 'server stopped');
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}
