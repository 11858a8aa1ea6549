/**
 * A small builder language for the structural schemas of the cert-manager kinds. The model
 * (this folder) is the single source from which `npm run generate` writes the JSON Schemas
 * (`schemas/`), the TypeScript types (`src/apis/<version>/types.ts`) and the precompiled
 * validators (`src/schema/generated/`). It describes Kubernetes structural schemas: every
 * object is closed (unknown fields are errors) unless it says `preserveUnknownFields`.
 */

import type { CertManagerRelease } from '../src/release/release.js';

/**
 * Where a node appears across cert-manager releases. A field is in the CRD of release R when
 * `since <= R < until` and R is not in `absentIn`. Each bound may be left out. Only the v1
 * schemas carry release history: the old versions' schemas are the same for every release.
 */
export interface Presence {
  /** The first release whose CRD has this field. */
  readonly since?: CertManagerRelease;
  /** The first release whose CRD no longer has it. */
  readonly until?: CertManagerRelease;
  /** Releases inside the range whose CRD lacked it all the same. */
  readonly absentIn?: readonly CertManagerRelease[];
}

/**
 * Earlier values of a node's keywords: in every release older than `until`, the keywords in
 * `was` replace the node's own (a key set to `undefined` means the keyword was absent). When
 * several entries apply, the one with the oldest `until` wins.
 */
export interface Change {
  readonly until: CertManagerRelease;
  readonly was: Readonly<Record<string, unknown>>;
}

/** Keywords every node may carry. */
export interface Common extends Presence {
  /** How this node's keywords (enum, required, bounds, list type, default, CEL rules) changed across releases. */
  readonly history?: readonly Change[];
  /** Our own words (never upstream's) describing the field. */
  readonly description?: string;
  readonly nullable?: boolean;
  /** A `default:` the API server applies. */
  readonly default?: unknown;
  /** CEL rules (`x-kubernetes-validations`), kept as annotations; the semantic rules enforce them. */
  readonly validations?: readonly { readonly rule: string; readonly message?: string }[];
}

export interface StringSchema extends Common {
  readonly kind: 'string';
  readonly format?: 'date-time' | 'byte' | 'date' | 'duration' | 'int32' | 'int64';
  readonly enum?: readonly string[];
  readonly pattern?: string;
  readonly minLength?: number;
  readonly maxLength?: number;
}
export interface IntegerSchema extends Common {
  readonly kind: 'integer';
  readonly format?: 'int32' | 'int64';
  readonly minimum?: number;
  readonly maximum?: number;
  readonly enum?: readonly number[];
}
export interface NumberSchema extends Common {
  readonly kind: 'number';
  readonly minimum?: number;
  readonly maximum?: number;
}
export interface BooleanSchema extends Common {
  readonly kind: 'boolean';
}
export interface ObjectSchema extends Common {
  readonly kind: 'object';
  readonly properties: Readonly<Record<string, Schema>>;
  readonly required?: readonly string[];
  /** `x-kubernetes-preserve-unknown-fields`: other keys are kept, not errors. */
  readonly preserveUnknownFields?: boolean;
  readonly mapType?: 'atomic' | 'granular';
  readonly minProperties?: number;
  readonly maxProperties?: number;
}
/** An object used as a map (`additionalProperties: <values>`): labels, annotations, … */
export interface MapSchema extends Common {
  readonly kind: 'map';
  readonly values: Schema;
  readonly maxProperties?: number;
}
export interface ArraySchema extends Common {
  readonly kind: 'array';
  readonly items: Schema;
  readonly minItems?: number;
  readonly maxItems?: number;
  readonly listType?: 'atomic' | 'set' | 'map';
  readonly listMapKeys?: readonly string[];
}
/** `x-kubernetes-int-or-string` */
export interface IntOrStringSchema extends Common {
  readonly kind: 'int-or-string';
  readonly pattern?: string;
}
/** Any JSON (`x-kubernetes-preserve-unknown-fields` with no structure), e.g. a webhook solver's config. */
export interface AnySchema extends Common {
  readonly kind: 'any';
}
/** A use of a named definition. */
export interface RefSchema extends Presence {
  readonly kind: 'ref';
  readonly def: Definition;
}

export type Schema =
  | StringSchema
  | IntegerSchema
  | NumberSchema
  | BooleanSchema
  | ObjectSchema
  | MapSchema
  | ArraySchema
  | IntOrStringSchema
  | AnySchema
  | RefSchema;

/**
 * A named, shared definition. `typeName` names the TypeScript type (unique within a version);
 * `id` names the JSON Schema definition file (unique across all versions). Two definitions
 * with the same id must be identical; the generator checks that.
 */
export interface Definition {
  readonly id: string;
  readonly typeName: string;
  readonly schema: Schema;
}

type Opts<T> = Omit<T, 'kind'>;

export const str = (o: Opts<StringSchema> = {}): StringSchema => ({ kind: 'string', ...o });
export const enumOf = (values: readonly string[], o: Opts<StringSchema> = {}): StringSchema => ({ kind: 'string', enum: values, ...o });
export const bytes = (o: Opts<StringSchema> = {}): StringSchema => ({ kind: 'string', format: 'byte', ...o });
export const time = (o: Opts<StringSchema> = {}): StringSchema => ({ kind: 'string', format: 'date-time', ...o });
export const int32 = (o: Opts<IntegerSchema> = {}): IntegerSchema => ({ kind: 'integer', format: 'int32', ...o });
export const int64 = (o: Opts<IntegerSchema> = {}): IntegerSchema => ({ kind: 'integer', format: 'int64', ...o });
export const int = (o: Opts<IntegerSchema> = {}): IntegerSchema => ({ kind: 'integer', ...o });
export const num = (o: Opts<NumberSchema> = {}): NumberSchema => ({ kind: 'number', ...o });
export const bool = (o: Opts<BooleanSchema> = {}): BooleanSchema => ({ kind: 'boolean', ...o });
export const obj = (properties: Record<string, Schema>, o: Opts<Omit<ObjectSchema, 'properties'>> = {}): ObjectSchema => ({
  kind: 'object',
  properties,
  ...o,
});
export const map = (values: Schema, o: Opts<Omit<MapSchema, 'values'>> = {}): MapSchema => ({ kind: 'map', values, ...o });
export const list = (items: Schema, o: Opts<Omit<ArraySchema, 'items'>> = {}): ArraySchema => ({ kind: 'array', items, ...o });
export const intOrString = (o: Opts<IntOrStringSchema> = {}): IntOrStringSchema => ({ kind: 'int-or-string', ...o });
export const any = (o: Opts<AnySchema> = {}): AnySchema => ({ kind: 'any', ...o });

/** Declare a shared definition; use it with {@link ref}. `variant` separates versions whose shapes differ. */
export function def(typeName: string, schema: Schema, variant?: string): Definition {
  return { id: variant ? `${typeName}.${variant}` : typeName, typeName, schema };
}
export const ref = (d: Definition): RefSchema => ({ kind: 'ref', def: d });

/** Common string maps. */
export const stringMap = (o: Opts<Omit<MapSchema, 'values'>> = {}): MapSchema => map(str(), o);

/** The node, present from release `release` on (see {@link Presence}). */
export const since = <S extends Schema>(release: CertManagerRelease, s: S): S => ({ ...s, since: release });
/** The node with a presence range (see {@link Presence}). */
export const present = <S extends Schema>(p: Presence, s: S): S => ({ ...s, ...p });
/** The node, whose keywords in `was` held in every release older than `until` (see {@link Change}). */
export const before = <S extends Exclude<Schema, RefSchema>>(
  until: CertManagerRelease,
  was: Readonly<Record<string, unknown>>,
  s: S,
): S => ({
  ...s,
  history: [...(s.history ?? []), { until, was }],
});
