import { type FieldError, fe, type PathLike } from '../../field/field-error.js';
import type { Path } from '../../field/path.js';
import { readDuration } from '../helpers/duration-string.js';

/**
 * A `metav1.Duration` value read for the rules, or the error to report when the webhook could
 * not even decode it (it would deny the request before any rule runs). That error is cmapi's
 * decoding check, not a spec rule, so it carries no rule ID.
 */
export type DurationRead = { kind: 'absent' } | { kind: 'value'; ns: bigint } | { kind: 'error'; error: FieldError };

/** Reads the duration at `path` from `value`. */
export function durationAt(value: unknown, path: Path): DurationRead {
  const d = readDuration(value);
  if (d === 'absent') return { kind: 'absent' };
  if (d === 'undecodable') return { kind: 'error', error: undecodableDuration(path, value) };
  return { kind: 'value', ns: d };
}

/** The decoding error of a value at `path` that is not a Go duration (no rule ID: not a spec rule). */
export function undecodableDuration(path: PathLike, value: unknown): FieldError {
  return fe.invalid(path, value, 'must be a duration in Go syntax, such as 2160h, 1h30m or 45m0s; the webhook cannot decode this value');
}
