/**
 * Reading a request body with a size limit and a shared budget of bytes in flight. A declared
 * `Content-Length` over the limit is refused before anything is read; a streamed body is cut off
 * as soon as it passes the limit. A declared length is taken from the budget before reading; a
 * streamed body takes its chunks as they come. When the budget has no room, the body is refused
 * as `busy` (answered 429).
 */
import type { IncomingMessage } from 'node:http';
import type { ByteBudget } from './shed.js';

/** The body, or why there is none. */
export type BodyResult =
  | {
      readonly ok: true;
      readonly body: Buffer;
      /** Gives the body's bytes back to the budget; call once the answer is sent. */
      readonly release: () => void;
    }
  | { readonly ok: false; readonly reason: 'too-large' | 'busy' }
  | { readonly ok: false; readonly reason: 'aborted'; readonly message: string };

/** Reads all of `req`'s body, refusing more than `limit` bytes or more than `budget` has room for. */
export function readBody(req: IncomingMessage, limit: number, budget?: ByteBudget): Promise<BodyResult> {
  const declared = Number(req.headers['content-length']);
  const hasDeclared = req.headers['content-length'] !== undefined && Number.isFinite(declared) && declared >= 0;
  if (hasDeclared && declared > limit) return Promise.resolve({ ok: false, reason: 'too-large' });
  let held = 0;
  if (hasDeclared && budget) {
    if (!budget.take(declared)) return Promise.resolve({ ok: false, reason: 'busy' });
    held = declared;
  }
  const release = (): void => {
    budget?.give(held);
    held = 0;
  };
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    const finish = (r: BodyResult): void => {
      if (done) return;
      done = true;
      req.off('data', onData);
      if (!r.ok) {
        chunks.length = 0;
        release();
      }
      resolve(r);
    };
    const onData = (chunk: Buffer): void => {
      size += chunk.length;
      if (size > limit) {
        finish({ ok: false, reason: 'too-large' });
        return;
      }
      if (budget && size > held) {
        if (!budget.take(size - held)) {
          finish({ ok: false, reason: 'busy' });
          return;
        }
        held = size;
      }
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.on('end', () => finish({ ok: true, body: Buffer.concat(chunks, size), release }));
    req.on('error', (err) => finish({ ok: false, reason: 'aborted', message: err.message }));
    req.on('close', () => finish({ ok: false, reason: 'aborted', message: 'the client closed the connection' }));
  });
}
