/**
 * The error types a {@link FieldError} can carry. All but `FieldValueUnknown` are the
 * `field.ErrorType` strings of Kubernetes' apimachinery; `FieldValueUnknown` is cmapi's own
 * type for a field the schema of the object's version does not declare (Kubernetes reports
 * those as `unknown field` errors under strict field validation).
 * @public
 */
export type ErrorType =
  | 'FieldValueRequired'
  | 'FieldValueInvalid'
  | 'FieldValueNotSupported'
  | 'FieldValueForbidden'
  | 'FieldValueDuplicate'
  | 'FieldValueTooLong'
  | 'FieldValueTooMany'
  | 'FieldValueTooFew'
  | 'FieldValueTooShort'
  | 'FieldValueNotFound'
  | 'FieldValueTypeInvalid'
  | 'FieldValueUnknown'
  | 'InternalError';

/**
 * One problem found in an object, in the shape of a Kubernetes field error.
 * @public
 */
export interface FieldError {
  /** What kind of problem this is. */
  readonly type: ErrorType;
  /** The path of the field, as Kubernetes prints it (`spec.dnsNames[0]`). */
  readonly field: string;
  /** The offending value, where the error type shows one. */
  readonly badValue?: unknown;
  /** What is wrong and what is allowed, in words. */
  readonly detail: string;
  /**
   * The ID of the rule in cert-manager's validation spec that found this error (e.g.
   * `CERT-SECRETNAME-REQUIRED`), where the check has one. Errors of the schema check and
   * cmapi's own decoding checks carry none. Not part of the rendered message.
   */
  readonly rule?: string;
}

// Plain parameters rather than a rest array and destructuring: an error is made per finding.
const make =
  (type: ErrorType, withValue: boolean) =>
  (field: string | { toString(): string }, a?: unknown, b?: unknown): FieldError => {
    const path = String(field);
    if (withValue) return { type, field: path, badValue: a, detail: b === undefined ? '' : String(b) };
    return { type, field: path, detail: a === undefined ? '' : String(a) };
  };

/** Constructors for {@link FieldError}s, named after apimachinery's `field.*` helpers. */
export const fe = {
  required: make('FieldValueRequired', false) as (field: PathLike, detail?: string) => FieldError,
  forbidden: make('FieldValueForbidden', false) as (field: PathLike, detail?: string) => FieldError,
  tooLong: make('FieldValueTooLong', false) as (field: PathLike, detail?: string) => FieldError,
  invalid: make('FieldValueInvalid', true) as (field: PathLike, value: unknown, detail?: string) => FieldError,
  notSupported: make('FieldValueNotSupported', true) as (field: PathLike, value: unknown, detail?: string) => FieldError,
  duplicate: make('FieldValueDuplicate', true) as (field: PathLike, value: unknown, detail?: string) => FieldError,
  tooMany: make('FieldValueTooMany', true) as (field: PathLike, value: unknown, detail?: string) => FieldError,
  typeInvalid: make('FieldValueTypeInvalid', true) as (field: PathLike, value: unknown, detail?: string) => FieldError,
  unknown: make('FieldValueUnknown', false) as (field: PathLike, detail?: string) => FieldError,
  internal: make('InternalError', false) as (field: PathLike, detail?: string) => FieldError,
};

/**
 * The same error, tagged with the ID of the spec rule that found it.
 * @param rule - the rule ID from cert-manager's validation spec, e.g. `CERT-SECRETNAME-REQUIRED`
 * @param error - an error made with one of the {@link fe} constructors
 * @returns a new error with `rule` set; `error` is not changed
 * @example
 * ```ts
 * withRule('CERT-SECRETNAME-REQUIRED', fe.required('spec.secretName', 'must be specified'));
 * ```
 */
export function withRule(rule: string, error: FieldError): FieldError {
  // Copied field by field (the shape the constructors make): an object spread costs more.
  return Object.hasOwn(error, 'badValue')
    ? { type: error.type, field: error.field, badValue: error.badValue, detail: error.detail, rule }
    : { type: error.type, field: error.field, detail: error.detail, rule };
}

/** Anything that prints as a field path: a string or a {@link Path}. */
export type PathLike = string | { toString(): string };

/**
 * "supported values: "a", "b"" — the detail of a NotSupported error, naming what is allowed.
 */
export function supportedValues(values: readonly unknown[]): string {
  return `supported values: ${values.map((v) => JSON.stringify(String(v))).join(', ')}`;
}
