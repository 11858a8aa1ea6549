import { jsonEqual } from '../../util/json.js';

/**
 * `value`, with object keys in the order of `original` where both have them (new keys follow the
 * kept ones), so that a rewritten JSON document differs from its source only where it must.
 */
export function keepKeyOrder(original: unknown, value: unknown): unknown {
  if (jsonEqual(original, value)) return original;
  if (Array.isArray(original) && Array.isArray(value)) return value.map((v, i) => keepKeyOrder(original[i], v));
  if (!isObject(original) || !isObject(value)) return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(original)) if (Object.hasOwn(value, key)) out[key] = keepKeyOrder(original[key], value[key]);
  for (const key of Object.keys(value)) if (!Object.hasOwn(out, key)) out[key] = value[key];
  return out;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
