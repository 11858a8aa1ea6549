/**
 * Structural comparison of a CRD schema with ours. Each difference names the property path
 * (`spec.dnsNames[]` for list items, `spec.secretTemplate.labels{}` for map values) and what
 * differs. A property present on one side only is reported once, not for each descendant.
 */
import { normalize } from './normalize.js';

/** One difference between the CRD schema and ours at `path` ('' is the root). */
export interface Difference {
  readonly path: string;
  readonly what: string;
}

/** JSON with object keys sorted, so that key order never makes a difference. */
export function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v !== null && typeof v === 'object') {
    const entries = Object.entries(v as Record<string, unknown>).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0));
    return `{${entries.map(([k, x]) => `${JSON.stringify(k)}:${canonical(x)}`).join(',')}}`;
  }
  return JSON.stringify(v) ?? 'undefined';
}

const show = (v: unknown): string => (v === undefined ? '(unset)' : canonical(v));
const child = (path: string, key: string): string => (path === '' ? key : `${path}.${key}`);
const summary = (schema: unknown): string => {
  const { facts } = normalize(schema);
  return facts['x-kubernetes-int-or-string'] ? 'int-or-string' : `type ${show(facts.type)}`;
};

function compareChild(kind: 'items' | 'map values', crd: unknown, ours: unknown, path: string, out: Difference[]): void {
  if (crd === undefined && ours === undefined) return;
  if (crd === undefined) out.push({ path, what: `${kind} declared only in ours (${summary(ours)})` });
  else if (ours === undefined) out.push({ path, what: `${kind} missing from ours (CRD: ${summary(crd)})` });
  else compareSchemas(crd, ours, path, out);
}

/** Appends to `out` every difference between `crd` and `ours`, recursively. */
export function compareSchemas(crd: unknown, ours: unknown, path = '', out: Difference[] = []): Difference[] {
  const a = normalize(crd);
  const b = normalize(ours);
  const keys = new Set([...Object.keys(a.facts), ...Object.keys(b.facts)]);
  for (const key of [...keys].sort()) {
    const x = a.facts[key];
    const y = b.facts[key];
    if (canonical(x) !== canonical(y)) out.push({ path, what: `${key}: CRD ${show(x)}, ours ${show(y)}` });
  }
  const pa = a.properties ?? {};
  const pb = b.properties ?? {};
  for (const name of [...new Set([...Object.keys(pa), ...Object.keys(pb)])].sort()) {
    const p = child(path, name);
    if (!(name in pb)) out.push({ path: p, what: `missing from ours (CRD: ${summary(pa[name])})` });
    else if (!(name in pa)) out.push({ path: p, what: `not in the CRD (ours: ${summary(pb[name])})` });
    else compareSchemas(pa[name], pb[name], p, out);
  }
  compareChild('items', a.items, b.items, `${path}[]`, out);
  compareChild('map values', a.additionalProperties, b.additionalProperties, `${path}{}`, out);
  return out;
}
