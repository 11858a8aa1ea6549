/**
 * Test helper: walks a model schema along a dotted path (`spec.acme.solvers[].dns01`),
 * following definitions; `[]` steps into list items and `{}` into map values.
 */
import type { Definition, Schema } from '../../model/dsl.js';

/** Resolves definition references until a concrete schema remains. */
export function deref(s: Schema): Exclude<Schema, { kind: 'ref' }> {
  return s.kind === 'ref' ? deref(s.def.schema) : s;
}

/** The schema at `path` as written there (a reference stays a reference), if it exists. */
export function raw(root: Schema, path: string): Schema | undefined {
  let cur: Schema | undefined = root;
  for (const step of path.match(/[^.[\]{}]+|\[\]|\{\}/g) ?? []) {
    if (cur === undefined) return undefined;
    const s = deref(cur);
    if (step === '[]') cur = s.kind === 'array' ? s.items : undefined;
    else if (step === '{}') cur = s.kind === 'map' ? s.values : undefined;
    else cur = s.kind === 'object' ? s.properties[step] : undefined;
  }
  return cur;
}

/** The concrete schema at `path`, or undefined when some step does not exist. */
export function at(root: Schema, path: string): Exclude<Schema, { kind: 'ref' }> | undefined {
  const s = raw(root, path);
  return s === undefined ? undefined : deref(s);
}

/** The definition referenced at `path`, if the schema there is a reference. */
export function defAt(root: Schema, path: string): Definition | undefined {
  const s = raw(root, path);
  return s?.kind === 'ref' ? s.def : undefined;
}

/** Every definition reachable from `root`, in visiting order (each once). */
export function definitions(root: Schema, seen = new Set<Definition>()): Definition[] {
  const visit = (s: Schema): void => {
    if (s.kind === 'ref') {
      if (seen.has(s.def)) return;
      seen.add(s.def);
      visit(s.def.schema);
    } else if (s.kind === 'object') Object.values(s.properties).forEach(visit);
    else if (s.kind === 'array') visit(s.items);
    else if (s.kind === 'map') visit(s.values);
  };
  visit(root);
  return [...seen];
}
