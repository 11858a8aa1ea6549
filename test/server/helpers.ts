/**
 * Test helpers for the server: start one on loopback with dynamic serving, and send requests
 * over TLS that verify the chain and the service name, as the API server does.
 */
import { request as httpsRequest } from 'node:https';
import type { ServerOptions } from '../../src/server/options.js';
import { type RunningServer, startServer } from '../../src/server/start.js';

/** The service name the tests' certificates are issued for. */
export const SERVICE = 'cmapi-webhook.cmapi.svc';
export const DNS_NAMES = ['cmapi-webhook', 'cmapi-webhook.cmapi', SERVICE];

/** A started test server and the log lines it wrote. */
export interface TestServer {
  readonly server: RunningServer;
  readonly logs: Array<Record<string, unknown>>;
  readonly ca: string;
}

/** Starts a server on 127.0.0.1, a free port, with dynamic serving for {@link DNS_NAMES}. */
export async function startTestServer(extra: Partial<ServerOptions> = {}): Promise<TestServer> {
  const logs: Array<Record<string, unknown>> = [];
  const server = await startServer({
    tls: { kind: 'dynamic', dnsNames: DNS_NAMES },
    port: 0,
    host: '127.0.0.1',
    logLevel: 'debug',
    log: (line) => logs.push(JSON.parse(line) as Record<string, unknown>),
    ...extra,
  });
  return { server, logs, ca: server.caBundle() ?? '' };
}

/** An HTTP answer. */
export interface Reply {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly text: string;
  readonly json: () => unknown;
}

/** Options of {@link send}. */
export interface SendOptions {
  readonly method?: string;
  readonly body?: string | Buffer;
  readonly headers?: Record<string, string>;
  readonly agent?: import('node:https').Agent;
}

/** Sends one request to `https://SERVICE:port/path`, trusting only `ca`, resolved to 127.0.0.1. */
export function send(port: number, ca: string, path: string, opts: SendOptions = {}): Promise<Reply> {
  const body = opts.body;
  return new Promise((resolve, reject) => {
    const req = httpsRequest(
      {
        host: '127.0.0.1',
        servername: SERVICE,
        port,
        path,
        method: opts.method ?? 'POST',
        ca,
        agent: opts.agent ?? false,
        headers: { ...(body === undefined ? {} : { 'Content-Type': 'application/json' }), ...opts.headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json: () => JSON.parse(text) });
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** Options of {@link jsonPostOptions}. */
export interface JsonPostOptions {
  readonly path?: string;
  readonly agent?: import('node:https').Agent | false;
  readonly headers?: Record<string, string | number>;
}

/**
 * The request options of a JSON POST to `https://SERVICE:port/path` (default `/validate`),
 * trusting only `ca`, resolved to 127.0.0.1, without a pooled agent unless one is given: for
 * tests that drive the request themselves (stalled bodies, keep-alive, the served certificate).
 */
export function jsonPostOptions(port: number, ca: string, opts: JsonPostOptions = {}): import('node:https').RequestOptions {
  return {
    host: '127.0.0.1',
    servername: SERVICE,
    port,
    path: opts.path ?? '/validate',
    method: 'POST',
    ca,
    agent: opts.agent ?? false,
    headers: { 'Content-Type': 'application/json', ...opts.headers },
  };
}

/** POSTs `review` as JSON. */
export function post(port: number, ca: string, path: string, review: unknown, agent?: import('node:https').Agent): Promise<Reply> {
  return send(port, ca, path, { body: JSON.stringify(review), ...(agent ? { agent } : {}) });
}
