import { type AdmissionOptions, handleMutation, handleValidation } from '../../src/index.js';
import type { ExpressLike } from './framework-types.js';

/** Routes for an Express app that parses JSON: `app.use(express.json({ limit: '7mb' }))`. */
export function mountExpress(app: ExpressLike, options: AdmissionOptions = {}): void {
  app.post('/validate', async (req, res) => res.json(await handleValidation(req.body, options)));
  app.post('/mutate', async (req, res) => res.json(await handleMutation(req.body, options)));
}
