/**
 * The nesting limit of the entry points. Every walk over input (schema check, null pruning,
 * list-type pass, deep equality, copying, diffing, conversion) recurses once per level; rather
 * than let a hostile object exhaust the stack, each entry point measures the depth first, without
 * recursion, and answers a field error beyond the limit.
 */
import { type FieldError, fe } from '../field/field-error.js';

/**
 * The deepest nesting of objects and arrays an entry point accepts: the top-level object is
 * level 1, `{"a": {}}` has 2 levels. No cert-manager field is anywhere near this deep; only
 * free-form values (ACME webhook solver `config`) could be.
 */
export const MAX_NESTING_DEPTH = 1000;

/**
 * Whether `value` nests objects and arrays more than `limit` levels deep. Iterative, so it is
 * safe on any depth; it stops at the first value past the limit. Reads own enumerable keys only.
 * A cyclic value counts as too deep.
 * @param value - any value
 * @param limit - the deepest nesting allowed
 */
export function exceedsDepth(value: unknown, limit: number = MAX_NESTING_DEPTH): boolean {
  const stack: Array<{ v: unknown; d: number }> = [{ v: value, d: 1 }];
  // The depth at which each object was last walked: a shared object is walked again only when
  // met deeper, and a cycle (not JSON, but possible in a JavaScript value) runs past the limit.
  const seen = new Map<object, number>();
  while (stack.length > 0) {
    const { v, d } = stack.pop() as { v: unknown; d: number };
    if (typeof v !== 'object' || v === null || (seen.get(v) ?? 0) >= d) continue;
    if (d > limit) return true;
    seen.set(v, d);
    if (Array.isArray(v)) for (let i = 0; i < v.length; i++) stack.push({ v: v[i], d: d + 1 });
    else for (const k of Object.keys(v)) stack.push({ v: (v as Record<string, unknown>)[k], d: d + 1 });
  }
  return false;
}

/**
 * The error for input past {@link MAX_NESTING_DEPTH}.
 * @param field - the field holding the value (`''` for the object itself)
 */
export function tooDeepError(field = ''): FieldError {
  return fe.forbidden(field, `nested more than ${MAX_NESTING_DEPTH} levels deep; cmapi reads objects up to that depth`);
}
