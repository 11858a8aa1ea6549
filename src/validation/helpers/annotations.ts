import { type FieldError, fe, type PathLike } from '../../field/field-error.js';
import type { JsonObject } from '../../util/json.js';
import { labelKeyProblems, labelValueProblems } from './labels.js';
import { utf8Length } from './utf8.js';

/** The largest total size of an object's annotations (keys plus values), in bytes. */
export const ANNOTATIONS_MAX_BYTES = 262144;

/** The keys of a JSON map in sorted order (Go iterates maps randomly; we pick a stable order). */
export const sortedKeys = (m: JsonObject): string[] => Object.keys(m).sort();

/** The string value of a map entry (null reads as Go's zero value; another non-string as its JSON text). */
const valueText = (v: unknown): string => (typeof v === 'string' ? v : v === null ? '' : (JSON.stringify(v) ?? ''));

/**
 * H-ANNOTATIONS: Kubernetes' annotation checks on a map. Every key (lower-cased) must be a valid
 * label key; the keys and values together may not exceed 262144 bytes. Errors point at `path`
 * (the map) and report the original key. Keys are visited in sorted order.
 */
export function validateAnnotations(m: JsonObject, path: PathLike): FieldError[] {
  const out: FieldError[] = [];
  let total = 0;
  for (const k of sortedKeys(m)) {
    for (const msg of labelKeyProblems(k.toLowerCase())) out.push(fe.invalid(path, k, msg));
    total += utf8Length(k) + utf8Length(valueText(m[k]));
  }
  if (total > ANNOTATIONS_MAX_BYTES) {
    out.push(fe.tooLong(path, `may not be more than ${ANNOTATIONS_MAX_BYTES} bytes in total (keys and values); found ${total}`));
  }
  return out;
}

/**
 * Kubernetes' label checks on a map: every key must be a valid label key and every value a
 * valid label value. Errors point at `path` (the map); per entry, key errors come before value
 * errors. Keys are visited in sorted order.
 */
export function validateLabels(m: JsonObject, path: PathLike): FieldError[] {
  const out: FieldError[] = [];
  for (const k of sortedKeys(m)) {
    for (const msg of labelKeyProblems(k)) out.push(fe.invalid(path, k, msg));
    const v = valueText(m[k]);
    for (const msg of labelValueProblems(v)) out.push(fe.invalid(path, v, msg));
  }
  return out;
}
