import { type AdmissionOptions, handleMutation, handleValidation } from '../../src/index.js';
import type { FastifyLike } from './framework-types.js';

/** Routes for a Fastify instance, e.g. `Fastify({ bodyLimit: 7 * 1024 * 1024, https: { key, cert } })`. */
export function mountFastify(app: FastifyLike, options: AdmissionOptions = {}): void {
  app.post('/validate', (request) => handleValidation(request.body, options));
  app.post('/mutate', (request) => handleMutation(request.body, options));
}
