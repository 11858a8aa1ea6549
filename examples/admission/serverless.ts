import { handleMutation, handleValidation } from '../../src/index.js';

const routes = new Map([['/validate', handleValidation], ['/mutate', handleMutation]]);

/** A fetch-style handler (Cloudflare Workers, Deno Deploy, Bun, Vercel/Netlify edge functions). */
export default {
  async fetch(request: Request): Promise<Response> {
    const handle = routes.get(new URL(request.url).pathname);
    if (handle === undefined) return new Response('not found', { status: 404 });
    const body: unknown = await request.json().catch(() => undefined); // unparsable → a 400 answer
    return Response.json(await handle(body));
  },
};
