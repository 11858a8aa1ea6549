/**
 * H-DEEPEQUAL (spec/validation.md §1.8): Go `reflect.DeepEqual` on decoded structs, applied to
 * their JSON forms. The Go type decides what "absent" means, so callers describe the type with
 * a {@link Shape}; parts without a shape are compared as pointers would be (absent differs from
 * `{}` / `[]`, but equals a zero scalar).
 */
import { isRecord, jsonEqual, ownValue } from '../../util/json.js';
import { readDuration } from './duration-string.js';
import { decodeStdBase64 } from '../../go/encoding/base64.js';
import { rfc3339Instant } from '../../go/time/rfc3339.js';

/** How one Go field decodes: the information H-DEEPEQUAL needs beyond the JSON value. */
export type Shape =
  | 'auto'
  | 'scalar'
  | 'optional'
  | 'bytes'
  | 'time'
  /** A `*metav1.Duration`: absent differs from `0s`; values compare decoded (`1h` = `60m`). */
  | 'duration'
  | { readonly list: Shape }
  | { readonly map: Shape }
  | { readonly struct: Readonly<Record<string, Shape>>; readonly pointer: boolean; readonly closed: boolean };

const absent = (v: unknown): boolean => v === undefined || v === null;
const isZeroScalar = (v: unknown): boolean => v === '' || v === 0 || v === false;

/**
 * Whether `a` and `b` are deep-equal as Go would find them after decoding into the type `shape`.
 * Never throws; values of unexpected JSON types compare by plain JSON equality.
 */
export function goDeepEqual(a: unknown, b: unknown, shape: Shape = 'auto'): boolean {
  if (shape === 'auto') return autoEqual(a, b);
  if (shape === 'scalar') return scalarEqual(a, b);
  if (shape === 'optional') return absent(a) && absent(b) ? true : jsonEqual(a, b);
  if (shape === 'bytes') return bytesEqual(a, b);
  if (shape === 'time') return timeEqual(a, b);
  if (shape === 'duration') return durationEqual(a, b);
  if ('list' in shape) return listEqual(a, b, shape.list);
  if ('map' in shape) return mapEqual(a, b, shape.map);
  return structEqual(a, b, shape);
}

function scalarEqual(a: unknown, b: unknown): boolean {
  if (absent(a)) return absent(b) || isZeroScalar(b);
  if (absent(b)) return isZeroScalar(a);
  return a === b;
}

function autoEqual(a: unknown, b: unknown): boolean {
  if (absent(a) || absent(b)) return scalarEqual(a, b);
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((x, i) => autoEqual(x, b[i]));
  if (isRecord(a)) {
    if (!isRecord(b)) return false;
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].every((k) => autoEqual(ownValue(a, k), ownValue(b, k)));
  }
  return a === b;
}

function listEqual(a: unknown, b: unknown, item: Shape): boolean {
  if (absent(a) || absent(b)) return absent(a) && absent(b);
  if (!Array.isArray(a) || !Array.isArray(b)) return jsonEqual(a, b);
  return a.length === b.length && a.every((x, i) => goDeepEqual(x, b[i], item));
}

function mapEqual(a: unknown, b: unknown, value: Shape): boolean {
  if (absent(a) || absent(b)) return absent(a) && absent(b);
  if (!isRecord(a) || !isRecord(b)) return jsonEqual(a, b);
  const ka = Object.keys(a);
  return ka.length === Object.keys(b).length && ka.every((k) => Object.hasOwn(b, k) && goDeepEqual(ownValue(a, k), ownValue(b, k), value));
}

function structEqual(
  a: unknown,
  b: unknown,
  shape: { struct: Readonly<Record<string, Shape>>; pointer: boolean; closed: boolean },
): boolean {
  if (shape.pointer && (absent(a) || absent(b))) return absent(a) && absent(b);
  const ra = isRecord(a) ? a : absent(a) ? {} : undefined;
  const rb = isRecord(b) ? b : absent(b) ? {} : undefined;
  if (ra === undefined || rb === undefined) return jsonEqual(a, b);
  const keys = new Set(Object.keys(shape.struct));
  if (!shape.closed) for (const k of [...Object.keys(ra), ...Object.keys(rb)]) keys.add(k);
  // Keys come from the input: `constructor` or `toString` must not find Object.prototype's members.
  return [...keys].every((k) =>
    goDeepEqual(ownValue(ra, k), ownValue(rb, k), (Object.hasOwn(shape.struct, k) ? shape.struct[k] : undefined) ?? 'auto'),
  );
}

function bytesEqual(a: unknown, b: unknown): boolean {
  if (absent(a) || absent(b)) return absent(a) && absent(b);
  if (typeof a !== 'string' || typeof b !== 'string') return jsonEqual(a, b);
  const da = decodeStdBase64(a);
  const db = decodeStdBase64(b);
  if (da === undefined || db === undefined) return a === b;
  return da.length === db.length && da.every((x, i) => x === db[i]);
}

function durationEqual(a: unknown, b: unknown): boolean {
  const da = readDuration(a);
  const db = readDuration(b);
  return typeof da === 'bigint' && typeof db === 'bigint' ? da === db : da === 'absent' && db === 'absent' ? true : jsonEqual(a, b);
}

function timeEqual(a: unknown, b: unknown): boolean {
  if (absent(a) || absent(b)) return absent(a) && absent(b);
  const ta = typeof a === 'string' ? rfc3339Instant(a) : undefined;
  const tb = typeof b === 'string' ? rfc3339Instant(b) : undefined;
  return ta !== undefined && tb !== undefined ? ta === tb : jsonEqual(a, b);
}
