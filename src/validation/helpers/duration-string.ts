import { durationValue, formatDuration } from '../../go/time/duration.js';

/**
 * H-DURATION-STRING: a duration as Go's `Duration.String()` prints it inside messages
 * (`1h0m0s`, `5m0s`, `2160h0m0s`, `1.5s`, `500ms`, `0s`; hours are not folded into days).
 * @param ns - nanoseconds
 */
export const durationString = (ns: bigint): string => formatDuration(ns);

/**
 * Reads a `metav1.Duration` JSON value (a Go duration string).
 * @returns nanoseconds, `'absent'` for a missing or null value, or `'undecodable'` when the
 *   webhook could not decode it (not a string, or not a Go duration)
 */
export function readDuration(v: unknown): bigint | 'absent' | 'undecodable' {
  if (v === undefined || v === null) return 'absent';
  if (typeof v !== 'string') return 'undecodable';
  return durationValue(v) ?? 'undecodable';
}
