/**
 * Small helpers the defaulters use on immer drafts. Absent and `null` read as "not set" (as
 * Go's JSON decoding and the API server's null pruning treat them); any other value of the
 * wrong type where a default would go is reported as FieldValueTypeInvalid and left alone.
 */
import { type FieldError, fe } from '../field/field-error.js';
import type { Path } from '../field/path.js';
import { copyJson } from '../patch/copy.js';
import { isRecord, type JsonObject } from '../util/json.js';

const unset = (v: unknown) => v === undefined || v === null;

/** Keys an object inherits from Object.prototype (`constructor`, `toString`, …). */
const INHERITED = new Set(Object.getOwnPropertyNames(Object.prototype));

/**
 * `parent[key]` when it is an own property, else undefined. (Checking ownership only for keys
 * an object could inherit keeps this cheap on immer drafts, where `hasOwn` goes through a trap.)
 */
export function own(parent: JsonObject, key: string): unknown {
  return INHERITED.has(key) && !Object.hasOwn(parent, key) ? undefined : parent[key];
}

/**
 * The object at `parent[key]`. When not set: created empty if `create`, else undefined.
 * When it holds a non-object: an error at `at`, and undefined.
 */
export function objectAt(parent: JsonObject, key: string, at: Path, errors: FieldError[], create: boolean): JsonObject | undefined {
  const v = own(parent, key);
  if (isRecord(v)) return v;
  if (unset(v)) {
    if (!create) return undefined;
    parent[key] = {};
    return parent[key] as JsonObject;
  }
  errors.push(fe.typeInvalid(at, v, 'must be an object, so that its defaults can be filled in'));
  return undefined;
}

/**
 * The array at `parent[key]`, or undefined when not set. A non-array gives an error at `at`.
 */
export function arrayAt(parent: JsonObject, key: string, at: Path, errors: FieldError[]): unknown[] | undefined {
  const v = own(parent, key);
  if (Array.isArray(v)) return v;
  if (!unset(v)) errors.push(fe.typeInvalid(at, v, 'must be a list, so that the defaults of its items can be filled in'));
  return undefined;
}

/**
 * Go-style string default: sets `parent[key]` to `value` when it is not set or is `""`.
 * A non-string value gives an error at `at` (Go could not even decode it).
 */
export function defaultEmptyString(parent: JsonObject, key: string, value: string, at: Path, errors: FieldError[]): void {
  const v = own(parent, key);
  if (unset(v) || v === '') parent[key] = value;
  else if (typeof v !== 'string')
    errors.push(fe.typeInvalid(at, v, `must be a string; when empty it defaults to ${JSON.stringify(value)}`));
}

/**
 * Structural-schema default: sets `parent[key]` to a copy of `value` only when the field is not
 * set (absent or `null`); any present value, even `""`, is kept.
 */
export function defaultAbsent(parent: JsonObject, key: string, value: unknown): void {
  if (unset(own(parent, key))) parent[key] = copyJson(value);
}
