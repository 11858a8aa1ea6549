import type { ErrorType, FieldError } from './field-error.js';
import { goQuote } from '../go/strconv/quote.js';

/** The label Kubernetes prints for each error type. */
const LABELS: Readonly<Record<ErrorType, string>> = {
  FieldValueRequired: 'Required value',
  FieldValueInvalid: 'Invalid value',
  FieldValueNotSupported: 'Unsupported value',
  FieldValueForbidden: 'Forbidden',
  FieldValueDuplicate: 'Duplicate value',
  FieldValueTooLong: 'Too long',
  FieldValueTooMany: 'Too many',
  FieldValueTooFew: 'Too few',
  FieldValueTooShort: 'Too short',
  FieldValueNotFound: 'Not found',
  FieldValueTypeInvalid: 'Invalid value',
  FieldValueUnknown: 'Unknown field',
  InternalError: 'Internal error',
};

/** Types whose rendering leaves the value out, as apimachinery does. */
const WITHOUT_VALUE: ReadonlySet<ErrorType> = new Set([
  'FieldValueRequired',
  'FieldValueForbidden',
  'FieldValueTooLong',
  'FieldValueTooShort',
  'FieldValueUnknown',
  'InternalError',
]);

/**
 * Renders a field error as Kubernetes prints it: `<field>: <label>[: <value>][: <detail>]`.
 * Strings are quoted as Go's `strconv.Quote` does, numbers and booleans bare, anything else JSON.
 * @public
 */
export function renderFieldError(e: FieldError): string {
  try {
    return render(e);
  } catch {
    // Only a hostile value gets here (a getter or Proxy trap that throws).
    return 'Internal error: the field error cannot be read';
  }
}

function render(e: FieldError): string {
  const label = (Object.hasOwn(LABELS, e.type) ? LABELS[e.type] : undefined) ?? String(e.type);
  const parts = [e.field ? `${e.field}: ${label}` : label];
  if (!WITHOUT_VALUE.has(e.type) && 'badValue' in e) parts.push(renderValue(e.badValue));
  if (e.detail) parts.push(e.detail);
  return parts.join(': ');
}

function renderValue(v: unknown): string {
  if (typeof v === 'string') return goQuote(v);
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (v === undefined) return 'null';
  try {
    return JSON.stringify(v) ?? 'null';
  } catch {
    // A value JSON cannot print (a cycle, a BigInt): fall back to its string form, if it has one.
    try {
      return String(v);
    } catch {
      return '<unprintable>';
    }
  }
}
