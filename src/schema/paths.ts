/**
 * Turns an ajv instance path (JSON Pointer, `/spec/dnsNames/0`) into a Kubernetes field path
 * (`spec.dnsNames[0]`). The data tells lists from objects; the shape table tells which objects
 * are maps, whose keys print in brackets (`metadata.annotations[example.com/key]`).
 */
import { Path } from '../field/path.js';
import { isRecord, ownValue } from '../util/json.js';
import { resolveShape, type Shape, type ShapeTables } from './shape.js';

/** The segments of a JSON Pointer, unescaped (`~1` → `/`, `~0` → `~`). */
export function pointerSegments(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replaceAll('~1', '/').replaceAll('~0', '~'));
}

/** A position while walking data and shape together. */
export interface Cursor {
  readonly path: Path;
  readonly data: unknown;
  readonly shape: Shape | undefined;
}

/** One step down from `at` into `segment`. */
export function step(at: Cursor, segment: string, tables: ShapeTables): Cursor {
  const shape = resolveShape(at.shape, tables);
  if (Array.isArray(at.data)) {
    const i = Number(segment);
    return { path: at.path.index(i), data: at.data[i], shape: shape?.i };
  }
  const data = isRecord(at.data) ? ownValue(at.data, segment) : undefined;
  if (shape?.m === 1) return { path: at.path.key(segment), data, shape: shape.i };
  const p = shape?.p;
  return { path: at.path.child(segment), data, shape: p !== undefined && Object.hasOwn(p, segment) ? p[segment] : undefined };
}

/** Walks `pointer` from the root of `data`. */
export function locate(pointer: string, data: unknown, root: Shape, tables: ShapeTables): Cursor {
  let at: Cursor = { path: Path.root(), data, shape: root };
  // The segments of pointerSegments, read in place: no arrays, and unescaping only where a `~` is.
  for (let start = 1; pointer !== '' && start <= pointer.length; ) {
    const slash = pointer.indexOf('/', start);
    const end = slash < 0 ? pointer.length : slash;
    const segment = pointer.slice(start, end);
    at = step(at, segment.includes('~') ? segment.replaceAll('~1', '/').replaceAll('~0', '~') : segment, tables);
    start = end + 1;
  }
  return at;
}
