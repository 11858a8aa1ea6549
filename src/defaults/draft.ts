/**
 * Small helpers the defaulters use on the sites of the copy they default (site.ts). Absent and
 * `null` read as "not set" (as Go's JSON decoding and the API server's null pruning treat them);
 * any other value of the wrong type where a default would go is reported as
 * FieldValueTypeInvalid and left alone.
 */
import { type FieldError, fe } from '../field/field-error.js';
import { copyJson } from '../patch/copy.js';
import { isRecord, type JsonObject } from '../util/json.js';
import type { Site } from './site.js';

const unset = (v: unknown) => v === undefined || v === null;

/** Keys an object inherits from Object.prototype (`constructor`, `toString`, …). */
const INHERITED = new Set(Object.getOwnPropertyNames(Object.prototype));

/** `parent[key]` when it is an own property, else undefined. */
export function own(parent: JsonObject, key: string): unknown {
  return INHERITED.has(key) && !Object.hasOwn(parent, key) ? undefined : parent[key];
}

/**
 * The site of the object at `key` of `parent`. When not set: created empty if `create`, else
 * undefined. When it holds a non-object: an error, and undefined.
 */
export function objectAt(parent: Site<JsonObject>, key: string, errors: FieldError[], create: boolean): Site<JsonObject> | undefined {
  const v = own(parent.value, key);
  if (isRecord(v)) return parent.child(key, v);
  if (unset(v)) return create ? parent.create(key) : undefined;
  errors.push(fe.typeInvalid(parent.path(key), v, 'must be an object, so that its defaults can be filled in'));
  return undefined;
}

/** The site of the array at `key` of `parent`, or undefined when not set. A non-array gives an error. */
export function arrayAt(parent: Site<JsonObject>, key: string, errors: FieldError[]): Site<unknown[]> | undefined {
  const v = own(parent.value, key);
  if (Array.isArray(v)) return parent.child(key, v);
  if (!unset(v)) errors.push(fe.typeInvalid(parent.path(key), v, 'must be a list, so that the defaults of its items can be filled in'));
  return undefined;
}

/**
 * Go-style string default: sets `key` of `parent` to `value` when it is not set or is `""`.
 * A non-string value gives an error (Go could not even decode it).
 */
export function defaultEmptyString(parent: Site<JsonObject>, key: string, value: string, errors: FieldError[]): void {
  const v = own(parent.value, key);
  if (unset(v) || v === '') parent.set(key, value);
  else if (typeof v !== 'string')
    errors.push(fe.typeInvalid(parent.path(key), v, `must be a string; when empty it defaults to ${JSON.stringify(value)}`));
}

/**
 * Structural-schema default: sets `key` of `parent` to a copy of `value` only when the field is
 * not set (absent or `null`); any present value, even `""`, is kept.
 */
export function defaultAbsent(parent: Site<JsonObject>, key: string, value: unknown): void {
  if (unset(own(parent.value, key))) parent.set(key, copyJson(value));
}
