// Go: time (Go 1.26) — ParseDuration, Duration.String.
/**
 * Go `time.Duration` in TypeScript: a port of `time.ParseDuration` and `Duration.String()`, the
 * two functions behind `metav1.Duration`'s JSON form. Durations are bigint nanoseconds, as Go's
 * int64, so that every value Go accepts round-trips exactly.
 */

import { memoParse } from '../memo.js';

/** One nanosecond, the unit of a {@link Duration}. */
export const NANOSECOND = 1n;
/** One microsecond in nanoseconds. */
export const MICROSECOND = 1000n;
/** One millisecond in nanoseconds. */
export const MILLISECOND = 1_000_000n;
/** One second in nanoseconds. */
export const SECOND = 1_000_000_000n;
/** One minute in nanoseconds. */
export const MINUTE = 60n * SECOND;
/** One hour in nanoseconds. */
export const HOUR = 60n * MINUTE;

/** A duration in nanoseconds (Go's `time.Duration`, an int64). */
export type Duration = bigint;

/** The outcome of {@link parseDuration}: a duration, or Go's error text. */
export type ParsedDuration = { ok: true; value: Duration } | { ok: false; error: string };

const MAX_INT64 = (1n << 63n) - 1n;
const TWO_63 = 1n << 63n;

const UNITS: ReadonlyMap<string, bigint> = new Map([
  ['ns', NANOSECOND],
  ['us', MICROSECOND],
  ['\u00b5s', MICROSECOND], // micro sign
  ['\u03bcs', MICROSECOND], // Greek small letter mu
  ['ms', MILLISECOND],
  ['s', SECOND],
  ['m', MINUTE],
  ['h', HOUR],
]);

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';

/** Go's `strconv.Quote` for the ASCII cases error texts need. */
const quote = (s: string): string => JSON.stringify(s);

/**
 * Parses a duration string the way Go's `time.ParseDuration` does: a signed sequence of decimal
 * numbers, each with an optional fraction and a unit (`ns`, `us`/`µs`, `ms`, `s`, `m`, `h`),
 * such as `300ms`, `-1.5h` or `2h45m`. `0` alone needs no unit. Never throws.
 *
 * @param s - the text to parse
 * @returns the duration in nanoseconds, or an error carrying Go's message
 * @example parseDuration('1h30m') // { ok: true, value: 5400000000000n }
 */
export function parseDuration(s: string): ParsedDuration {
  const fast = parseSimpleDuration(s);
  return fast === undefined ? parseDurationPort(s) : { ok: true, value: fast };
}

/**
 * The value of a duration string, or undefined when Go's `time.ParseDuration` rejects it: the
 * same as {@link parseDuration} without building a result or an error text.
 * Values are remembered (a bounded memo): the same few durations recur in nearly every object.
 * @param s - the text to parse
 */
export const durationValue: (s: string) => Duration | undefined = memoParse(parseDurationValue);

function parseDurationValue(s: string): Duration | undefined {
  const fast = parseSimpleDuration(s);
  if (fast !== undefined) return fast;
  const parsed = parseDurationPort(s);
  return parsed.ok ? parsed.value : undefined;
}

const MAX_SAFE = Number.MAX_SAFE_INTEGER;

/**
 * The fast path in front of the port, for the durations manifests hold (`2160h0m0s`, `87600h`,
 * `90m`, `-30s`): whole numbers with units. Seconds (from h, m, s) and nanoseconds (from ms,
 * us, ns) are summed apart in exact float arithmetic (each below 2^53) and joined as a bigint
 * once, so ten-year durations stay on this path. Anything else (fractions, a bare `0`, errors,
 * values past int64) gives undefined and is left to {@link parseDurationPort}, which gives the
 * same answer for every input the fast path accepts (a property test compares the two).
 */
function parseSimpleDuration(s: string): Duration | undefined {
  const n = s.length;
  let i = 0;
  let neg = false;
  if (n === 0) return undefined;
  const first = s.charCodeAt(0);
  if (first === 45 || first === 43) {
    neg = first === 45; // '-'
    i = 1;
  }
  if (i === n) return undefined;
  let seconds = 0;
  let nanos = 0;
  while (i < n) {
    let v = 0;
    const start = i;
    // Reads stay below n: a read past the end would deoptimise this function.
    for (; i < n; i++) {
      const c = s.charCodeAt(i);
      if (c < 48 || c > 57) break;
      if (v > 900719925474099) return undefined; // v * 10 could leave the exact range
      v = v * 10 + (c - 48);
    }
    if (i === start || i === n) return undefined; // a fraction, a missing number or unit: the port decides
    const unit = unitAt(s, i);
    if (unit === 0) return undefined;
    i += unit < 0 ? 2 : 1;
    const size = Math.abs(unit);
    if (size >= 1e9) seconds += v * (size / 1e9);
    else nanos += v * size;
    if (seconds > MAX_SAFE || nanos > MAX_SAFE) return undefined;
  }
  const d = BigInt(seconds) * 1_000_000_000n + BigInt(nanos);
  if (d > MAX_INT64) return undefined; // Go's overflow error comes from the port
  return neg ? -d : d;
}

/**
 * The unit at `i` when it ends at a digit or the end of `s`: its size in nanoseconds, negated
 * for two-character units; 0 for anything else (including a '.' after it).
 */
function unitAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  const next = i + 1 < s.length ? s.charCodeAt(i + 1) : 0;
  if (next === 115 /* s */ && endsUnit(s, i + 2)) {
    if (c === 110 /* n */) return -1;
    if (c === 117 /* u */ || c === 0xb5 || c === 0x3bc) return -1e3;
    if (c === 109 /* m */) return -1e6;
    return 0;
  }
  if (!endsUnit(s, i + 1)) return 0;
  if (c === 115 /* s */) return 1e9;
  if (c === 109 /* m */) return 6e10;
  if (c === 104 /* h */) return 3.6e12;
  return 0;
}

/** True when a unit ending before `k` ends there: `k` is the end of `s` or a digit. */
function endsUnit(s: string, k: number): boolean {
  if (k >= s.length) return true;
  const after = s.charCodeAt(k);
  return after >= 48 && after <= 57;
}

/**
 * Go's `time.ParseDuration`, ported statement by statement: the reference behind
 * {@link parseDuration}, which answers the common cases faster.
 * @param s - the text to parse
 * @returns the duration in nanoseconds, or an error carrying Go's message
 */
export function parseDurationPort(s: string): ParsedDuration {
  const invalid = (): ParsedDuration => ({ ok: false, error: `time: invalid duration ${quote(s)}` });
  let i = 0;
  let neg = false;
  if (s[0] === '-' || s[0] === '+') {
    neg = s[0] === '-';
    i = 1;
  }
  if (s.slice(i) === '0') return { ok: true, value: 0n };
  if (i === s.length) return invalid();
  let d = 0n;
  while (i < s.length) {
    if (!(s[i] === '.' || isDigit(s[i]))) return invalid();
    // leading integer [0-9]*
    const intStart = i;
    let v = 0n;
    for (; isDigit(s[i]); i++) {
      if (v > TWO_63 / 10n) return invalid();
      v = v * 10n + BigInt(s.charCodeAt(i) - 48);
      if (v > TWO_63) return invalid();
    }
    const pre = i !== intStart;
    // optional fraction (\.[0-9]*): stops gaining precision instead of overflowing
    let f = 0n;
    let scale = 1;
    let post = false;
    if (s[i] === '.') {
      i++;
      const fracStart = i;
      let overflow = false;
      for (; isDigit(s[i]); i++) {
        if (overflow) continue;
        if (f > MAX_INT64 / 10n) {
          overflow = true;
          continue;
        }
        const y = f * 10n + BigInt(s.charCodeAt(i) - 48);
        if (y > TWO_63) {
          overflow = true;
          continue;
        }
        f = y;
        scale *= 10;
      }
      post = i !== fracStart;
    }
    if (!pre && !post) return invalid();
    // unit: everything up to the next '.' or digit
    const unitStart = i;
    while (i < s.length && s[i] !== '.' && !isDigit(s[i])) i++;
    if (i === unitStart) return { ok: false, error: `time: missing unit in duration ${quote(s)}` };
    const u = s.slice(unitStart, i);
    const unit = UNITS.get(u);
    if (unit === undefined) return { ok: false, error: `time: unknown unit ${quote(u)} in duration ${quote(s)}` };
    if (v > TWO_63 / unit) return invalid();
    v *= unit;
    if (f > 0n) {
      // Go computes the fraction in float64 (nanosecond-accurate up to hours) and truncates.
      v += BigInt(Math.trunc(Number(f) * (Number(unit) / scale)));
      if (v > TWO_63) return invalid();
    }
    d += v;
    if (d > TWO_63) return invalid();
  }
  if (neg) return { ok: true, value: -d };
  if (d > MAX_INT64) return invalid();
  return { ok: true, value: d };
}

/** Writes the low `prec` digits of `v` as a fraction without trailing zeros (Go's fmtFrac). */
function fmtFrac(v: bigint, prec: number): { text: string; rest: bigint } {
  let text = '';
  let print = false;
  let rest = v;
  for (let k = 0; k < prec; k++) {
    const digit = rest % 10n;
    print = print || digit !== 0n;
    if (print) text = digit.toString() + text;
    rest /= 10n;
  }
  return { text: print ? `.${text}` : '', rest };
}

/**
 * Prints a duration the way Go's `Duration.String()` does: `72h3m0.5s`, `1h0m0s`, `1.5ms`, `0s`.
 * Values outside int64 are clamped to Go's range first.
 *
 * @param d - nanoseconds
 * @returns Go's text form, which {@link parseDuration} reads back to the same value
 * @example formatDuration(2160n * HOUR) // '2160h0m0s'
 */
export function formatDuration(d: Duration): string {
  // Two bigint operations split the value into whole seconds and nanoseconds, both exact as
  // numbers; the digits are then printed in float arithmetic (see formatDurationPort).
  const clamped = d > MAX_INT64 ? MAX_INT64 : d < -TWO_63 ? -TWO_63 : d;
  const neg = clamped < 0n;
  const u = neg ? -clamped : clamped;
  let out: string;
  if (u < SECOND) {
    const ns = Number(u);
    if (ns === 0) return '0s';
    const prec = ns < 1e3 ? 0 : ns < 1e6 ? 3 : 6;
    const unit = ns < 1e3 ? 'ns' : ns < 1e6 ? '\u00b5s' : 'ms';
    out = String(Math.floor(ns / 10 ** prec)) + fracDigits(ns, prec) + unit;
  } else {
    let sec = Number(u / SECOND);
    out = String(sec % 60) + fracDigits(Number(u % SECOND), 9) + 's';
    sec = Math.floor(sec / 60);
    if (sec > 0) {
      out = String(sec % 60) + 'm' + out;
      sec = Math.floor(sec / 60);
      if (sec > 0) out = String(sec) + 'h' + out;
    }
  }
  return neg ? `-${out}` : out;
}

/** The low `prec` digits of `v` as `.ddd` without trailing zeros, or '' when they are all zero. */
function fracDigits(v: number, prec: number): string {
  let text = '';
  let rest = v;
  for (let k = 0; k < prec; k++) {
    const digit = rest % 10;
    if (text !== '' || digit !== 0) text = String(digit) + text;
    rest = Math.floor(rest / 10);
  }
  return text === '' ? '' : `.${text}`;
}

/**
 * Go's `Duration.String()`, ported digit by digit in bigint: the reference behind
 * {@link formatDuration}, which gives the same text faster.
 * @param d - nanoseconds
 */
export function formatDurationPort(d: Duration): string {
  const clamped = d > MAX_INT64 ? MAX_INT64 : d < -TWO_63 ? -TWO_63 : d;
  const neg = clamped < 0n;
  let u = neg ? -clamped : clamped;
  let out: string;
  if (u < SECOND) {
    if (u === 0n) return '0s';
    const [prec, unit] = u < MICROSECOND ? [0, 'ns'] : u < MILLISECOND ? [3, '\u00b5s'] : [6, 'ms'];
    const frac = fmtFrac(u, prec);
    out = frac.rest.toString() + frac.text + unit;
  } else {
    const frac = fmtFrac(u, 9);
    u = frac.rest;
    out = (u % 60n).toString() + frac.text + 's';
    u /= 60n;
    if (u > 0n) {
      out = (u % 60n).toString() + 'm' + out;
      u /= 60n;
      if (u > 0n) out = u.toString() + 'h' + out;
    }
  }
  return neg ? `-${out}` : out;
}

/**
 * Re-prints a duration string in Go's canonical form (`2160h` → `2160h0m0s`), as a
 * `metav1.Duration` does on a decode/encode round trip.
 *
 * @param s - a duration string
 * @returns the canonical text, or undefined when `s` does not parse
 */
export function canonicalDuration(s: string): string | undefined {
  const p = parseDuration(s);
  return p.ok ? formatDuration(p.value) : undefined;
}
