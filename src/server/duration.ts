/**
 * Go-style durations for flags (`168h`, `1h30m`, `500ms`, `32s`), in milliseconds, read with the
 * same Go `time.ParseDuration` port the API uses for `metav1.Duration`.
 */
import { MILLISECOND, parseDuration as parseGoDuration } from '../go/time/duration.js';

/** Milliseconds of a Go duration string, or undefined when it is not one (negative durations included). */
export function parseDuration(text: string): number | undefined {
  const parsed = parseGoDuration(text);
  if (!parsed.ok || parsed.value < 0n) return undefined;
  return Number(parsed.value) / Number(MILLISECOND);
}
