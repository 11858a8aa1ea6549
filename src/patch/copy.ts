/**
 * A fast deep copy of JSON data (several times faster than a JSON text round trip).
 */

/**
 * A deep copy of a JSON value: arrays and objects are copied, keys whose value is `undefined`
 * are left out (as JSON does), other values are kept as they are. Objects are walked through
 * their own enumerable keys, so frozen or proxied input is fine and the copy is a plain,
 * unfrozen tree that shares nothing with the input. Cycles are not supported (JSON has none).
 * @param value - any JSON value
 * @returns the copy
 */
export function copyJson<T>(value: T): T {
  return copy(value) as T;
}

function copy(v: unknown): unknown {
  if (typeof v !== 'object' || v === null) return v;
  if (Array.isArray(v)) {
    const out = new Array<unknown>(v.length);
    for (let i = 0; i < v.length; i++) out[i] = v[i] === undefined ? null : copy(v[i]);
    return out;
  }
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(v)) {
    const x = (v as Record<string, unknown>)[key];
    if (x === undefined) continue;
    // A JSON.parse'd "__proto__" key is an own property; plain assignment would set the prototype.
    if (key === '__proto__') Object.defineProperty(out, key, { value: copy(x), enumerable: true, writable: true, configurable: true });
    else out[key] = copy(x);
  }
  return out;
}
