import { type FieldError, fe, withRule } from '../../field/field-error.js';
import type { Path } from '../../field/path.js';
import { arr, field, type JsonObject } from '../../util/json.js';

/** The key usage names cert-manager knows (key usages, then extended key usages), case-sensitive. */
export const KEY_USAGE_NAMES: readonly string[] = [
  'signing',
  'digital signature',
  'content commitment',
  'key encipherment',
  'key agreement',
  'data encipherment',
  'cert sign',
  'crl sign',
  'encipher only',
  'decipher only',
  'any',
  'server auth',
  'client auth',
  'code signing',
  'email protection',
  's/mime',
  'ipsec end system',
  'ipsec tunnel',
  'ipsec user',
  'timestamping',
  'ocsp signing',
  'microsoft sgc',
  'netscape sgc',
];

const KNOWN = new Set(KEY_USAGE_NAMES);
const UNKNOWN_USAGE = `unknown key usage; known usages are: ${KEY_USAGE_NAMES.join(', ')}`;

/** True when `u` is one of {@link KEY_USAGE_NAMES}. */
export const isKnownUsage = (u: unknown): boolean => typeof u === 'string' && KNOWN.has(u);

/** CERT-USAGE-UNKNOWN: every `spec.usages` entry is a known usage name. */
export function validateUsages(spec: JsonObject, path: Path): FieldError[] {
  const out: FieldError[] = [];
  const usages = arr(spec, 'usages');
  if (usages === undefined) return out;
  for (let i = 0; i < usages.length; i++) {
    const u = usages[i];
    if (!isKnownUsage(u)) {
      out.push(withRule('CERT-USAGE-UNKNOWN', fe.invalid(path.child('usages').index(i), u, UNKNOWN_USAGE)));
    }
  }
  return out;
}

/** CERT-REVISIONHISTORYLIMIT-MIN: `spec.revisionHistoryLimit`, when set, is at least 1. */
export function validateRevisionHistoryLimit(spec: JsonObject, path: Path): FieldError[] {
  const limit = field(spec, 'revisionHistoryLimit');
  if (typeof limit !== 'number' || limit >= 1) return [];
  return [
    withRule(
      'CERT-REVISIONHISTORYLIMIT-MIN',
      fe.invalid(path.child('revisionHistoryLimit'), limit, 'must be at least 1 when set (leave it unset to keep all CertificateRequests)'),
    ),
  ];
}
