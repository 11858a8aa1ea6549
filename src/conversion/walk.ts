/**
 * Visiting the objects at a path pattern such as `spec.acme.solvers[*].dns01`. Converters use it
 * to reach every element of a list without caring whether the list (or anything on the way)
 * is absent or of the wrong type: missing parts are skipped, nothing throws.
 */
import { isRecord, type JsonObject } from '../util/json.js';
import { setOwn } from './clone.js';

/** A parsed pattern: object keys, with `*` standing for every element of a list. */
export type Pattern = readonly string[];

const parsed = new Map<string, Pattern>();

/** Parses `a.b[*].c` into `['a', 'b', '*', 'c']` (memoised: the tables use a fixed set). */
export function pattern(text: string): Pattern {
  let p = parsed.get(text);
  if (p === undefined) {
    p = text
      .replaceAll('[*]', '.*')
      .split('.')
      .filter((s) => s !== '');
    parsed.set(text, p);
  }
  return p;
}

/** `table` with `f` applied to every row of every kind (the tables are parsed once, at load). */
export function mapRows<K extends string, T, U>(
  table: Readonly<Record<K, readonly T[]>>,
  f: (row: T) => U,
): Readonly<Record<K, readonly U[]>> {
  const out = {} as Record<K, readonly U[]>;
  for (const kind of Object.keys(table) as K[]) out[kind] = table[kind].map(f);
  return out;
}

/** Calls `fn` with every object found at `p` under `root`. */
export function eachObject(root: unknown, p: Pattern, fn: (o: JsonObject) => void): void {
  walkTo(root, p, 0, p.length, fn);
}

/**
 * Calls `fn` with every object found at `p[from..to)` under `v`. Indices instead of a copied
 * rest of the pattern per level: the converters walk the same few patterns on every call.
 */
function walkTo(v: unknown, p: Pattern, from: number, to: number, fn: (o: JsonObject) => void): void {
  let cur = v;
  for (let i = from; i < to; i++) {
    const head = p[i] as string;
    if (head === '*') {
      if (Array.isArray(cur)) for (const item of cur) walkTo(item, p, i + 1, to, fn);
      return;
    }
    if (!isRecord(cur) || !Object.hasOwn(cur, head)) return;
    cur = cur[head];
  }
  if (isRecord(cur)) fn(cur);
}

/** Calls `fn(parent, key)` for every existing member at `p` (the last segment is the key). */
export function eachMember(root: unknown, p: Pattern, fn: (parent: JsonObject, key: string) => void): void {
  const key = p[p.length - 1];
  if (key === undefined) return;
  walkTo(root, p, 0, p.length - 1, (parent) => {
    if (Object.hasOwn(parent, key)) fn(parent, key);
  });
}

/** Deletes the member at every match of `p`. */
export function dropAt(root: unknown, p: Pattern): void {
  eachMember(root, p, (parent, key) => {
    delete parent[key];
  });
}

/** Renames `from` to `to` in `o` when present (a value already under `to` is replaced). */
export function renameKey(o: JsonObject, from: string, to: string): void {
  if (!Object.hasOwn(o, from)) return;
  o[to] = o[from];
  delete o[from];
}

/**
 * `o` without the members `keys`: `o` itself when it has none of them, else a new object with the
 * other members in their order (as deleting them would leave it). Deleting members that are not
 * the last one turns an object into a slow dictionary for every later step: copying avoids it.
 */
export function withoutKeys(o: JsonObject, keys: readonly string[]): JsonObject {
  if (!keys.some((k) => Object.hasOwn(o, k))) return o;
  const out: JsonObject = {};
  for (const k of Object.keys(o)) if (!keys.includes(k)) setOwn(out, k, o[k]);
  return out;
}

/** Go's `omitempty` on a list or scalar field: drops `key` when it is null, `""`, `0`, `false` or `[]`. */
export function omitEmpty(o: JsonObject, key: string): void {
  if (Object.hasOwn(o, key) && isOmittedEmpty(o[key])) delete o[key];
}

/** Whether {@link omitEmpty} drops the value `v`. */
export const isOmittedEmpty = (v: unknown): boolean =>
  v === null || v === '' || v === 0 || v === false || (Array.isArray(v) && v.length === 0);

/** Whether mapping `v` through `there`, then `back`, gives `v` (`rsa` → `RSA` → `rsa`); values outside a table stay as they are. */
export function mapsBack(v: unknown, there: Readonly<Record<string, string>>, back: Readonly<Record<string, string>>): boolean {
  if (typeof v !== 'string') return true;
  const t = Object.hasOwn(there, v) ? there[v] : v;
  return (Object.hasOwn(back, t as string) ? back[t as string] : t) === v;
}
