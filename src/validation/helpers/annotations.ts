import { type FieldError, fe, type PathLike, withRule } from '../../field/field-error.js';
import type { JsonObject } from '../../util/json.js';
import { isAnnotationKey, isLabelKey, isLabelValue, labelKeyProblems, labelValueProblems } from '../../go/apimachinery/labels.js';
import { utf8Length } from '../../go/unicode/utf8.js';

/** The largest total size of an object's annotations (keys plus values), in bytes. */
export const ANNOTATIONS_MAX_BYTES = 262144;

/** The keys of a JSON map in sorted order (Go iterates maps randomly; we pick a stable order). */
export const sortedKeys = (m: JsonObject): string[] => Object.keys(m).sort();

/** The string value of a map entry (null reads as Go's zero value; another non-string as its JSON text). */
const valueText = (v: unknown): string => (typeof v === 'string' ? v : v === null ? '' : (JSON.stringify(v) ?? ''));

/** The spec rule IDs the caller of {@link validateAnnotations} reports its errors under. */
export interface AnnotationRules {
  /** For a key that is not a valid label key. */
  readonly key: string;
  /** For annotations over the size limit. */
  readonly tooLong: string;
}

/**
 * H-ANNOTATIONS: Kubernetes' annotation checks on a map. Every key (lower-cased) must be a valid
 * label key; the keys and values together may not exceed 262144 bytes. Errors point at `path`
 * (the map) and report the original key. Keys are visited in sorted order.
 * @param rules - the rule IDs to tag the errors with (the helper is shared; the IDs are the caller's)
 */
export function validateAnnotations(m: JsonObject, path: PathLike, rules: AnnotationRules): FieldError[] {
  if (annotationsValid(m)) return [];
  const out: FieldError[] = [];
  let total = 0;
  for (const k of sortedKeys(m)) {
    for (const msg of labelKeyProblems(k.toLowerCase())) out.push(withRule(rules.key, fe.invalid(path, k, msg)));
    total += utf8Length(k) + utf8Length(valueText(m[k]));
  }
  if (total > ANNOTATIONS_MAX_BYTES) {
    out.push(
      withRule(
        rules.tooLong,
        fe.tooLong(path, `may not be more than ${ANNOTATIONS_MAX_BYTES} bytes in total (keys and values); found ${total}`),
      ),
    );
  }
  return out;
}

/** The spec rule IDs the caller of {@link validateLabels} reports its errors under. */
export interface LabelRules {
  /** For a key that is not a valid label key. */
  readonly key: string;
  /** For a value that is not a valid label value. */
  readonly value: string;
}

/**
 * Kubernetes' label checks on a map: every key must be a valid label key and every value a
 * valid label value. Errors point at `path` (the map); per entry, key errors come before value
 * errors. Keys are visited in sorted order.
 * @param rules - the rule IDs to tag the errors with (the helper is shared; the IDs are the caller's)
 */
export function validateLabels(m: JsonObject, path: PathLike, rules: LabelRules): FieldError[] {
  if (labelsValid(m)) return [];
  const out: FieldError[] = [];
  for (const k of sortedKeys(m)) {
    for (const msg of labelKeyProblems(k)) out.push(withRule(rules.key, fe.invalid(path, k, msg)));
    const v = valueText(m[k]);
    for (const msg of labelValueProblems(v)) out.push(withRule(rules.value, fe.invalid(path, v, msg)));
  }
  return out;
}

/**
 * True when {@link validateAnnotations} would find nothing: one pass in key order with the fast
 * key predicate and an upper bound of the size (3 UTF-8 bytes per UTF-16 unit at most), so that
 * valid maps (nearly all) are neither sorted nor measured byte by byte. Errors are then found,
 * in their order, by the full check.
 */
function annotationsValid(m: JsonObject): boolean {
  let bound = 0;
  const keys = Object.keys(m);
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i] as string;
    if (!isAnnotationKey(k)) return false;
    const v = m[k];
    bound += 3 * k.length + (typeof v === 'string' ? 3 * v.length : utf8Length(valueText(v)));
  }
  return bound <= ANNOTATIONS_MAX_BYTES;
}

/** True when {@link validateLabels} would find nothing (fast predicates, no sorting). */
function labelsValid(m: JsonObject): boolean {
  const keys = Object.keys(m);
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i] as string;
    const v = m[k];
    if (!isLabelKey(k) || !isLabelValue(typeof v === 'string' ? v : valueText(v))) return false;
  }
  return true;
}
