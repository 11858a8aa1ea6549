import { cloneJson, isRecord, jsonEqual } from '../util/json.js';
import { escapeToken } from './pointer.js';
import type { JsonPatchOperation } from './types.js';

/**
 * An RFC 6902 JSON Patch that turns `from` into `to`. Objects are compared key by key
 * (removals, then changes, then additions); arrays element by element, with additions
 * appended at the end and removals taken from the end; anything else that differs is replaced
 * whole. Keys whose value is `undefined` count as absent, as in JSON. Values in the patch are
 * copies. Never throws for JSON input and never modifies its arguments.
 * @param from - the document before
 * @param to - the document after
 * @returns the operations; empty when the two are equal as JSON
 * @example
 * ```ts
 * diff({ metadata: { annotations: {} } }, { metadata: { annotations: { 'a/b': 'x' } } });
 * // [{ op: 'add', path: '/metadata/annotations/a~1b', value: 'x' }]
 * ```
 */
export function diff(from: unknown, to: unknown): JsonPatchOperation[] {
  const ops: JsonPatchOperation[] = [];
  walk(from, to, '', ops);
  return ops;
}

function walk(a: unknown, b: unknown, path: string, ops: JsonPatchOperation[]): void {
  if (jsonEqual(a, b)) return;
  if (isRecord(a) && isRecord(b)) walkObject(a, b, path, ops);
  else if (Array.isArray(a) && Array.isArray(b)) walkArray(a, b, path, ops);
  else ops.push({ op: 'replace', path, value: cloneJson(b) });
}

function walkObject(a: Record<string, unknown>, b: Record<string, unknown>, path: string, ops: JsonPatchOperation[]): void {
  const present = (o: Record<string, unknown>, k: string) => Object.hasOwn(o, k) && o[k] !== undefined;
  for (const k of Object.keys(a)) if (present(a, k) && !present(b, k)) ops.push({ op: 'remove', path: `${path}/${escapeToken(k)}` });
  for (const k of Object.keys(a)) if (present(a, k) && present(b, k)) walk(a[k], b[k], `${path}/${escapeToken(k)}`, ops);
  for (const k of Object.keys(b)) {
    if (present(b, k) && !present(a, k)) ops.push({ op: 'add', path: `${path}/${escapeToken(k)}`, value: cloneJson(b[k]) });
  }
}

function walkArray(a: unknown[], b: unknown[], path: string, ops: JsonPatchOperation[]): void {
  const common = Math.min(a.length, b.length);
  for (let i = 0; i < common; i++) walk(a[i], b[i], `${path}/${i}`, ops);
  for (let i = common; i < b.length; i++) ops.push({ op: 'add', path: `${path}/${i}`, value: cloneJson(b[i]) });
  for (let i = a.length - 1; i >= common; i--) ops.push({ op: 'remove', path: `${path}/${i}` });
}
