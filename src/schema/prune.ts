/**
 * Null handling before the schema check. The API server prunes `null` values of fields that are
 * not nullable, so a `null` field counts as absent: it never gives a type error, and a `null`
 * required field is reported as missing.
 */
import { isRecord } from '../util/json.js';

/**
 * Deeper than any schema of the model goes; below this depth data can only sit inside
 * free-form (`x-kubernetes-preserve-unknown-fields`) values, where nulls are allowed anyway.
 * The limit keeps absurdly nested input from exhausting the stack.
 */
export const MAX_SCHEMA_DEPTH = 64;

/**
 * A copy of `value` without the object properties whose value is `null`, down to
 * {@link MAX_SCHEMA_DEPTH}. List items are kept as they are, so indices do not move. The input
 * is not changed.
 */
export function withoutNulls(value: unknown, depth = 0): unknown {
  if (depth >= MAX_SCHEMA_DEPTH) return value;
  if (Array.isArray(value)) return value.map((v) => withoutNulls(v, depth + 1));
  if (!isRecord(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    // Defined, not assigned: an own "__proto__" key of the input must stay an own key of the
    // copy (assignment would set the copy's prototype and hide the key from the schema check).
    if (v !== null)
      Object.defineProperty(out, k, { value: withoutNulls(v, depth + 1), enumerable: true, writable: true, configurable: true });
  }
  return out;
}
