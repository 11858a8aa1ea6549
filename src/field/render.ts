import type { ErrorType, FieldError } from './field-error.js';

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

/** Printable ASCII other than `"` and `\`: quoted as is. */
const PLAIN_ASCII = /^[ !#-[\]-~]*$/;
/** Go's `unicode.IsPrint` apart from the ASCII space: letters, marks, numbers, punctuation, symbols. */
const GRAPHIC = /^[\p{L}\p{M}\p{N}\p{P}\p{S}]$/u;
const SHORT_ESCAPES: Readonly<Record<string, string>> = {
  '"': '\\"',
  '\\': '\\\\',
  '\u0007': '\\a',
  '\b': '\\b',
  '\f': '\\f',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\v': '\\v',
};

const hex = (n: number, width: number): string => n.toString(16).padStart(width, '0');

/** Go's `strconv.Quote`: printable characters as is, the rest as `\n`, `\x01`, `\u00a0` or `\U000e0001`. */
function goQuote(s: string): string {
  if (PLAIN_ASCII.test(s)) return `"${s}"`;
  let out = '"';
  for (const ch of s) {
    const cp = ch.codePointAt(0) ?? 0;
    const short = SHORT_ESCAPES[ch];
    if (short !== undefined) out += short;
    else if (cp >= 0xd800 && cp <= 0xdfff)
      out += '\ufffd'; // a lone surrogate: Go's JSON decoder reads it as U+FFFD
    else if (ch === ' ' || GRAPHIC.test(ch)) out += ch;
    else if (cp < 0x20 || cp === 0x7f) out += `\\x${hex(cp, 2)}`;
    else if (cp < 0x10000) out += `\\u${hex(cp, 4)}`;
    else out += `\\U${hex(cp, 8)}`;
  }
  return `${out}"`;
}
