/**
 * The schema of an older cert-manager release, as a small overlay on master's: instead of one
 * precompiled validator per release, the master validator runs and a generated table
 * (`generated/releases.ts`) says, per node, where the release differs — fields it does not
 * have yet, its enum, its required list, its list type. Master has no overlay. The generator
 * refuses any other difference (a bound, a type), so the overlay cannot silently miss one.
 */
import { type FieldError, fe, supportedValues } from '../field/field-error.js';
import { Path } from '../field/path.js';
import type { CertManagerRelease } from '../release/release.js';
import { isRecord } from '../util/json.js';
import { duplicates } from './lists.js';
import { resolveShape, type Shape, type ShapeTables } from './shape.js';
import { unknownFieldDetail } from './suggest.js';
import { appendAll } from '../util/append.js';

/** Where one node of a release's schema differs from master's (mirrors {@link Shape}). */
export interface ReleaseEdit {
  /** Properties (by name) whose subtree differs. */
  readonly p?: Readonly<Record<string, ReleaseEdit>>;
  /** Items of a list, or values of a map, whose subtree differs. */
  readonly i?: ReleaseEdit;
  /** The id (in master's tables) of the definition this node refers to, whose release form differs. */
  readonly r?: string;
  /** Fields master declares here that this release does not have (unknown fields there). */
  readonly u?: readonly string[];
  /** The release's required fields here (all of them). */
  readonly q?: readonly string[];
  /** The release's enum here; `0` when the release has none. */
  readonly e?: readonly (string | number)[] | 0;
  /** The release's list type here: `'set'`, the keys of a `map` list, or `0` for none (atomic). */
  readonly l?: 'set' | readonly string[] | 0;
}

/** The overlay of one release: per master definition id and per `group/version/Kind`. */
export interface ReleaseEdits {
  readonly defs: Readonly<Record<string, ReleaseEdit>>;
  readonly roots: Readonly<Record<string, ReleaseEdit>>;
}

/**
 * The generated form of all overlays: per definition id and per kind, each distinct edit with
 * the releases it belongs to (neighbouring releases mostly share one).
 */
export interface ReleaseEditSource {
  readonly defs: Readonly<Record<string, readonly (readonly [ReleaseEdit, readonly string[]])[]>>;
  readonly roots: Readonly<Record<string, readonly (readonly [ReleaseEdit, readonly string[]])[]>>;
}

const cache = new Map<string, ReleaseEdits>();

/**
 * The overlay of one release, picked out of the generated source once and kept.
 * @param source - the generated overlays
 * @param release - the release
 */
export function releaseEditsOf(source: ReleaseEditSource, release: CertManagerRelease): ReleaseEdits {
  let out = cache.get(release);
  if (out === undefined) {
    const pick = (t: ReleaseEditSource['defs']): Record<string, ReleaseEdit> => {
      const o: Record<string, ReleaseEdit> = {};
      for (const [key, variants] of Object.entries(t)) {
        const found = variants.find(([, releases]) => releases.includes(release));
        if (found) o[key] = found[0];
      }
      return o;
    };
    out = { defs: pick(source.defs), roots: pick(source.roots) };
    cache.set(release, out);
  }
  return out;
}

const under = (field: string, base: string): boolean =>
  field === base || (field.startsWith(base) && (field[base.length] === '.' || field[base.length] === '['));

/**
 * Master's errors that a release does not have: at `at` (or its child `name`), of `type` (any type
 * when undefined), also below it when `below`. The field is printed only if there are errors to drop.
 */
interface Dropped {
  readonly at: Path;
  readonly name?: string;
  readonly type?: FieldError['type'];
  readonly below?: true;
}

interface Walk {
  readonly tables: ShapeTables;
  readonly edits: ReleaseEdits;
  readonly label: string;
  readonly added: FieldError[];
  readonly dropped: Dropped[];
}

function walk(data: unknown, node: Shape | undefined, edit: ReleaseEdit | undefined, at: Path, w: Walk): void {
  if (edit === undefined) return;
  const found = edit.r !== undefined ? w.edits.defs[edit.r] : edit;
  if (found === undefined) return;
  const shape = resolveShape(node, w.tables);
  const e = prepared(found, shape);
  if (e.enumValues !== undefined && (typeof data === 'string' || typeof data === 'number')) {
    // Master's enum error (if any) lists master's values; the release's replaces it.
    w.dropped.push({ at, type: 'FieldValueNotSupported' });
    if (e.enumValues !== 0 && !e.enumValues.includes(data)) w.added.push(fe.notSupported(at, data, supportedValues(e.enumValues)));
  }
  if (Array.isArray(data)) {
    if (e.listType !== undefined) {
      w.dropped.push({ at, type: 'FieldValueDuplicate', below: true });
      if (e.listType !== 0) appendAll(w.added, duplicates(data, e.listType, at));
    }
    if (e.items !== undefined) for (let i = 0; i < data.length; i++) walk(data[i], shape?.i, e.items, at.index(i), w);
    return;
  }
  if (!isRecord(data)) return;
  if (shape?.m === 1) {
    for (const k in data) if (Object.hasOwn(data, k)) walk(data[k], shape.i, e.items, at.key(k), w);
    return;
  }
  const allowed = e.allowed;
  if (allowed !== undefined) {
    for (const name in data) {
      if (!Object.hasOwn(data, name) || allowed.has(name)) continue;
      // An unknown field is one error; what master would say about its contents does not apply.
      // Master's own unknown-field errors here are reworded: they name master's fields.
      w.dropped.push({ at, name, below: true });
      w.added.push(fe.unknown(at.child(name), unknownFieldDetail(name, [...allowed], w.label)));
    }
  }
  const required = e.required;
  if (required !== undefined) {
    for (const f of shape?.f ?? []) if (!required.includes(f)) w.dropped.push({ at, name: f, type: 'FieldValueRequired' });
    for (const f of required) if (!Object.hasOwn(data, f)) w.added.push(fe.required(at.child(f), 'is required'));
  }
  for (const [name, child] of e.children) {
    if (Object.hasOwn(data, name)) walk(data[name], shape?.p?.[name], child, at.child(name), w);
  }
}

// The generated edits have as many object layouts as combinations of keys, which makes every
// property read of the walk slow; each edit is read once into this one layout.
/** One edit as the walk reads it, worked out once per edit (each edit applies to one shape node). */
interface Prepared {
  readonly enumValues: ReleaseEdit['e'];
  readonly listType: ReleaseEdit['l'];
  readonly items: ReleaseEdit | undefined;
  readonly required: ReleaseEdit['q'];
  /** The fields the release declares here, when it lacks some of master's. */
  readonly allowed: ReadonlySet<string> | undefined;
  /** The edited properties the release has, in the edit's order. */
  readonly children: readonly (readonly [string, ReleaseEdit])[];
}

const preparedEdits = new WeakMap<ReleaseEdit, Prepared>();

function prepared(e: ReleaseEdit, shape: Shape | undefined): Prepared {
  let out = preparedEdits.get(e);
  if (out === undefined) {
    const absent = e.u ?? [];
    const declared = shape?.f;
    out = {
      enumValues: e.e,
      listType: e.l,
      items: e.i,
      required: e.q,
      allowed: absent.length > 0 && declared !== undefined ? new Set(declared.filter((f) => !absent.includes(f))) : undefined,
      children: Object.entries(e.p ?? {}).filter(([name]) => !absent.includes(name)),
    };
    preparedEdits.set(e, out);
  }
  return out;
}

/**
 * Turns master's schema errors for `data` into the errors of a release's schema.
 * @param errors - master's errors (from the master validator and list-type pass)
 * @param data - the checked data (nulls pruned)
 * @param root - master's shape of the kind
 * @param edit - the release's edit of the kind
 * @param edits - the release's edit tables
 * @param tables - master's shape tables
 * @param label - how unknown-field errors name the schema
 */
export function applyReleaseEdits(
  errors: readonly FieldError[],
  data: unknown,
  root: Shape,
  edit: ReleaseEdit,
  edits: ReleaseEdits,
  tables: ShapeTables,
  label: string,
): FieldError[] {
  const w: Walk = { tables, edits, label, added: [], dropped: [] };
  walk(data, root, edit, Path.root(), w);
  if (w.dropped.length === 0 || errors.length === 0) return [...errors, ...w.added];
  const dropped = w.dropped.map((d) => ({ ...d, field: (d.name === undefined ? d.at : d.at.child(d.name)).toString() }));
  const kept = errors.filter(
    (err) =>
      !dropped.some((d) =>
        d.below ? under(err.field, d.field) && (d.type === undefined || d.type === err.type) : err.field === d.field && err.type === d.type,
      ),
  );
  return [...kept, ...w.added];
}
