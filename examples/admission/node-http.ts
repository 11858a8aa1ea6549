import type { IncomingMessage, ServerResponse } from 'node:http';
import { type AdmissionOptions, handleMutation, handleValidation } from '../../src/index.js';

const routes = new Map([['/validate', handleValidation], ['/mutate', handleMutation]]);

/** A request listener for `https.createServer({ key, cert }, webhook())`: /validate and /mutate. */
export const webhook = (options: AdmissionOptions = {}) => async (req: IncomingMessage, res: ServerResponse) => {
  const handle = routes.get(new URL(req.url ?? '/', 'https://webhook').pathname); // the API server adds ?timeout=
  if (handle === undefined) return void res.writeHead(404).end();
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  let body: unknown;
  try { body = JSON.parse(Buffer.concat(chunks).toString('utf8')); } catch { body = undefined; } // → a 400 answer
  res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(await handle(body, options)));
};
