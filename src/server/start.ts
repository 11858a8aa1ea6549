/**
 * `startServer(options)`: the reference HTTPS webhook server on node:https, with no framework.
 */
import { createServer as createHttpServer, type Server as HttpServer } from 'node:http';
import { createServer as createHttpsServer, type Server as HttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import type { SecureContextOptions } from 'node:tls';
import { route, type RouterContext } from './http/router.js';
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
  const ctx: RouterContext = { options: opts, log, metrics: new Metrics(), source, draining: () => draining };
  const first = source.current();
  if (!first) throw new Error('the certificate source produced no certificate');
  const https = createHttpsServer({ ...tlsOptions(opts, first), ...httpOptions(opts), handshakeTimeout: opts.headersTimeoutMs });
  https.keepAliveTimeout = opts.keepAliveTimeoutMs;
  source.onChange((m) => https.setSecureContext(tlsOptions(opts, m)));
  https.on('request', (req, res) => void route(req, res, ctx, true));
  https.on('tlsClientError', (err) => log.log('debug', 'TLS handshake failed', { error: err.message }));
  const health =
    opts.healthPort === undefined ? undefined : createHttpServer(httpOptions(opts), (req, res) => void route(req, res, ctx, false));
  try {
    await listen(https, opts.port, opts.host);
    if (health) await listen(health, opts.healthPort ?? 0, opts.host);
  } catch (err) {
    source.close();
    https.close();
    health?.close();
    throw err;
  }
  // After start-up a listener error (e.g. out of file descriptors) is logged, not fatal.
  for (const s of [https, ...(health ? [health] : [])]) s.on('error', (err) => log.log('error', 'listener error', { error: err.message }));
  const port = (https.address() as AddressInfo).port;
  const healthPort = health ? (health.address() as AddressInfo).port : undefined;
  log.log('info', 'cmapi webhook server listening', { port, healthPort, host: opts.host });
  let stopping: Promise<void> | undefined;
  return {
    port,
    healthPort,
    caBundle: () => source.caBundle(),
    servingCertificate: () => source.current()?.certPem,
    healthy: () => isHealthy(source),
    shutdown: () => {
      draining = true;
      stopping ??= drain(opts, log, [https, ...(health ? [health] : [])]).finally(() => source.close());
      return stopping;
    },
  };
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
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

/** Waits `shutdownDelayMs`, stops accepting, lets requests finish, cuts what is left after the timeout. */
async function drain(opts: ResolvedOptions, log: RouterContext['log'], servers: Array<HttpServer | HttpsServer>): Promise<void> {
  log.log('info', 'shutting down: finishing requests in flight', { delayMs: opts.shutdownDelayMs, timeoutMs: opts.shutdownTimeoutMs });
  if (opts.shutdownDelayMs > 0) await new Promise((r) => setTimeout(r, opts.shutdownDelayMs));
  const closed = servers.map((s) => new Promise<void>((resolve) => s.close(() => resolve())));
  for (const s of servers) s.closeIdleConnections();
  const timer = setTimeout(() => {
    log.log('warn', 'shutdown timeout reached: closing the remaining connections');
    for (const s of servers) s.closeAllConnections();
  }, opts.shutdownTimeoutMs);
  timer.unref();
  await Promise.all(closed);
  clearTimeout(timer);
  log.log('info', 'server stopped');
}
