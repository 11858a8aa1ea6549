/**
 * Null handling before the schema check. The API server prunes `null` values of fields that are
 * not nullable, so a `null` field counts as absent: it never gives a type error, and a `null`
 * required field is reported as missing.
 */
import { DEPTH_EXCEEDED, DEPTH_PLAIN, MAX_NESTING_DEPTH, measureDepth } from '../util/depth.js';

/**
 * Deeper than any schema of the model goes; below this depth data can only sit inside
 * free-form (`x-kubernetes-preserve-unknown-fields`) values, where nulls are allowed anyway.
 * The limit keeps absurdly nested input from exhausting the stack.
 */
export const MAX_SCHEMA_DEPTH = 64;

/**
 * `value` without the object properties whose value is `null`, down to
 * {@link MAX_SCHEMA_DEPTH}. List items are kept as they are, so indices do not move. The input
 * is not changed: the objects and lists on the way to a `null` are copied, everything else is
 * shared with the input, and a value without any `null` comes back as itself.
 *
 * An object that is not a plain object (its prototype is neither `Object.prototype` nor `null`,
 * such as a `Date`) is copied into a plain one with its own enumerable properties, as any object
 * of the result is plain JSON.
 */
export function withoutNulls(value: unknown): unknown {
  return pruned(value, 0);
}

/** The last input {@link inputExceedsDepth} found nothing to prune in, until a schema check takes it. */
let nothingToPrune: object | undefined;

/**
 * Whether `object` nests past {@link MAX_NESTING_DEPTH} (`false` without a walk when the caller
 * has already checked). The same walk tells whether {@link withoutNulls} would change the object;
 * when it would not, the object is noted for {@link inputWithoutNulls}, so that the schema check
 * of this very object need not look for nulls a second time.
 * @param object - the input of an entry point
 * @param depthChecked - whether the caller has already checked the depth (then nothing is noted)
 */
export function inputExceedsDepth(object: unknown, depthChecked: boolean): boolean {
  nothingToPrune = undefined;
  if (depthChecked) return false;
  const found = measureDepth(object, MAX_NESTING_DEPTH, MAX_SCHEMA_DEPTH);
  if (found === DEPTH_PLAIN && typeof object === 'object' && object !== null) nothingToPrune = object;
  return found === DEPTH_EXCEEDED;
}

/**
 * {@link withoutNulls} of the object the last {@link inputExceedsDepth} walked, if it is this one
 * and had nothing to prune: then the object itself, without a second walk. Forgets the note.
 * @param object - the object to prune
 */
export function inputWithoutNulls(object: unknown): unknown {
  const noted = nothingToPrune;
  nothingToPrune = undefined;
  return noted !== undefined && noted === object ? object : withoutNulls(object);
}

// Copy on write: the common input holds no null, and one scan that allocates nothing is far
// cheaper than copying every object of it.
function pruned(value: unknown, depth: number): unknown {
  if (typeof value !== 'object' || value === null || depth >= MAX_SCHEMA_DEPTH) return value;
  return Array.isArray(value) ? prunedList(value, depth) : prunedObject(value as Record<string, unknown>, depth);
}

function prunedList(list: readonly unknown[], depth: number): readonly unknown[] {
  for (let i = 0; i < list.length; i++) {
    const item = list[i];
    const p = pruned(item, depth + 1);
    // Each item is pruned once (pruning it again would double the work at every level).
    if (p !== item) return list.map((v, j) => (j < i ? v : j === i ? p : pruned(v, depth + 1)));
  }
  return list;
}

function prunedObject(o: Record<string, unknown>, depth: number): Record<string, unknown> {
  const proto = Object.getPrototypeOf(o);
  let out: Record<string, unknown> | undefined = proto === Object.prototype || proto === null ? undefined : {};
  for (const k in o) {
    const v = o[k];
    if (out === undefined && (typeof v !== 'object' || !Object.hasOwn(o, k))) continue; // a scalar, or not an own key
    const p = v === null ? undefined : pruned(v, depth + 1);
    if (out === undefined) {
      if (p === v) continue;
      out = copyUntil(o, k);
    }
    if (v !== null && Object.hasOwn(o, k)) define(out, k, p);
  }
  return out ?? o;
}

/** A plain object with the own enumerable properties of `o` before the key `stop` (which holds no null). */
function copyUntil(o: Record<string, unknown>, stop: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k in o) {
    if (k === stop) break;
    if (Object.hasOwn(o, k)) define(out, k, o[k]);
  }
  return out;
}

function define(o: Record<string, unknown>, k: string, value: unknown): void {
  // Defined, not assigned: an own "__proto__" key of the input must stay an own key of the
  // copy (assignment would set the copy's prototype and hide the key from the schema check).
  Object.defineProperty(o, k, { value, enumerable: true, writable: true, configurable: true });
}
