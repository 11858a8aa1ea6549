/**
 * The list-type pass: items of an `x-kubernetes-list-type: set` list must be unique, and items
 * of a `map` list must be unique by their key fields. A repeated item is reported as
 * FieldValueDuplicate at its own index (the first occurrence is fine). Driven by the generated
 * shape table; nothing is compiled at run time.
 */
import { type FieldError, fe } from '../field/field-error.js';
import { Path } from '../field/path.js';
import { isRecord } from '../util/json.js';
import { MAX_SCHEMA_DEPTH } from './prune.js';
import { resolveShape, type Shape, type ShapeTables } from './shape.js';
import { appendAll } from '../util/append.js';

/**
 * JSON text with object keys sorted, so equal values give equal text. Values nested deeper than
 * {@link MAX_SCHEMA_DEPTH} get a text of their own (they never count as duplicates), which keeps
 * absurdly nested input from exhausting the stack.
 */
export function canonical(v: unknown, depth = 0): string {
  if (depth > MAX_SCHEMA_DEPTH) return `#deep${++deepValues}`;
  if (Array.isArray(v)) return `[${v.map((x) => canonical(x, depth + 1)).join(',')}]`;
  if (isRecord(v)) {
    const keys = Object.keys(v).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical(v[k], depth + 1)}`).join(',')}}`;
  }
  return JSON.stringify(v) ?? 'null';
}
let deepValues = 0;

/**
 * The repeated items of a `set` list, or of a `map` list by its key fields, as FieldValueDuplicate
 * at each repeat's own index.
 */
export function duplicates(items: readonly unknown[], type: 'set' | readonly string[], at: Path): FieldError[] {
  const seen = new Set<string>();
  const out: FieldError[] = [];
  items.forEach((item, i) => {
    let id: unknown = item;
    if (type !== 'set') {
      if (!isRecord(item)) return;
      id = Object.fromEntries(type.map((k) => [k, item[k] ?? null]));
    }
    const text = canonical(id);
    if (!seen.has(text)) seen.add(text);
    else if (type === 'set') out.push(fe.duplicate(at.index(i), item, 'list items must be unique'));
    else out.push(fe.duplicate(at.index(i), id, `list items must be unique by ${type.join(', ')}`));
  });
  return out;
}

/** A node of the list plan: the part of a shape whose subtree holds a `set` or `map` list. */
interface ListPlan {
  /** `x-kubernetes-list-type` of this node, as in {@link Shape}. */
  readonly l: 'set' | readonly string[] | undefined;
  /** The plan of the items of a list or the values of a map. */
  i: ListPlan | undefined;
  /** Whether this node is a map. */
  m: boolean;
  /** The properties whose subtree holds a typed list, in the shape's order. */
  p: (readonly [string, ListPlan])[];
}

const plans = new WeakMap<ShapeTables, Map<Shape, ListPlan | undefined>>();

// The plan of the last root asked for: a schema check asks for the same root again and again.
let lastRoot: Shape | undefined;
let lastTables: ShapeTables | undefined;
let lastPlan: ListPlan | undefined;

/** The list plan of a root shape, built once per root from the shape tables. */
function planOf(root: Shape, tables: ShapeTables): ListPlan | undefined {
  if (root === lastRoot && tables === lastTables) return lastPlan;
  lastPlan = cachedPlanOf(root, tables);
  lastRoot = root;
  lastTables = tables;
  return lastPlan;
}

function cachedPlanOf(root: Shape, tables: ShapeTables): ListPlan | undefined {
  let byRoot = plans.get(tables);
  if (byRoot === undefined) {
    byRoot = new Map();
    plans.set(tables, byRoot);
  }
  if (!byRoot.has(root)) byRoot.set(root, buildPlan(root, tables, new Map()));
  return byRoot.get(root);
}

/** `node`'s plan, or undefined when no typed list lies below it. */
function buildPlan(node: Shape | undefined, tables: ShapeTables, built: Map<Shape, ListPlan | false>): ListPlan | undefined {
  const shape = resolveShape(node, tables);
  if (shape === undefined) return undefined;
  const known = built.get(shape);
  if (known !== undefined) return known === false ? undefined : known;
  // Every plan has all fields (one object layout keeps the walk's property reads fast).
  const plan: ListPlan = { l: shape.l, i: undefined, m: shape.m === 1, p: [] };
  // Known before its children: a definition that contains itself gets this (still growing) plan.
  built.set(shape, plan);
  plan.i = buildPlan(shape.i, tables, built);
  for (const [name, child] of Object.entries(shape.p ?? {})) {
    const c = buildPlan(child, tables, built);
    if (c !== undefined) plan.p.push([name, c]);
  }
  if (plan.l !== undefined || plan.i !== undefined || plan.p.length > 0) return plan;
  built.set(shape, false);
  return undefined;
}

/**
 * Where the walk is, as a stack of steps (kind, then name or index); it becomes a {@link Path}
 * only when a duplicate is found.
 */
type Trail = (number | string)[];
// Steps come off with two pops: shrinking the array through `length` costs several times more.
const CHILD = 0;
const INDEX = 1;
const KEY = 2;

function pathOf(trail: Trail): Path {
  let at = Path.root();
  for (let j = 0; j < trail.length; j += 2) {
    const step = trail[j + 1] as string | number;
    at = trail[j] === CHILD ? at.child(step as string) : trail[j] === INDEX ? at.index(step as number) : at.key(step as string);
  }
  return at;
}

function walk(data: unknown, plan: ListPlan, trail: Trail, out: FieldError[]): void {
  if (Array.isArray(data)) {
    if (plan.l !== undefined && mayRepeat(data, plan.l)) appendAll(out, duplicates(data, plan.l, pathOf(trail)));
    const items = plan.i;
    if (items !== undefined) {
      for (let i = 0; i < data.length; i++) {
        trail.push(INDEX, i);
        walk(data[i], items, trail, out);
        trail.pop();
        trail.pop();
      }
    }
    return;
  }
  if (!isRecord(data)) return;
  if (plan.m) {
    const values = plan.i;
    if (values === undefined) return;
    for (const k in data) {
      if (!Object.hasOwn(data, k)) continue;
      trail.push(KEY, k);
      walk(data[k], values, trail, out);
      trail.pop();
      trail.pop();
    }
    return;
  }
  const properties = plan.p;
  for (let j = 0; j < properties.length; j++) {
    const [name, child] = properties[j] as readonly [string, ListPlan];
    if (!Object.hasOwn(data, name)) continue;
    trail.push(CHILD, name);
    walk(data[name], child, trail, out);
    trail.pop();
    trail.pop();
  }
}

/** Lists longer than this go straight to {@link duplicates}; shorter ones are compared pairwise first. */
const PAIRWISE = 16;

// The common list has no repeat, and its items (or their key fields) are strings: comparing them
// pairwise allocates nothing, where `duplicates` prints every item. Anything else is "maybe".
/** False when `items` certainly has no repeated item (by its key fields for a `map` list). */
function mayRepeat(items: readonly unknown[], type: 'set' | readonly string[]): boolean {
  if (items.length < 2) return false;
  if (items.length > PAIRWISE) return true;
  for (let a = 0; a < items.length; a++) {
    for (let b = a + 1; b < items.length; b++) {
      if (sameId(items[a], items[b], type) !== DIFFERENT) return true;
    }
  }
  return false;
}

const DIFFERENT = 0;
const SAME = 1;
const UNSURE = 2;

/** Whether two items have the same identity, as {@link canonical} of their identities would say, or UNSURE. */
function sameId(x: unknown, y: unknown, type: 'set' | readonly string[]): number {
  if (type === 'set') return sameScalar(x, y);
  // `duplicates` skips items that are not objects.
  if (!isRecord(x) || !isRecord(y)) return DIFFERENT;
  let verdict = SAME;
  for (const k of type) {
    const v = sameScalar(x[k] ?? null, y[k] ?? null);
    if (v === DIFFERENT) return DIFFERENT;
    if (v === UNSURE) verdict = UNSURE;
  }
  return verdict;
}

/** Strings, booleans, finite numbers and null print as distinct JSON exactly when they differ. */
function sameScalar(x: unknown, y: unknown): number {
  if (!isSimple(x) || !isSimple(y)) return UNSURE;
  return x === y ? SAME : DIFFERENT;
}

const isSimple = (v: unknown): boolean =>
  v === null || typeof v === 'string' || typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v));

/** The Duplicate errors of every `set` and `map` list in `data`. */
export function listTypeErrors(data: unknown, root: Shape, tables: ShapeTables): FieldError[] {
  const out: FieldError[] = [];
  const plan = planOf(root, tables);
  if (plan !== undefined) walk(data, plan, [], out);
  return out;
}
