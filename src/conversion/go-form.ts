/**
 * Go's wire form of three value types, as a decode/encode round trip through the Go types
 * prints them: `metav1.Duration` (`2160h` → `2160h0m0s`), `metav1.Time` (RFC 3339, UTC, whole
 * seconds) and `[]byte` (standard padded base64). A value Go could not decode is returned as
 * it is: conversion does not validate.
 */
import { canonicalDuration } from '../go/time/duration.js';

/** The three re-printed value types. */
export type GoFormat = 'duration' | 'time' | 'bytes';

/** Re-prints `v` in Go form, or returns it unchanged when it is not a valid value of `format`. */
export function goForm(format: GoFormat, v: unknown): unknown {
  if (typeof v !== 'string') return v;
  const out = format === 'duration' ? goDuration(v) : format === 'time' ? canonicalTime(v) : canonicalBase64(v);
  return out ?? v;
}

/** `metav1.Duration` JSON: Go's `Duration.String()` of the parsed value, or undefined when it does not parse. */
export function goDuration(s: string): string | undefined {
  return isGoDurationText(s) ? s : canonicalDuration(s);
}

const MAX_HOURS = 2_562_047; // the last whole hour below Go's maximum Duration (int64 nanoseconds)

/**
 * Whether `s` is already as Go prints a whole-second duration of at least a second (`2160h0m0s`,
 * `1m30s`, `45s`), so that re-printing it gives it back: most durations in manifests are, and
 * this check spares parsing and printing them. Anything else takes the full path.
 */
function isGoDurationText(s: string): boolean {
  // Three numbers read in turn, each ending where digitsEnd says (no closure: this runs twice per conversion).
  let end = digitsEnd(s, 0);
  const first = wholeNumber(s, 0, end);
  if (first < 0) return false;
  let i = end;
  if (s.charCodeAt(i) === 0x73) return i + 1 === s.length && first >= 1 && first <= 59; // `45s`
  let minutes = first;
  if (s.charCodeAt(i) === 0x68) {
    // `h`
    if (first < 1 || first >= MAX_HOURS) return false;
    end = digitsEnd(s, ++i);
    minutes = wholeNumber(s, i, end);
    i = end;
    if (minutes < 0 || minutes > 59) return false;
  } else if (first < 1 || first > 59) return false; // `1m30s`: no hours, at least a minute
  if (s.charCodeAt(i) !== 0x6d) return false; // `m`
  end = digitsEnd(s, ++i);
  const seconds = wholeNumber(s, i, end);
  return seconds >= 0 && seconds <= 59 && s.charCodeAt(end) === 0x73 && end + 1 === s.length;
}

/** The index after the ASCII digits that start at `from`. */
function digitsEnd(s: string, from: number): number {
  let i = from;
  while (i < s.length && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) i++;
  return i;
}

/** The digits `s[from..to)` as a number: -1 when there are none, more than 7, or a leading zero. */
function wholeNumber(s: string, from: number, to: number): number {
  if (to === from || to - from > 7 || (to - from > 1 && s.charCodeAt(from) === 48)) return -1;
  let n = 0;
  for (let i = from; i < to; i++) n = n * 10 + s.charCodeAt(i) - 48;
  return n;
}

const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

/** `metav1.Time` JSON: parsed as RFC 3339, printed in UTC without fractional seconds. */
export function canonicalTime(s: string): string | undefined {
  const m = RFC3339.exec(s);
  if (!m) return undefined;
  const [year, month, day, hour, min, sec] = m.slice(1, 7).map(Number) as [number, number, number, number, number, number];
  const zone = m[7] ?? 'Z';
  const daysIn = month === 2 ? (leap(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
  if (month < 1 || month > 12 || day < 1 || day > daysIn || hour > 23 || min > 59 || sec > 59) return undefined;
  if (zone === 'Z' && s.length === 20) return s; // already canonical
  let offsetMin = 0;
  if (zone !== 'Z') {
    const oh = Number(zone.slice(1, 3));
    const om = Number(zone.slice(4, 6));
    if (oh > 23 || om > 59) return undefined;
    offsetMin = (zone[0] === '-' ? -1 : 1) * (oh * 60 + om);
  }
  const t = new Date(0);
  t.setUTCFullYear(year, month - 1, day);
  t.setUTCHours(hour, min - offsetMin, sec, 0);
  const yy = t.getUTCFullYear();
  if (yy < 0 || yy > 9999) return undefined;
  return `${pad(yy, 4)}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}T${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}:${pad(t.getUTCSeconds())}Z`;
}

const leap = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

const B64 = /^[A-Za-z0-9+/]*$/;

/** `[]byte` JSON: standard base64 with padding; Go skips CR/LF and ignores stray low bits. */
export function canonicalBase64(s: string): string | undefined {
  const t = s.replaceAll('\r', '').replaceAll('\n', '');
  if (t.length % 4 !== 0) return undefined;
  const body = t.endsWith('==') ? t.slice(0, -2) : t.endsWith('=') ? t.slice(0, -1) : t;
  if (!B64.test(body) || (t.length - body.length > 0 && body.length % 4 === 1)) return undefined;
  try {
    return btoa(atob(t));
  } catch {
    return undefined;
  }
}
