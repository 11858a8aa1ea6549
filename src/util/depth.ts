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
 * Whether `value` nests objects and arrays more than `limit` levels deep. Safe on any depth: deep,
 * shared or huge values are measured without recursion; it stops at the first value past the
 * limit. Reads own enumerable keys only. A cyclic value counts as too deep.
 * @param value - any value
 * @param limit - the deepest nesting allowed
 */
export function exceedsDepth(value: unknown, limit: number = MAX_NESTING_DEPTH): boolean {
  return measureDepth(value, limit, 0) === DEPTH_EXCEEDED;
}

/** {@link measureDepth}: the value nests past the limit. */
export const DEPTH_EXCEEDED = 0;
/** {@link measureDepth}: within the limit, and no object down to the given level is unusual. */
export const DEPTH_PLAIN = 1;
/** {@link measureDepth}: within the limit, and some object down to the given level may be unusual. */
export const DEPTH_UNUSUAL = 2;

/**
 * {@link exceedsDepth} that, in the same walk, also looks at the objects (not lists) of the first
 * `plainLevels` levels: DEPTH_PLAIN when none of them has an own property whose value is `null`
 * and each is a plain object (prototype `Object.prototype` or `null`); DEPTH_UNUSUAL when one is
 * not, or the value was too large to tell on the fast walk.
 * @param value - any value
 * @param limit - the deepest nesting allowed
 * @param plainLevels - how many levels to look at for null properties and plain objects
 */
export function measureDepth(value: unknown, limit: number, plainLevels: number): number {
  if (typeof value !== 'object' || value === null) return DEPTH_PLAIN;
  // Saved and restored: a getter of the value could start another walk in the middle of this one.
  const outer = unusual;
  const outerClean = cleanPrototype;
  unusual = false;
  cleanPrototype = plainLevels > 0 && !hasEnumerableKey(Object.prototype);
  const fast = levelsWithin(value, 1, limit, NODE_BUDGET, plainLevels);
  const found = unusual;
  unusual = outer;
  cleanPrototype = outerClean;
  if (fast === TOO_DEEP) return DEPTH_EXCEEDED;
  if (fast !== GAVE_UP) return found ? DEPTH_UNUSUAL : DEPTH_PLAIN;
  return exceedsDepthIteratively(value, limit) ? DEPTH_EXCEEDED : DEPTH_UNUSUAL;
}

/** How deep the allocation-free walk recurses, and how many objects it visits, before it hands over. */
const RECURSION_LIMIT = 100;
const NODE_BUDGET = 10_000;
const TOO_DEEP = -1;
const GAVE_UP = -2;

// Whether the walk below has met anything unusual: kept out of its result, which is the budget.
let unusual = false;
// Whether `Object.prototype` has no enumerable key, so that for-in over an object whose prototype
// it is yields own keys only: then the walk needs no hasOwn per key (checked once per walk).
let cleanPrototype = false;

function hasEnumerableKey(o: object): boolean {
  for (const _ in o) return true;
  return false;
}

// The common input is a small tree: a plain recursive walk with no bookkeeping answers exactly
// for it (and for shared sub-objects, which it simply walks again). Only a value deeper than
// RECURSION_LIMIT, cyclic, or larger than the budget goes to the iterative walk.
/** The budget left after walking `v` (an object at `level`), or TOO_DEEP, or GAVE_UP. */
function levelsWithin(v: object, level: number, limit: number, budget: number, plainLevels: number): number {
  if (level > limit) return TOO_DEEP;
  if (level > RECURSION_LIMIT || budget <= 0) return GAVE_UP;
  let left = budget - 1;
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) {
      const x: unknown = v[i];
      if (typeof x === 'object' && x !== null) left = levelsWithin(x, level + 1, limit, left, plainLevels);
      if (left < 0) return left;
    }
    return left;
  }
  const look = level <= plainLevels;
  let ownOnly = false;
  if (look) {
    const proto: unknown = Object.getPrototypeOf(v);
    if (proto === null || (proto === Object.prototype && cleanPrototype)) ownOnly = true;
    else if (proto !== Object.prototype) unusual = true;
  }
  for (const k in v) {
    const x: unknown = (v as Record<string, unknown>)[k];
    // Own keys only, as Object.keys; asked of objects (and null) only, since scalars do not matter.
    if (typeof x !== 'object' || (!ownOnly && !Object.hasOwn(v, k))) continue;
    if (x !== null) left = levelsWithin(x, level + 1, limit, left, plainLevels);
    else if (look) unusual = true;
    if (left < 0) return left;
  }
  return left;
}

/**
 * The exact walk for any value, behind the fast walk of {@link exceedsDepth}: iterative, and each
 * object is walked again only when met deeper (also the straightforward form the property tests
 * compare the fast walk with).
 * @param value - any value
 * @param limit - the deepest nesting allowed
 */
export function exceedsDepthIteratively(value: unknown, limit: number): boolean {
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
