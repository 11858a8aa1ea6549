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
    if (x !== undefined && typeof x !== 'function') setOwn(out, k, copyJson(x));
  }
  return out as T;
}

/**
 * `o[k] = v` as an own data property, also for the key `__proto__` (which JSON.parse creates as
 * a plain member, but plain assignment would treat as the prototype).
 */
export function setOwn(o: JsonObject, k: string, v: unknown): void {
  if (k === '__proto__') Object.defineProperty(o, k, { value: v, writable: true, enumerable: true, configurable: true });
  else o[k] = v;
}
