// Go: k8s.io/apimachinery v0.36.3 — pkg/util/validation IsQualifiedName (label keys) and IsValidLabelValue.
import { DNS1123_SUBDOMAIN_MAX_LENGTH, dns1123SubdomainProblems, isSubdomainSyntaxIn } from './dns1123.js';
import { utf8Length } from '../unicode/utf8.js';
import { memoAccepted } from '../memo.js';

/** The longest label value and label-key name part, in bytes. */
export const LABEL_MAX_LENGTH = 63;

const isAlnum = (c: string): boolean => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');

/** Alphanumerics, '-', '_' and '.', with an alphanumeric at both ends; non-empty. */
function isQualifiedToken(s: string): boolean {
  if (s === '') return false;
  for (const c of s) if (!isAlnum(c) && c !== '-' && c !== '_' && c !== '.') return false;
  return isAlnum(s[0]!) && isAlnum(s[s.length - 1]!);
}

const NAME_SHAPE =
  "must consist of letters, digits, '-', '_' or '.', and must start and end with a letter or digit (e.g. 'MyName', 'my.name', '123-abc')";

/**
 * H-LABELKEY: the problems of `k` as a Kubernetes label or annotation key (a "qualified name":
 * an optional DNS-subdomain prefix and `/`, then a name of at most 63 bytes), one message per
 * problem; empty when valid.
 */
export function labelKeyProblems(k: string): string[] {
  const parts = k.split('/');
  if (parts.length > 2) {
    return [`a valid label key ${NAME_SHAPE}, with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')`];
  }
  const out: string[] = [];
  let name = k;
  if (parts.length === 2) {
    const prefix = parts[0]!;
    name = parts[1]!;
    if (prefix === '') out.push('prefix part must be non-empty');
    else for (const m of dns1123SubdomainProblems(prefix, 'bytes')) out.push(`prefix part ${m}`);
  }
  if (name === '') out.push('name part must be non-empty');
  else if (utf8Length(name) > LABEL_MAX_LENGTH) out.push(`name part must be no more than ${LABEL_MAX_LENGTH} bytes`);
  if (!isQualifiedToken(name)) out.push(`name part ${NAME_SHAPE}`);
  return out;
}

/**
 * H-LABELVALUE: the problems of `v` as a Kubernetes label value (empty, or at most 63 bytes of
 * letters, digits, '-', '_' and '.', alphanumeric at both ends); empty when valid.
 */
export function labelValueProblems(v: string): string[] {
  const out: string[] = [];
  if (utf8Length(v) > LABEL_MAX_LENGTH) out.push(`must be no more than ${LABEL_MAX_LENGTH} bytes`);
  if (v !== '' && !isQualifiedToken(v)) {
    out.push(
      "a valid label value must be empty or consist of letters, digits, '-', '_' or '.', " +
        "and must start and end with a letter or digit (e.g. 'MyValue', 'my_value', '12345')",
    );
  }
  return out;
}

/** Letter or digit, by char code. */
const isAlnumCode = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);

/** True when `s[from, to)` is a qualified-name token of at most 63 characters (charCode scan). */
function isQualifiedTokenIn(s: string, from: number, to: number): boolean {
  if (to <= from || to - from > LABEL_MAX_LENGTH || !isAlnumCode(s.charCodeAt(from)) || !isAlnumCode(s.charCodeAt(to - 1))) return false;
  for (let i = from + 1; i < to - 1; i++) {
    const c = s.charCodeAt(i);
    if (!isAlnumCode(c) && c !== 45 /* - */ && c !== 95 /* _ */ && c !== 46 /* . */) return false;
  }
  return true;
}

/**
 * True exactly when {@link labelKeyProblems} finds nothing: a fast predicate for the success
 * path, which runs for every label, annotation and finalizer (every accepted character is
 * ASCII, so byte lengths are string lengths).
 * @param k - the candidate key
 */
export const isLabelKey: (k: string) => boolean = memoAccepted(scanLabelKey);

function scanLabelKey(k: string): boolean {
  const slash = k.indexOf('/');
  if (slash < 0) return isQualifiedTokenIn(k, 0, k.length);
  if (slash > DNS1123_SUBDOMAIN_MAX_LENGTH || k.indexOf('/', slash + 1) >= 0) return false;
  return isSubdomainSyntaxIn(k, 0, slash) && isQualifiedTokenIn(k, slash + 1, k.length);
}

/**
 * True exactly when `labelKeyProblems(k.toLowerCase())` finds nothing (annotation keys are
 * checked lower-cased), without lower-casing: an ASCII key passes when it passes with upper-case
 * letters read as lower-case; anything else is left to the reference (lower-casing some
 * non-ASCII characters gives ASCII ones: the Kelvin sign gives 'k').
 * @param k - the candidate annotation key
 */
export const isAnnotationKey: (k: string) => boolean = memoAccepted(scanAnnotationKey);

function scanAnnotationKey(k: string): boolean {
  const slash = k.indexOf('/');
  const fast =
    slash < 0
      ? isQualifiedTokenIn(k, 0, k.length)
      : slash <= DNS1123_SUBDOMAIN_MAX_LENGTH &&
        k.indexOf('/', slash + 1) < 0 &&
        isSubdomainSyntaxIn(k, 0, slash, true) &&
        isQualifiedTokenIn(k, slash + 1, k.length);
  return fast || labelKeyProblems(k.toLowerCase()).length === 0;
}

/**
 * True exactly when {@link labelValueProblems} finds nothing (the fast predicate).
 * @param v - the candidate value
 */
export const isLabelValue: (v: string) => boolean = memoAccepted(scanLabelValue);

function scanLabelValue(v: string): boolean {
  return v === '' || isQualifiedTokenIn(v, 0, v.length);
}
