/**
 * A deep copy of a parsed JSON value, several times faster than a JSON round trip. Values that
 * JSON cannot hold (undefined members, functions) are dropped as JSON.stringify would.
 */
import type { JsonObject } from '../util/json.js';

/** A deep copy of `v`, a value as JSON.parse returns them. */
export function copyJson<T>(v: T): T {
  if (typeof v !== 'object' || v === null) return v;
  if (Array.isArray(v)) return v.map((x) => (x === undefined ? null : copyJson(x))) as T;
  const out: JsonObject = {};
  for (const k of Object.keys(v)) {
    const x = (v as JsonObject)[k];
    if (x !== undefined && typeof x !== 'function') out[k] = copyJson(x);
  }
  return out as T;
}
