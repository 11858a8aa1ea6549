/**
 * Safe readers for untrusted JSON. Rules and converters read objects through these so that a
 * wrong type never throws: a value of the wrong type reads as absent.
 */

/** A JSON object (not null, not an array). */
export type JsonObject = { [key: string]: unknown };

export function isRecord(v: unknown): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * `o[key]` when `key` is an own property of `o`, else undefined: a key such as `constructor` or
 * `toString` never reads through to `Object.prototype`.
 */
export function ownValue(o: JsonObject, key: string): unknown {
  return Object.hasOwn(o, key) ? o[key] : undefined;
}

/** The value at the keys (`v[k0][k1][k2]`, own properties of objects only), else undefined. */
export function field(v: unknown, k0: string, k1?: string, k2?: string): unknown {
  return at3(v, k0, k1, k2);
}

/** {@link field} with any number of keys, as one array. */
export function fieldAtPath(v: unknown, keys: readonly string[]): unknown {
  // An indexed loop: an array iterator costs.
  let cur = v;
  for (let i = 0; i < keys.length; i++) cur = own(cur, keys[i] as string);
  return cur;
}

/**
 * The value at `k0`, then `k1`, then `k2` (those given). The typed readers below take at most
 * three keys as plain parameters: a rest parameter would allocate an array on every read, and
 * the rules read every field through them.
 */
function at3(v: unknown, k0: string, k1: string | undefined, k2: string | undefined): unknown {
  const a = own(v, k0);
  if (k1 === undefined) return a;
  const b = own(a, k1);
  return k2 === undefined ? b : own(b, k2);
}

/** `v[k]` when `v` is an object (not an array) with `k` as an own property, else undefined. */
function own(v: unknown, k: string): unknown {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && Object.hasOwn(v, k) ? (v as JsonObject)[k] : undefined;
}

/** The object at the keys, or undefined when absent, null or not an object. */
export function obj(v: unknown, k0: string, k1?: string, k2?: string): JsonObject | undefined {
  const r = at3(v, k0, k1, k2);
  return isRecord(r) ? r : undefined;
}

/** The string at the keys, or `''` (Go's zero value) when absent or not a string. */
export function str(v: unknown, k0: string, k1?: string, k2?: string): string {
  const r = at3(v, k0, k1, k2);
  return typeof r === 'string' ? r : '';
}

/** The number at the keys, or undefined. */
export function num(v: unknown, k0: string, k1?: string, k2?: string): number | undefined {
  const r = at3(v, k0, k1, k2);
  return typeof r === 'number' && Number.isFinite(r) ? r : undefined;
}

/** The boolean at the keys, or `false` (Go's zero value). */
export function bool(v: unknown, k0: string, k1?: string, k2?: string): boolean {
  return at3(v, k0, k1, k2) === true;
}

/** The array at the keys, or undefined when absent, null or not an array. */
export function arr(v: unknown, k0: string, k1?: string, k2?: string): unknown[] | undefined {
  const r = at3(v, k0, k1, k2);
  return Array.isArray(r) ? r : undefined;
}

/** The strings of the array at the keys (non-strings skipped); `[]` when absent. */
export function strs(v: unknown, k0: string, k1?: string, k2?: string): string[] {
  return (arr(v, k0, k1, k2) ?? []).filter((x): x is string => typeof x === 'string');
}

/** A deep copy of a JSON value (structuredClone would keep non-JSON values). */
export function cloneJson<T>(v: T): T {
  return v === undefined ? v : (JSON.parse(JSON.stringify(v)) as T);
}

/** Deep equality of two JSON values (NaN equals NaN); object key order does not matter. */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  // NaN cannot come from JSON, but YAML's .nan parses to it: it equals itself here.
  if (typeof a === 'number' && typeof b === 'number') return Number.isNaN(a) && Number.isNaN(b);
  if (Array.isArray(a)) {
    return Array.isArray(b) && a.length === b.length && a.every((x, i) => jsonEqual(x, b[i]));
  }
  if (isRecord(a) && isRecord(b)) {
    const ka = Object.keys(a);
    return ka.length === Object.keys(b).length && ka.every((k) => Object.hasOwn(b, k) && jsonEqual(a[k], b[k]));
  }
  return false;
}
