/**
 * Inlines the relative `$ref`s of our generated schemas (`../../_defs/X.json`, optionally with
 * a `#/json/pointer` fragment) so that they can be compared with a self-contained CRD schema.
 * Keywords written next to a `$ref` (e.g. a description) are kept on top of the target.
 */
import { dirname, resolve } from 'node:path';

/** Reads and parses one JSON file (injectable for tests). */
export type ReadJson = (absolutePath: string) => unknown;

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

function pointer(doc: unknown, fragment: string): unknown {
  let node = doc;
  for (const raw of fragment.replace(/^\//, '').split('/')) {
    if (raw === '') continue;
    const key = decodeURIComponent(raw).replaceAll('~1', '/').replaceAll('~0', '~');
    node = isRecord(node) ? node[key] : Array.isArray(node) ? node[Number(key)] : undefined;
  }
  return node;
}

/**
 * Returns `schema` (read from `file`) with every `$ref` replaced by its target. A reference
 * cycle stops with `{ $ref: …, 'x-cycle': true }` instead of recursing forever.
 */
export function resolveRefs(schema: unknown, file: string, readJson: ReadJson, seen: readonly string[] = []): unknown {
  if (Array.isArray(schema)) return schema.map((s) => resolveRefs(s, file, readJson, seen));
  if (!isRecord(schema)) return schema;
  const ref = schema.$ref;
  if (typeof ref === 'string') {
    const [path = '', fragment = ''] = ref.split('#');
    const target = path === '' ? file : resolve(dirname(file), path);
    const key = `${target}#${fragment}`;
    const { $ref: _, ...siblings } = schema;
    if (seen.includes(key)) return { $ref: ref, 'x-cycle': true };
    const resolved = resolveRefs(pointer(readJson(target), fragment), target, readJson, [...seen, key]);
    return { ...(isRecord(resolved) ? resolved : {}), ...(resolveRefs(siblings, file, readJson, seen) as Record<string, unknown>) };
  }
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(schema)) out[k] = resolveRefs(v, file, readJson, seen);
  return out;
}
