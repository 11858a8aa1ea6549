/**
 * The straightforward forms of the schema check's fast paths, kept to test the fast ones against
 * (test/properties/schema-fast-paths.test.ts): null pruning by copying everything, the depth check
 * with a stack and a map, the list-type walk over the whole shape with a path per step, the release
 * overlay walk printing every path, and instance pointers split into segments.
 */
import { type FieldError, fe, supportedValues } from '../../src/field/field-error.js';
import { Path } from '../../src/field/path.js';
import type { SchemaValidator } from '../../src/schema/ajv-runtime.js';
import { toFieldError } from '../../src/schema/errors.js';
import { duplicates } from '../../src/schema/lists.js';
import { type Cursor, pointerSegments, step } from '../../src/schema/paths.js';
import { MAX_SCHEMA_DEPTH } from '../../src/schema/prune.js';
import type { ReleaseEdit, ReleaseEdits } from '../../src/schema/release-edits.js';
import { resolveShape, type Shape, type ShapeTables } from '../../src/schema/shape.js';
import { unknownFieldDetail } from '../../src/schema/suggest.js';
import { exceedsDepthIteratively } from '../../src/util/depth.js';
import { isRecord } from '../../src/util/json.js';

/** A copy of `value` without null object properties down to MAX_SCHEMA_DEPTH; every object and list is copied. */
export function withoutNullsReference(value: unknown, depth = 0): unknown {
  if (depth >= MAX_SCHEMA_DEPTH) return value;
  if (Array.isArray(value)) return value.map((v) => withoutNullsReference(v, depth + 1));
  if (!isRecord(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    if (v !== null)
      Object.defineProperty(out, k, { value: withoutNullsReference(v, depth + 1), enumerable: true, writable: true, configurable: true });
  }
  return out;
}

/** Whether `value` nests more than `limit` levels: the exact iterative walk (a stack, and a map of the depth each object was walked at). */
export const exceedsDepthReference = exceedsDepthIteratively;

function listWalk(data: unknown, node: Shape | undefined, at: Path, tables: ShapeTables, out: FieldError[]): void {
  const shape = resolveShape(node, tables);
  if (shape === undefined) return;
  if (Array.isArray(data)) {
    if (shape.l !== undefined) out.push(...duplicates(data, shape.l, at));
    if (shape.i !== undefined) for (const [i, item] of data.entries()) listWalk(item, shape.i, at.index(i), tables, out);
    return;
  }
  if (!isRecord(data)) return;
  if (shape.m === 1) {
    for (const [k, v] of Object.entries(data)) listWalk(v, shape.i, at.key(k), tables, out);
    return;
  }
  for (const [name, child] of Object.entries(shape.p ?? {})) {
    if (Object.hasOwn(data, name)) listWalk(data[name], child, at.child(name), tables, out);
  }
}

/** The Duplicate errors of every typed list, walking every branch of the shape. */
export function listTypeErrorsReference(data: unknown, root: Shape, tables: ShapeTables): FieldError[] {
  const out: FieldError[] = [];
  listWalk(data, root, Path.root(), tables, out);
  return out;
}

/** The cursor at an instance pointer, from its split segments. */
export function locateReference(pointer: string, data: unknown, root: Shape, tables: ShapeTables): Cursor {
  let at: Cursor = { path: Path.root(), data, shape: root };
  for (const segment of pointerSegments(pointer)) at = step(at, segment, tables);
  return at;
}

function dedupe(errors: readonly FieldError[]): FieldError[] {
  const seen = new Set<string>();
  return errors.filter((e) => {
    const k = `${e.type}\u0000${e.field}\u0000${e.detail}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** The master schema check, every stage in its straightforward form. */
export function checkWithReference(
  object: unknown,
  validate: SchemaValidator,
  root: Shape,
  tables: ShapeTables,
  label: string,
): FieldError[] {
  const data = withoutNullsReference(object);
  const errors: FieldError[] = [];
  if (!validate(data)) {
    for (const e of validate.errors ?? []) {
      const mapped = toFieldError(e, data, root, tables, label);
      if (mapped !== undefined) errors.push(mapped);
    }
  }
  errors.push(...listTypeErrorsReference(data, root, tables));
  return dedupe(errors);
}

interface Walk {
  readonly tables: ShapeTables;
  readonly edits: ReleaseEdits;
  readonly label: string;
  readonly added: FieldError[];
  readonly dropped: { readonly field: string; readonly type?: FieldError['type']; readonly below?: true }[];
}

const under = (field: string, base: string): boolean =>
  field === base || (field.startsWith(base) && (field[base.length] === '.' || field[base.length] === '['));

function releaseWalk(data: unknown, node: Shape | undefined, edit: ReleaseEdit | undefined, at: Path, w: Walk): void {
  if (edit === undefined) return;
  const e = edit.r !== undefined ? w.edits.defs[edit.r] : edit;
  if (e === undefined) return;
  const shape = resolveShape(node, w.tables);
  const here = at.toString();
  if (e.e !== undefined && (typeof data === 'string' || typeof data === 'number')) {
    w.dropped.push({ field: here, type: 'FieldValueNotSupported' });
    if (e.e !== 0 && !e.e.includes(data)) w.added.push(fe.notSupported(at, data, supportedValues(e.e)));
  }
  if (Array.isArray(data)) {
    if (e.l !== undefined) {
      w.dropped.push({ field: here, type: 'FieldValueDuplicate', below: true });
      if (e.l !== 0) w.added.push(...duplicates(data, e.l, at));
    }
    if (e.i !== undefined) for (const [i, item] of data.entries()) releaseWalk(item, shape?.i, e.i, at.index(i), w);
    return;
  }
  if (!isRecord(data)) return;
  if (shape?.m === 1) {
    for (const [k, v] of Object.entries(data)) releaseWalk(v, shape.i, e.i, at.key(k), w);
    return;
  }
  const absent = e.u ?? [];
  if (absent.length > 0 && shape?.f !== undefined) {
    const allowed = shape.f.filter((f) => !absent.includes(f));
    for (const name of Object.keys(data)) {
      if (allowed.includes(name)) continue;
      const field = at.child(name);
      w.dropped.push({ field: field.toString(), below: true });
      w.added.push(fe.unknown(field, unknownFieldDetail(name, allowed, w.label)));
    }
  }
  if (e.q !== undefined) {
    for (const f of shape?.f ?? []) if (!e.q.includes(f)) w.dropped.push({ field: at.child(f).toString(), type: 'FieldValueRequired' });
    for (const f of e.q) if (!Object.hasOwn(data, f)) w.added.push(fe.required(at.child(f), 'is required'));
  }
  for (const [name, child] of Object.entries(e.p ?? {})) {
    if (Object.hasOwn(data, name) && !absent.includes(name)) releaseWalk(data[name], shape?.p?.[name], child, at.child(name), w);
  }
}

/** A release's schema check: master's reference check, then the overlay walk printing every path. */
export function checkReleaseReference(
  object: unknown,
  validate: SchemaValidator,
  root: Shape,
  edit: ReleaseEdit,
  edits: ReleaseEdits,
  tables: ShapeTables,
  label: string,
): FieldError[] {
  const data = withoutNullsReference(object);
  const errors = checkWithReference(data, validate, root, tables, label);
  const w: Walk = { tables, edits, label, added: [], dropped: [] };
  releaseWalk(data, root, edit, Path.root(), w);
  const kept = errors.filter(
    (err) =>
      !w.dropped.some((d) =>
        d.below ? under(err.field, d.field) && (d.type === undefined || d.type === err.type) : err.field === d.field && err.type === d.type,
      ),
  );
  return dedupe([...kept, ...w.added]);
}
