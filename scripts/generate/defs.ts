/**
 * Finds the shared definitions a set of schemas uses and checks that each id names exactly one
 * definition (two different definitions with the same id would make one file silently win).
 */
import type { Definition, Schema } from '../../model/dsl.js';
import { toJsonSchema } from './json-schema.js';

/** The nodes directly below `s` (a ref's definition is not followed). */
export function childrenOf(s: Schema): Schema[] {
  switch (s.kind) {
    case 'object':
      return Object.values(s.properties);
    case 'map':
      return [s.values];
    case 'array':
      return [s.items];
    default:
      return [];
  }
}

/** Every definition reachable from the given schemas (through other definitions too), by id, sorted. */
export function collectDefs(schemas: readonly Schema[]): Map<string, Definition> {
  const found = new Map<string, Definition>();
  const seen = new Set<Definition>();
  const visit = (s: Schema): void => {
    if (s.kind === 'ref') {
      if (seen.has(s.def)) return;
      seen.add(s.def);
      const prev = found.get(s.def.id);
      if (prev === undefined) found.set(s.def.id, s.def);
      else assertSameDef(prev, s.def);
      visit(s.def.schema);
      return;
    }
    for (const c of childrenOf(s)) visit(c);
  };
  for (const s of schemas) visit(s);
  return new Map([...found.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** Throws when two definitions share an id but differ (in type name or emitted schema). */
export function assertSameDef(a: Definition, b: Definition): void {
  const text = (d: Definition) => JSON.stringify([d.typeName, toJsonSchema(d.schema, { refPrefix: '' })]);
  if (text(a) !== text(b)) {
    throw new Error(`two different definitions share the id "${a.id}"; give one of them a variant (def(name, schema, variant))`);
  }
}
