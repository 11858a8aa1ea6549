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
  return copy(value, 1, Number.POSITIVE_INFINITY) as T;
}

/** What {@link copyJsonWithin} returns for a value nested too deep. */
export const TOO_DEEP: unique symbol = Symbol('too deep');

/**
 * {@link copyJson} that also measures the nesting on the way, so that an entry point needs no
 * separate walk for its depth limit: {@link TOO_DEEP} when objects and arrays nest more than
 * `limit` levels (the value itself is level 1, as `exceedsDepth` counts; a cycle is too deep).
 * @param value - any value
 * @param limit - the deepest nesting allowed
 */
export function copyJsonWithin<T>(value: T, limit: number): T | typeof TOO_DEEP {
  try {
    return copy(value, 1, limit) as T;
  } catch (err) {
    if (err === TOO_DEEP) return TOO_DEEP;
    throw err;
  }
}

function copy(v: unknown, depth: number, limit: number): unknown {
  if (typeof v !== 'object' || v === null) return v;
  if (depth > limit) throw TOO_DEEP;
  if (Array.isArray(v)) {
    const out = new Array<unknown>(v.length);
    for (let i = 0; i < v.length; i++) out[i] = v[i] === undefined ? null : copy(v[i], depth + 1, limit);
    return out;
  }
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(v)) {
    const x = (v as Record<string, unknown>)[key];
    if (x === undefined) continue;
    // A JSON.parse'd "__proto__" key is an own property; plain assignment would set the prototype.
    if (key === '__proto__')
      Object.defineProperty(out, key, { value: copy(x, depth + 1, limit), enumerable: true, writable: true, configurable: true });
    else out[key] = copy(x, depth + 1, limit);
  }
  return out;
}
