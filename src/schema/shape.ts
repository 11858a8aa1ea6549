/**
 * The parts of a schema that the error mapping and the list-type pass need at run time, as a
 * small generated table (`generated/shapes.ts`): the field names of closed objects (to name the
 * allowed fields in unknown-field errors), which fields are maps (their keys print as `[key]`),
 * which lists are `set` or `map` lists, and where definitions are used. Branches that hold none
 * of these (scalars) are left out.
 */

/** One schema node of the table. */
export interface Shape {
  /** The declared field names of a closed object (one that rejects unknown fields). */
  readonly f?: readonly string[];
  /** Properties (by name) whose subtree holds anything of this table. */
  readonly p?: Readonly<Record<string, Shape>>;
  /** The shape of the items of a list, or of the values of a map. */
  readonly i?: Shape;
  /** Set (1) when this node is a map: its keys are data, not field names. */
  readonly m?: 1;
  /** The id of the definition this node refers to. */
  readonly r?: string;
  /** `x-kubernetes-list-type`: `'set'`, or the key fields of a `map` list. */
  readonly l?: 'set' | readonly string[];
}

/** The shape tables: one per definition id and one per `group/version/Kind`. */
export interface ShapeTables {
  readonly defs: Readonly<Record<string, Shape>>;
  readonly roots: Readonly<Record<string, Shape>>;
}

/** Follows a definition reference, if the node is one. */
export function resolveShape(s: Shape | undefined, tables: ShapeTables): Shape | undefined {
  return s?.r !== undefined ? tables.defs[s.r] : s;
}

/** The key of the `<Kind>List` envelope's validator and shape (its schema is `schemas/List.json`). */
export const LIST_ENVELOPE_KEY = 'List';
