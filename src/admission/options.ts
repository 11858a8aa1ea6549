/**
 * The caller's {@link AdmissionOptions}, read defensively: options come from application code,
 * but a wrong type must still not make a handler throw.
 */
import { isRecord } from '../util/json.js';
import type { AdmissionOptions } from './types.js';

/**
 * The options with every field of the wrong type dropped (`plugins` is checked by the chain).
 * @param options - whatever the caller passed
 */
export function readOptions(options: unknown): AdmissionOptions {
  if (!isRecord(options)) return {};
  const out: { -readonly [K in keyof AdmissionOptions]: AdmissionOptions[K] } = {};
  if (Array.isArray(options.plugins)) out.plugins = options.plugins as AdmissionOptions['plugins'] & unknown[];
  if (isRecord(options.featureGates)) out.featureGates = options.featureGates;
  if (typeof options.certManagerVersion === 'string') out.certManagerVersion = options.certManagerVersion;
  if (typeof options.authorize === 'function') out.authorize = options.authorize as AdmissionOptions['authorize'] & object;
  if (typeof options.discover === 'function') out.discover = options.discover as AdmissionOptions['discover'] & object;
  return out;
}
