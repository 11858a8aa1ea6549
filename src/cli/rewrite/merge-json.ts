import { setOwn } from '../../conversion/clone.js';
import { jsonEqual } from '../../util/json.js';

/**
 * `value`, with object keys in the order of `original` where both have them, so that a
 * rewritten JSON document differs from its source only where it must. A new key whose value
 * equals a removed key's value (a renamed field) takes that key's place; other new keys follow.
 */
export function keepKeyOrder(original: unknown, value: unknown): unknown {
  if (jsonEqual(original, value)) return original;
  if (Array.isArray(original) && Array.isArray(value)) return value.map((v, i) => keepKeyOrder(original[i], v));
  if (!isObject(original) || !isObject(value)) return value;
  const added = Object.keys(value).filter((k) => !Object.hasOwn(original, k));
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(original)) {
    if (Object.hasOwn(value, key)) setOwn(out, key, keepKeyOrder(original[key], value[key]));
    else {
      const i = added.findIndex((k) => jsonEqual(original[key], value[k]));
      const renamed = added.splice(i < 0 ? added.length : i, 1)[0];
      if (renamed !== undefined) setOwn(out, renamed, value[renamed]);
    }
  }
  for (const key of added) setOwn(out, key, value[key]);
  return out;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
