import type { FieldError } from '../../index.js';
import { identify, type Identity } from '../../index.js';
import { isRecord } from '../../util/json.js';

/** What a transformation made of one cert-manager object (or `<Kind>List`). */
export interface Transformed {
  /** The new value; absent when the transformation failed (the object is then kept as it was). */
  readonly value?: unknown;
  readonly errors: readonly FieldError[];
  /** What the transformation ignored or removed and the user may want to know (not failures). */
  readonly warnings?: readonly string[];
  /** Extra output of the transformation (the JSON Patch of `cmapi default --patch`). */
  readonly patch?: readonly { readonly op: string; readonly path: string; readonly from?: string }[];
}

/** A transformation of cert-manager objects, told what the object is. */
export type Transform = (value: unknown, identity: Exclude<Identity, { shape: 'core-list' }>) => Transformed;

/** The outcome for a whole document: its new value, errors with paths from the document root, patch ops. */
export interface DocumentOutcome {
  readonly value: unknown;
  readonly errors: FieldError[];
  readonly warnings: string[];
  readonly patch: { op: string; path: string; from?: string }[];
  /** cert-manager objects the document holds. */
  readonly objects: number;
}

/**
 * Applies a transformation to the cert-manager objects of a document: the document itself, or the
 * cert-manager items of a core `v1 List`. Everything else passes through unchanged.
 */
export function eachObject(value: unknown, transform: Transform): DocumentOutcome {
  const id = identify(value);
  if (!id.ok) return { value, errors: [], warnings: [], patch: [], objects: 0 };
  if (id.identity.shape !== 'core-list') {
    const r = transform(value, id.identity);
    return {
      value: r.errors.length > 0 ? value : r.value,
      errors: [...r.errors],
      warnings: [...(r.warnings ?? [])],
      patch: (r.patch ?? []).map((op) => ({ ...op })),
      objects: 1,
    };
  }
  const list = value as { items?: unknown };
  if (!Array.isArray(list.items)) return { value, errors: [], warnings: [], patch: [], objects: 0 };
  const errors: FieldError[] = [];
  const warnings: string[] = [];
  const patch: DocumentOutcome['patch'] = [];
  let objects = 0;
  const items = list.items.map((item, i) => {
    const r = eachObject(item, transform);
    objects += r.objects;
    for (const e of r.errors) errors.push({ ...e, field: e.field ? `items[${i}].${e.field}` : `items[${i}]` });
    for (const w of r.warnings) warnings.push(`items[${i}]: ${w}`);
    for (const op of r.patch) patch.push(prefixOp(op, `/items/${i}`));
    return r.value;
  });
  return { value: isRecord(value) ? { ...value, items } : value, errors, warnings, patch, objects };
}

function prefixOp(op: DocumentOutcome['patch'][number], prefix: string): DocumentOutcome['patch'][number] {
  return op.from === undefined ? { ...op, path: prefix + op.path } : { ...op, path: prefix + op.path, from: prefix + op.from };
}
