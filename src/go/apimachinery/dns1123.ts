// Go: k8s.io/apimachinery v0.36.3 — pkg/util/validation IsDNS1123Subdomain (with api/validate/content).
import { utf8Length } from '../unicode/utf8.js';
import { memoAccepted } from '../memo.js';

/** The longest DNS-1123 subdomain, in bytes. */
export const DNS1123_SUBDOMAIN_MAX_LENGTH = 253;

const isLowerAlnum = (c: string): boolean => (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');

/** One dot-separated label: lower-case alphanumerics and '-', alphanumeric at both ends. */
function isLabel(label: string): boolean {
  if (label === '') return false;
  for (const c of label) if (!isLowerAlnum(c) && c !== '-') return false;
  return isLowerAlnum(label[0]!) && isLowerAlnum(label[label.length - 1]!);
}

/** Lower-case letter or digit, by char code. */
const isLowerAlnumCode = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 48 && c <= 57);

/**
 * True when `v[from, to)` is dot-separated lower-case RFC 1123 labels (no length check): the
 * charCode scan behind the fast predicates, which run on every name of every object.
 * `foldCase` reads ASCII upper-case letters as lower-case (for keys checked lower-cased).
 */
export function isSubdomainSyntaxIn(v: string, from: number, to: number, foldCase = false): boolean {
  const alnum = foldCase ? isAsciiAlnumCode : isLowerAlnumCode;
  if (to <= from || !alnum(v.charCodeAt(from)) || !alnum(v.charCodeAt(to - 1))) return false;
  for (let i = from + 1; i < to - 1; i++) {
    const c = v.charCodeAt(i);
    if (alnum(c) || c === 45 /* - */) continue;
    // A dot needs a letter or digit on both sides (no empty label, no label ending in '-').
    if (c !== 46 || !alnum(v.charCodeAt(i - 1)) || !alnum(v.charCodeAt(i + 1))) return false;
  }
  return true;
}

/** ASCII letter (either case) or digit, by char code. */
const isAsciiAlnumCode = (c: number): boolean => isLowerAlnumCode(c) || (c >= 65 && c <= 90);

/**
 * True exactly when {@link dns1123SubdomainProblems} finds nothing: a fast predicate for the
 * success path (every accepted character is ASCII, so the byte length is the string length).
 * @param v - the candidate name
 */
export const isDns1123Subdomain: (v: string) => boolean = memoAccepted(scanDns1123Subdomain);

function scanDns1123Subdomain(v: string): boolean {
  return v.length <= DNS1123_SUBDOMAIN_MAX_LENGTH && isSubdomainSyntaxIn(v, 0, v.length);
}

/**
 * True exactly when {@link dns1123LabelProblems} finds nothing (the fast predicate).
 * @param v - the candidate label
 */
export const isDns1123Label: (v: string) => boolean = memoAccepted(scanDns1123Label);

function scanDns1123Label(v: string): boolean {
  const n = v.length;
  if (n === 0 || n > DNS1123_LABEL_MAX_LENGTH || !isLowerAlnumCode(v.charCodeAt(0)) || !isLowerAlnumCode(v.charCodeAt(n - 1))) return false;
  for (let i = 1; i < n - 1; i++) {
    const c = v.charCodeAt(i);
    if (!isLowerAlnumCode(c) && c !== 45) return false;
  }
  return true;
}

/** True when `v` is a lower-case RFC 1123 subdomain (no length check). */
export function isDns1123SubdomainSyntax(v: string): boolean {
  return v.split('.').every(isLabel);
}

/**
 * H-DNS1123SUBDOMAIN: the problems of `v` as a lower-case RFC 1123 subdomain (as Kubernetes
 * checks object and Secret names), one message per problem; empty when valid. Labels are not
 * limited to 63 characters here. The length is counted in bytes.
 * @param v - the candidate name
 * @param unit - the word for the length unit in the message (Kubernetes' name helper says
 *   `characters`, its label-key helper says `bytes`; both count bytes)
 */
export function dns1123SubdomainProblems(v: string, unit: 'characters' | 'bytes' = 'characters'): string[] {
  const out: string[] = [];
  if (utf8Length(v) > DNS1123_SUBDOMAIN_MAX_LENGTH) out.push(`must be no more than ${DNS1123_SUBDOMAIN_MAX_LENGTH} ${unit}`);
  if (!isDns1123SubdomainSyntax(v)) {
    out.push(
      "must be a lowercase RFC 1123 subdomain: only lower-case letters, digits, '-' and '.', " +
        "with a letter or digit at the start and end of every dot-separated part (e.g. 'example.com')",
    );
  }
  return out;
}

/** The longest DNS-1123 label, in bytes. */
export const DNS1123_LABEL_MAX_LENGTH = 63;

/**
 * apimachinery `IsDNS1123Label`: the problems of `v` as an RFC 1123 label (a namespace name),
 * one message per problem; empty when valid. A valid subdomain with dots is told so.
 * @param v - the candidate label
 */
export function dns1123LabelProblems(v: string): string[] {
  const out: string[] = [];
  if (utf8Length(v) > DNS1123_LABEL_MAX_LENGTH) out.push(`must be no more than ${DNS1123_LABEL_MAX_LENGTH} characters`);
  if (!isLabel(v)) {
    if (isDns1123SubdomainSyntax(v)) out.push('must not contain dots');
    else {
      out.push(
        "must be a lowercase RFC 1123 label: only lower-case letters, digits and '-', " +
          "with a letter or digit at the start and end (e.g. 'my-name', '123-abc')",
      );
    }
  }
  return out;
}

/**
 * apimachinery's `maskTrailingDash`, applied to a `generateName` before it is checked: a trailing
 * `-` is allowed there because random characters follow it. Like the original, it drops the last
 * two characters and appends `a` (names longer than one character only).
 * @param prefix - the generateName
 */
export function maskTrailingDash(prefix: string): string {
  return prefix.length > 1 && prefix.endsWith('-') ? `${prefix.slice(0, -2)}a` : prefix;
}
