/**
 * Deep copies of parsed JSON values, several times faster than a JSON text round trip.
 */
import type { JsonObject } from '../util/json.js';

/**
 * A deep copy of `v`, a value as JSON.parse returns them. Values that JSON cannot hold
 * (undefined members, functions) are dropped as JSON.stringify would; undefined list items
 * become null.
 */
export function copyJson<T>(v: T): T {
  return copy(v, false) as T;
}

/**
 * Exactly what `JSON.parse(JSON.stringify(v))` gives, without the text: a plain copy when `v`
 * holds only what JSON keeps as it is (the usual case), else the text round trip itself (which
 * turns NaN into null, calls toJSON, and so on).
 */
export function copyAsJsonText<T>(v: T): T {
  if (v === undefined) return v;
  try {
    return copy(v, true) as T;
  } catch (err) {
    if (err !== NOT_PLAIN) throw err;
    return JSON.parse(JSON.stringify(v)) as T;
  }
}

/** Thrown by {@link copy} in strict mode at a value the JSON text round trip would change. */
const NOT_PLAIN = Symbol('not plain JSON');

function copy(v: unknown, strict: boolean): unknown {
  if (typeof v !== 'object' || v === null) {
    if (strict && !isPlainScalar(v)) throw NOT_PLAIN;
    return v;
  }
  if (Array.isArray(v)) {
    if (strict && Object.getPrototypeOf(v) !== Array.prototype) throw NOT_PLAIN;
    const out = new Array<unknown>(v.length);
    for (let i = 0; i < v.length; i++) {
      const x = v[i];
      if (x === undefined) {
        if (strict || i in v) out[i] = null; // a hole stays a hole, as Array.prototype.map leaves it
      } else if (strict && typeof x === 'function') throw NOT_PLAIN;
      else out[i] = copy(x, strict);
    }
    return out;
  }
  if (strict) {
    const proto = Object.getPrototypeOf(v);
    if (proto !== Object.prototype && proto !== null) throw NOT_PLAIN; // a Date, a Map, a class: toJSON and friends
  }
  const out: JsonObject = {};
  for (const k of Object.keys(v)) {
    const x = (v as JsonObject)[k];
    if (x === undefined) continue;
    if (typeof x === 'function') {
      if (strict) throw NOT_PLAIN; // JSON drops it, or calls it when named toJSON
      continue;
    }
    const c = copy(x, strict);
    if (k === '__proto__') setOwn(out, k, c);
    else out[k] = c; // inline: this loop is the hot part of every conversion
  }
  return out;
}

/** Whether JSON text keeps the scalar `v` as it is (NaN, ±Infinity and -0 it does not). */
function isPlainScalar(v: unknown): boolean {
  if (typeof v === 'number') return Number.isFinite(v) && !Object.is(v, -0);
  return typeof v === 'string' || typeof v === 'boolean' || v === null;
}

/**
 * `o[k] = v` as an own data property, also for the key `__proto__` (which JSON.parse creates as
 * a plain member, but plain assignment would treat as the prototype).
 */
export function setOwn(o: JsonObject, k: string, v: unknown): void {
  if (k === '__proto__') Object.defineProperty(o, k, { value: v, writable: true, enumerable: true, configurable: true });
  else o[k] = v;
}
