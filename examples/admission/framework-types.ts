/**
 * The few members of Express and Fastify the examples use, so that they compile and run in
 * cmapi's tests without either framework installed. In an application, use the frameworks' own
 * types (`import express from 'express'`, `import Fastify from 'fastify'`).
 */

/** An Express app (`express()`), with `express.json()` parsing request bodies. */
export interface ExpressLike {
  post(path: string, handler: (req: { body: unknown }, res: { json(body: unknown): unknown }) => unknown): unknown;
}

/** A Fastify instance (`Fastify()`); a returned value is sent as JSON. */
export interface FastifyLike {
  post(path: string, handler: (request: { body: unknown }) => Promise<unknown>): unknown;
}
