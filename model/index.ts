/**
 * The model of all 24 kind/version schemas: the single source of `npm run generate`.
 * Kind modules live in model/kinds/, shared definitions in model/defs/.
 */
import type { Group, Kind, Version } from '../src/scheme/kinds.js';
import type { ObjectSchema } from './dsl.js';

export interface KindModel {
  readonly group: Group;
  readonly version: Version;
  readonly kind: Kind;
  /** The root schema (apiVersion, kind, metadata, spec, status). */
  readonly schema: ObjectSchema;
}

/** Filled in as the kind modules land. */
export const MODELS: readonly KindModel[] = [];
