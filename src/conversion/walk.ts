/**
 * Visiting the objects at a path pattern such as `spec.acme.solvers[*].dns01`. Converters use it
 * to reach every element of a list without caring whether the list (or anything on the way)
 * is absent or of the wrong type: missing parts are skipped, nothing throws.
 */
import { isRecord, type JsonObject } from '../util/json.js';

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

/** Calls `fn` with every object found at `p` under `root`. */
export function eachObject(root: unknown, p: Pattern, fn: (o: JsonObject) => void): void {
  if (p.length === 0) {
    if (isRecord(root)) fn(root);
    return;
  }
  const [head, ...rest] = p as [string, ...string[]];
  if (head === '*') {
    if (Array.isArray(root)) for (const item of root) eachObject(item, rest, fn);
  } else if (isRecord(root) && Object.hasOwn(root, head)) {
    eachObject(root[head], rest, fn);
  }
}

/** Calls `fn(parent, key)` for every existing member at `p` (the last segment is the key). */
export function eachMember(root: unknown, p: Pattern, fn: (parent: JsonObject, key: string) => void): void {
  const key = p[p.length - 1];
  if (key === undefined) return;
  eachObject(root, p.slice(0, -1), (parent) => {
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

/** Go's `omitempty` on a list or scalar field: drops `key` when it is null, `""`, `0`, `false` or `[]`. */
export function omitEmpty(o: JsonObject, key: string): void {
  const v = o[key];
  const empty = v === null || v === '' || v === 0 || v === false || (Array.isArray(v) && v.length === 0);
  if (Object.hasOwn(o, key) && empty) delete o[key];
}
