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

function walk(data: unknown, node: Shape | undefined, at: Path, tables: ShapeTables, out: FieldError[]): void {
  const shape = resolveShape(node, tables);
  if (shape === undefined) return;
  if (Array.isArray(data)) {
    if (shape.l !== undefined) appendAll(out, duplicates(data, shape.l, at));
    if (shape.i !== undefined) {
      for (const [i, item] of data.entries()) walk(item, shape.i, at.index(i), tables, out);
    }
    return;
  }
  if (!isRecord(data)) return;
  if (shape.m === 1) {
    for (const [k, v] of Object.entries(data)) walk(v, shape.i, at.key(k), tables, out);
    return;
  }
  for (const [name, child] of Object.entries(shape.p ?? {})) {
    if (Object.hasOwn(data, name)) walk(data[name], child, at.child(name), tables, out);
  }
}

/** The Duplicate errors of every `set` and `map` list in `data`. */
export function listTypeErrors(data: unknown, root: Shape, tables: ShapeTables): FieldError[] {
  const out: FieldError[] = [];
  walk(data, root, Path.root(), tables, out);
  return out;
}
