// Helpers for the model tests of Certificate, CertificateRequest, Order and Challenge: walk a
// model schema by a dotted path, following shared definitions.
import type { Schema } from '../../model/dsl.js';

/** Follows `ref`s until a concrete node. */
export function deref(s: Schema): Exclude<Schema, { kind: 'ref' }> {
  let node = s;
  while (node.kind === 'ref') node = node.def.schema;
  return node;
}

/** The node at `path` (`spec.dnsNames[]` = list items, `spec.extra{}` = map values), or undefined. */
export function at(root: Schema, path: string): Exclude<Schema, { kind: 'ref' }> | undefined {
  let node: Schema | undefined = root;
  for (const raw of path.split('.')) {
    const name = raw.replace(/(\[\]|\{\})+$/, '');
    const suffixes = raw.slice(name.length).match(/\[\]|\{\}/g) ?? [];
    if (node === undefined) return undefined;
    const d = deref(node);
    node = d.kind === 'object' ? d.properties[name] : undefined;
    for (const s of suffixes) {
      if (node === undefined) return undefined;
      const c = deref(node);
      node = s === '[]' ? (c.kind === 'array' ? c.items : undefined) : c.kind === 'map' ? c.values : undefined;
    }
  }
  return node === undefined ? undefined : deref(node);
}

/** The property names of the object at `path`, sorted. */
export function keysAt(root: Schema, path: string): string[] {
  const n = at(root, path);
  return n?.kind === 'object' ? Object.keys(n.properties).sort() : [];
}

/** The required list of the object at `path` ('' = the root), sorted. */
export function requiredAt(root: Schema, path: string): string[] {
  const n = path === '' ? deref(root) : at(root, path);
  return n?.kind === 'object' ? [...(n.required ?? [])].sort() : [];
}
