/**
 * Reading a request body with a size limit. A declared `Content-Length` over the limit is
 * refused before anything is read; a streamed body is cut off as soon as it passes the limit.
 */
import type { IncomingMessage } from 'node:http';

/** The body, or why there is none. */
export type BodyResult =
  | { readonly ok: true; readonly body: Buffer }
  | { readonly ok: false; readonly reason: 'too-large' }
  | { readonly ok: false; readonly reason: 'aborted'; readonly message: string };

/** Reads all of `req`'s body, refusing more than `limit` bytes. */
export function readBody(req: IncomingMessage, limit: number): Promise<BodyResult> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) return Promise.resolve({ ok: false, reason: 'too-large' });
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    const finish = (r: BodyResult): void => {
      if (done) return;
      done = true;
      req.off('data', onData);
      resolve(r);
    };
    const onData = (chunk: Buffer): void => {
      size += chunk.length;
      if (size > limit) {
        chunks.length = 0;
        finish({ ok: false, reason: 'too-large' });
        return;
      }
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.on('end', () => finish({ ok: true, body: Buffer.concat(chunks, size) }));
    req.on('error', (err) => finish({ ok: false, reason: 'aborted', message: err.message }));
    req.on('close', () => finish({ ok: false, reason: 'aborted', message: 'the client closed the connection' }));
  });
}
