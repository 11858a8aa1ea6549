/**
 * Null handling before the schema check. The API server prunes `null` values of fields that are
 * not nullable, so a `null` field counts as absent: it never gives a type error, and a `null`
 * required field is reported as missing.
 */
import { isRecord } from '../util/json.js';

/**
 * A copy of `value` without the object properties whose value is `null` (at any depth). List
 * items are kept as they are, so indices do not move. The input is not changed.
 */
export function withoutNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutNulls);
  if (!isRecord(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    if (v !== null) out[k] = withoutNulls(v);
  }
  return out;
}
