/**
 * Writing responses: JSON bodies with a length, and the error bodies of the webhook paths,
 * shaped like the review the client sent so that tools that read them find a status.
 */
import type { ServerResponse } from 'node:http';

/** Sends `body` as JSON with `status` and extra `headers`. */
export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Readonly<Record<string, string>> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { ...headers, 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(text) });
  res.end(text);
}

/** Sends plain text (health and metrics). */
export function sendText(res: ServerResponse, status: number, text: string, contentType = 'text/plain; charset=utf-8'): void {
  res.writeHead(status, { 'Content-Type': contentType, 'Content-Length': Buffer.byteLength(text) });
  res.end(res.req.method === 'HEAD' ? undefined : text);
}

/** The kind of review a webhook path answers. */
export type ReviewKind = 'admission' | 'conversion';

/**
 * An error body for a webhook path: an AdmissionReview response without apiVersion/kind and with
 * `uid: ""` (as controller-runtime answers unreadable requests, spec/admission.md §2.4 A), or a
 * failed ConversionReview.
 */
export function reviewError(kind: ReviewKind, code: number, message: string): unknown {
  if (kind === 'admission') return { response: { uid: '', allowed: false, status: { code, message } } };
  return {
    apiVersion: 'apiextensions.k8s.io/v1',
    kind: 'ConversionReview',
    response: { uid: '', result: { status: 'Failure', code, reason: REASONS[code] ?? 'BadRequest', message } },
  };
}

/** A `metav1.Status` body for paths that are not webhooks. */
export function statusError(code: number, message: string): unknown {
  return { apiVersion: 'v1', kind: 'Status', status: 'Failure', code, reason: REASONS[code] ?? 'Unknown', message };
}

const REASONS: Record<number, string> = {
  400: 'BadRequest',
  404: 'NotFound',
  405: 'MethodNotAllowed',
  413: 'RequestEntityTooLarge',
  415: 'UnsupportedMediaType',
  429: 'TooManyRequests',
  500: 'InternalError',
  503: 'ServiceUnavailable',
};
