/**
 * ajv errors → Kubernetes-style {@link FieldError}s, one error per problem:
 *
 * | ajv keyword | FieldError type | path |
 * |---|---|---|
 * | required | FieldValueRequired | the missing field (`spec.secretName`) |
 * | type | FieldValueTypeInvalid | the field |
 * | enum | FieldValueNotSupported (detail lists the supported values) | the field |
 * | pattern, format, minimum, maximum, minLength | FieldValueInvalid | the field |
 * | maxLength | FieldValueTooLong | the field |
 * | maxItems, maxProperties | FieldValueTooMany (value: the count) | the field |
 * | minItems, minProperties | FieldValueInvalid (as Kubernetes reports them; there is no "too few" helper in use) | the field |
 * | additionalProperties | FieldValueUnknown (detail: closest declared field, allowed fields) | the unknown field itself |
 *
 * ajv's bookkeeping errors for `anyOf`/`oneOf` are dropped: their branches report the
 * real problem (int-or-string is compiled as one union `type`, so it gives one error).
 */
import { type FieldError, fe, supportedValues } from '../field/field-error.js';
import type { AjvError } from './ajv-runtime.js';
import { locate } from './paths.js';
import { resolveShape, type Shape, type ShapeTables } from './shape.js';
import { unknownFieldDetail } from './suggest.js';

const FORMATS: Readonly<Record<string, string>> = {
  'date-time': 'an RFC 3339 date-time such as 2024-01-31T12:00:00Z',
  date: 'an RFC 3339 date such as 2024-01-31',
  byte: 'base64-encoded data',
  duration: 'a duration such as 2160h0m0s',
  int32: 'a 32-bit integer',
  int64: 'a 64-bit integer',
};

const TYPES: Readonly<Record<string, string>> = {
  string: 'a string',
  integer: 'an integer',
  number: 'a number',
  boolean: 'a boolean',
  object: 'an object',
  array: 'a list',
};

/** The JSON type of a value, as a word. */
export function jsonType(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'list';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  return typeof v === 'object' ? 'object' : typeof v;
}

const describeTypes = (t: unknown): string =>
  String(t)
    .split(',')
    .map((x) => TYPES[x] ?? x)
    .join(' or ');

const count = (v: unknown): number => (Array.isArray(v) ? v.length : typeof v === 'object' && v !== null ? Object.keys(v).length : 0);

const enumDetails = new WeakMap<readonly unknown[], string>();

// ajv hands over the schema's own enum array, so its detail (a long text for `usages`) is
// printed once per enum rather than once per error.
function enumDetail(allowed: unknown): string {
  if (!Array.isArray(allowed)) return supportedValues([]);
  let detail = enumDetails.get(allowed);
  if (detail === undefined) {
    detail = supportedValues(allowed);
    enumDetails.set(allowed, detail);
  }
  return detail;
}

/**
 * Maps one ajv error, or returns undefined for bookkeeping errors.
 * @param e - the ajv error
 * @param data - the validated data (nulls already pruned)
 * @param root - the shape of the kind
 * @param tables - the shape tables
 * @param label - `group/version Kind`, named in unknown-field errors
 */
export function toFieldError(e: AjvError, data: unknown, root: Shape, tables: ShapeTables, label: string): FieldError | undefined {
  const at = locate(e.instancePath, data, root, tables);
  const p = e.params;
  const v = at.data;
  switch (e.keyword) {
    case 'required':
      return fe.required(at.path.child(String(p.missingProperty)), 'is required');
    case 'additionalProperties':
      return fe.unknown(
        at.path.child(String(p.additionalProperty)),
        unknownFieldDetail(String(p.additionalProperty), resolveShape(at.shape, tables)?.f, label),
      );
    case 'type':
      return fe.typeInvalid(at.path, v, `must be ${describeTypes(p.type)}, not ${jsonType(v)}`);
    case 'enum':
      return fe.notSupported(at.path, v, enumDetail(p.allowedValues));
    case 'pattern':
      return fe.invalid(at.path, v, `must match the regular expression ${String(p.pattern)}`);
    case 'format':
      return fe.invalid(at.path, v, `must be ${FORMATS[String(p.format)] ?? `in ${String(p.format)} format`}`);
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return fe.invalid(at.path, v, `must be ${String(p.comparison)} ${String(p.limit)}`);
    case 'minLength':
      return fe.invalid(at.path, v, `must be at least ${String(p.limit)} characters long`);
    case 'maxLength':
      return fe.tooLong(at.path, `may not be longer than ${String(p.limit)} characters`);
    case 'maxItems':
      return fe.tooMany(at.path, count(v), `must have at most ${String(p.limit)} items`);
    case 'maxProperties':
      return fe.tooMany(at.path, count(v), `must have at most ${String(p.limit)} entries`);
    case 'minItems':
      return fe.invalid(at.path, v, `must have at least ${String(p.limit)} items`);
    case 'minProperties':
      return fe.invalid(at.path, v, `must have at least ${String(p.limit)} entries`);
    case 'anyOf':
    case 'oneOf':
      return undefined;
    default:
      return fe.invalid(at.path, v, `does not satisfy the schema keyword ${e.keyword}`);
  }
}
