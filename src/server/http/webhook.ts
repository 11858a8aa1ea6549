/**
 * The webhook paths and their adapters, and how an answer is summarised for metrics and logs.
 */
import { handleConversion } from '../../admission/conversion-review.js';
import { handleMutation } from '../../admission/handle-mutation.js';
import { handleValidation } from '../../admission/handle-validation.js';
import type { AdmissionOptions } from '../../admission/types.js';
import type { ResolvedOptions } from '../options.js';
import { field, num } from '../../util/json.js';
import type { ReviewKind } from './reply.js';

/** One webhook path: its review kind and adapter. */
export interface Webhook {
  readonly kind: ReviewKind;
  readonly handle: (review: unknown, options: ResolvedOptions) => unknown;
}

/** `/validate`, `/mutate` (AdmissionReview) and `/convert` (ConversionReview). */
export const WEBHOOKS: Readonly<Record<string, Webhook>> = {
  '/validate': { kind: 'admission', handle: (review, o) => handleValidation(review, o.admission) },
  '/mutate': { kind: 'admission', handle: (review, o) => handleMutation(review, mutationOptions(o)) },
  '/convert': { kind: 'conversion', handle: (review) => handleConversion(review) },
};

/**
 * The outcome label of an answer: `allowed`, `denied` (403), `invalid` (400), `error` (500 or
 * other codes) for admission; `converted` or `failed` for conversion.
 */
export function outcomeOf(kind: ReviewKind, answer: unknown): string {
  if (kind === 'conversion') return field(answer, 'response', 'result', 'status') === 'Success' ? 'converted' : 'failed';
  if (field(answer, 'response', 'allowed') === true) return 'allowed';
  const code = num(answer, 'response', 'status', 'code');
  return code === 403 ? 'denied' : code === 400 ? 'invalid' : 'error';
}

function mutationOptions(o: ResolvedOptions): AdmissionOptions {
  return o.mutationPlugins ? { ...o.admission, plugins: o.mutationPlugins } : o.admission;
}
