/**
 * Request routing: the webhook paths (POST with a JSON body only), health, readiness and
 * metrics. Every request is counted, timed and logged at debug level, without its contents.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from '../log.js';
import type { Metrics } from '../metrics.js';
import type { ResolvedOptions } from '../options.js';
import { type CertificateSource, isHealthy } from '../tls/source.js';
import { readBody } from './body.js';
import { reviewError, sendJson, sendText, statusError } from './reply.js';
import type { ByteBudget, ShedLog } from './shed.js';
import { outcomeOf, WEBHOOKS } from './webhook.js';
import { field, str } from '../../util/json.js';

/** What a request handler needs from the running server. */
export interface RouterContext {
  readonly options: ResolvedOptions;
  readonly log: Logger;
  readonly metrics: Metrics;
  readonly source: CertificateSource;
  /** True once shutdown began: readiness fails and connections are not kept alive. */
  readonly draining: () => boolean;
  /** The request body bytes held at once, across requests. */
  readonly budget: ByteBudget;
  /** Where shed load is counted and logged. */
  readonly shed: ShedLog;
  /** Responses not yet finished (shutdown marks them `Connection: close`). */
  readonly inFlight: Set<ServerResponse>;
}

const OPS_PATHS = new Set(['/healthz', '/livez', '/readyz', '/metrics']);

/** What was answered, for metrics and the request log. */
interface Answer {
  readonly endpoint: string;
  readonly outcome: string;
  readonly uid?: string;
}

/**
 * Answers one request. `webhooks` is false on the plain-HTTP health listener, which serves only
 * health, readiness and metrics. Never rejects.
 */
export async function route(req: IncomingMessage, res: ServerResponse, ctx: RouterContext, webhooks: boolean): Promise<void> {
  const started = process.hrtime.bigint();
  ctx.metrics.begin();
  if (ctx.draining()) res.setHeader('Connection', 'close');
  ctx.inFlight.add(res);
  res.once('close', () => ctx.inFlight.delete(res));
  let answer: Answer = { endpoint: 'other', outcome: 'rejected' };
  try {
    answer = await dispatch(req, res, ctx, webhooks);
  } catch (err) {
    ctx.log.log('error', 'request failed', { path: req.url, error: (err as Error).message });
    if (!res.headersSent) sendJson(res, 500, statusError(500, 'internal error'));
    else res.destroy();
    answer = { ...answer, outcome: 'error' };
  } finally {
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    ctx.metrics.end(answer.endpoint, answer.outcome, res.statusCode, seconds);
    if (ctx.log.enabled('debug')) {
      ctx.log.log('debug', 'request', {
        method: req.method,
        path: answer.endpoint,
        status: res.statusCode,
        outcome: answer.outcome,
        uid: answer.uid,
        durationMs: Math.round(seconds * 1e6) / 1e3,
        remote: req.socket.remoteAddress,
      });
    }
  }
}

async function dispatch(req: IncomingMessage, res: ServerResponse, ctx: RouterContext, webhooks: boolean): Promise<Answer> {
  const path = (req.url ?? '/').split('?')[0] ?? '/';
  const hook = webhooks ? WEBHOOKS[path] : undefined;
  if (hook) return webhook(req, res, ctx, path, hook);
  if (OPS_PATHS.has(path)) {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      sendJson(res, 405, statusError(405, `${path} answers GET and HEAD only, not ${req.method}`), { Allow: 'GET, HEAD' });
      return { endpoint: path, outcome: 'rejected' };
    }
    return { endpoint: path, outcome: ops(res, ctx, path) };
  }
  const known = [...(webhooks ? Object.keys(WEBHOOKS) : []), ...OPS_PATHS].join(', ');
  sendJson(res, 404, statusError(404, `no such path; this server answers ${known}`));
  return { endpoint: 'other', outcome: 'rejected' };
}

function ops(res: ServerResponse, ctx: RouterContext, path: string): string {
  const healthy = isHealthy(ctx.source);
  if (path === '/livez') sendText(res, 200, 'ok\n');
  else if (path === '/healthz') sendText(res, healthy ? 200 : 500, healthy ? 'ok\n' : 'no valid serving certificate\n');
  else if (path === '/readyz') {
    const ready = healthy && !ctx.draining();
    sendText(res, ready ? 200 : 503, ready ? 'ok\n' : ctx.draining() ? 'shutting down\n' : 'no valid serving certificate\n');
  } else {
    const certs = {
      servingNotAfter: ctx.source.current()?.notAfter,
      caNotAfter: ctx.source.caNotAfter(),
      rotations: ctx.source.rotations(),
    };
    sendText(res, 200, ctx.metrics.render(certs, process.memoryUsage.rss(), ctx.shed.counts()), 'text/plain; version=0.0.4; charset=utf-8');
  }
  return path === '/livez' || healthy ? 'ok' : 'unhealthy';
}

async function webhook(
  req: IncomingMessage,
  res: ServerResponse,
  ctx: RouterContext,
  path: string,
  hook: (typeof WEBHOOKS)[string],
): Promise<Answer> {
  const reject = (status: number, message: string, headers: Record<string, string> = {}): Answer => {
    sendJson(res, status, reviewError(hook.kind, status, message), headers);
    return { endpoint: path, outcome: 'rejected' };
  };
  if (req.method !== 'POST') return reject(405, `${path} accepts POST only, not ${req.method}`, { Allow: 'POST' });
  const type = req.headers['content-type'];
  if (!isJsonType(type)) return reject(415, `contentType=${type ?? ''}, expected application/json`);
  const body = await readBody(req, ctx.options.maxBodyBytes, ctx.budget);
  if (!body.ok && body.reason === 'too-large') {
    return reject(413, `request entity is too large; limit is ${ctx.options.maxBodyBytes} bytes`, { Connection: 'close' });
  }
  if (!body.ok && body.reason === 'busy') {
    // issue 15 item 4: shed load instead of buffering without bound.
    ctx.shed.shed('body-bytes-in-flight', { path, limit: ctx.budget.limit, remote: req.socket.remoteAddress });
    return {
      ...reject(429, 'too many request bytes in flight; retry shortly', { 'Retry-After': '1', Connection: 'close' }),
      outcome: 'shed',
    };
  }
  if (!body.ok) {
    res.destroy();
    return { endpoint: path, outcome: 'aborted' };
  }
  res.once('close', body.release);
  if (body.body.length === 0) return reject(400, 'request body is empty');
  let review: unknown;
  try {
    review = JSON.parse(body.body.toString('utf8'));
  } catch (err) {
    return reject(400, `the body is not JSON: ${(err as Error).message}`);
  }
  const answer = await hook.handle(review, ctx.options);
  sendJson(res, 200, answer);
  return { endpoint: path, outcome: outcomeOf(hook.kind, answer), uid: str(field(answer, 'response'), 'uid') };
}

/** `application/json`, any case, with no parameters other than a UTF-8 charset. */
export function isJsonType(value: string | undefined): boolean {
  if (value === undefined) return false;
  const [type, ...params] = value.split(';').map((p) => p.trim().toLowerCase());
  if (type !== 'application/json') return false;
  return params.every((p) => p === '' || p === 'charset=utf-8' || p === 'charset="utf-8"');
}
