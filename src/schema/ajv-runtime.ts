/**
 * What the precompiled validators (`generated/validators.js`) need at run time: the string
 * formats Kubernetes knows, and ajv's code-point length helper. Nothing here compiles a schema.
 *
 * The formats follow Kubernetes, not JSON Schema's format vocabulary: `duration` is a Go
 * duration (`2160h0m0s`, not ISO 8601's `P90D`), `byte` is standard base64, `int32`/`int64`
 * bound integers. That is why cmapi ships its own instead of ajv-formats' definitions.
 */
import { isStdBase64 } from '../go/encoding/base64.js';
import { parseDuration } from '../go/time/duration.js';

/** One error as the generated validators report it (ajv's error object, without messages). */
export interface AjvError {
  readonly instancePath: string;
  readonly schemaPath: string;
  readonly keyword: string;
  readonly params: { readonly [key: string]: unknown };
}

/** A precompiled validator: returns whether `data` is valid and leaves the errors on `.errors`. */
export interface SchemaValidator {
  (data: unknown): boolean;
  errors?: AjvError[] | null;
}

/** A format: the JSON type it applies to and its check. */
export interface FormatDefinition {
  readonly type: 'string' | 'number';
  readonly validate: (value: never) => boolean;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(?:[Zz]|[+-](\d{2}):(\d{2}))$/;
const DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function validDate(y: number, m: number, d: number): boolean {
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  const max = m === 2 && !leap ? 28 : (DAYS[m - 1] ?? 0);
  return m >= 1 && m <= 12 && d >= 1 && d <= max;
}

/** RFC 3339 full date, `2024-02-29`. */
export function isDate(s: string): boolean {
  const m = DATE.exec(s);
  return m !== null && validDate(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** RFC 3339 date-time with a time zone, `2024-02-29T12:00:00Z` (seconds may be 60: leap second). */
export function isDateTime(s: string): boolean {
  const m = DATE_TIME.exec(s);
  if (m === null || !validDate(Number(m[1]), Number(m[2]), Number(m[3]))) return false;
  const [h, min, sec, zh, zm] = [m[4], m[5], m[6], m[7] ?? '0', m[8] ?? '0'].map(Number) as [number, number, number, number, number];
  return h < 24 && min < 60 && sec <= 60 && zh < 24 && zm < 60;
}

/** Standard base64 with padding (line breaks are ignored, as Go's decoder does). */
export function isBase64(s: string): boolean {
  // One pass, no regular expression: a regex over a multi-megabyte caBundle overflows the stack.
  return isStdBase64(s);
}

const inRange = (lo: number, hi: number) => (n: number) => Number.isInteger(n) && n >= lo && n <= hi;

/** The formats the generated validators refer to, by name. */
export const formats: Readonly<Record<string, FormatDefinition>> = {
  'date-time': { type: 'string', validate: isDateTime },
  date: { type: 'string', validate: isDate },
  byte: { type: 'string', validate: isBase64 },
  duration: { type: 'string', validate: (s: string) => parseDuration(s).ok },
  int32: { type: 'number', validate: inRange(-(2 ** 31), 2 ** 31 - 1) },
  int64: { type: 'number', validate: inRange(-(2 ** 63), 2 ** 63) },
};

/** The length of a string in code points (what maxLength/minLength count). */
export function ucs2length(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}
