/**
 * Reads the `default` keywords out of the schema model (model/), in the path format of
 * src/defaults/schema-table.ts, so tests can check the two against each other.
 */
import type { Schema } from '../../model/dsl.js';
import { EACH } from '../../src/defaults/schema-table.js';

/** One `default` found in a model: its path from the object root and its value. */
export interface FoundDefault {
  readonly path: string[];
  readonly value: unknown;
}

/** Every `default` in a schema tree, depth first. Map values are marked `{}` (none expected). */
export function modelDefaults(schema: Schema, path: string[] = []): FoundDefault[] {
  if (schema.kind === 'ref') return modelDefaults(schema.def.schema, path);
  const here: FoundDefault[] = 'default' in schema && schema.default !== undefined ? [{ path, value: schema.default }] : [];
  switch (schema.kind) {
    case 'object':
      return [...here, ...Object.entries(schema.properties).flatMap(([k, s]) => modelDefaults(s, [...path, k]))];
    case 'array':
      return [...here, ...modelDefaults(schema.items, [...path, EACH])];
    case 'map':
      return [...here, ...modelDefaults(schema.values, [...path, '{}'])];
    default:
      return here;
  }
}
