import { type FieldError, fe, withRule } from '../../field/field-error.js';
import type { Path } from '../../field/path.js';
import { arr, type JsonObject } from '../../util/json.js';
import { emailProblem } from '../helpers/email.js';
import { isIp } from '../../go/net/ip.js';
import { utf8Length } from '../../go/unicode/utf8.js';
import type { CertManagerRelease } from '../../release/release.js';
import { hasRule } from '../release-rules.js';

/** The longest common name, in bytes (X.509 ub-common-name). */
const COMMON_NAME_MAX_BYTES = 64;
const SAN_LISTS = ['dnsNames', 'uris', 'emailAddresses', 'ipAddresses'];
const SAN_LISTS_WITH_OTHER_NAMES = [...SAN_LISTS, 'otherNames'];

const listLength = (spec: JsonObject, key: string): number => arr(spec, key)?.length ?? 0;
const noneSet = (spec: JsonObject, lists: readonly string[]): boolean => lists.every((k) => listLength(spec, k) === 0);

/**
 * CERT-IDENTITY-REQUIRED, CERT-COMMONNAME-TOOLONG: the certificate needs a common name or at
 * least one subject alternative name, and the common name fits in 64 bytes.
 * @param commonName - the effective common name (from literalSubject when it sets one)
 * @param release - otherNames count from v1.14 (CERT-IDENTITY-REQUIRED#otherNames)
 */
export function validateIdentity(spec: JsonObject, path: Path, commonName: string, release: CertManagerRelease = 'master'): FieldError[] {
  const out: FieldError[] = [];
  // CERT-IDENTITY-REQUIRED
  if (commonName === '' && noneSet(spec, hasRule('CERT-IDENTITY-REQUIRED#otherNames', release) ? SAN_LISTS_WITH_OTHER_NAMES : SAN_LISTS)) {
    out.push(
      withRule(
        'CERT-IDENTITY-REQUIRED',
        fe.invalid(
          path,
          '',
          'at least one of commonName (or a CN in literalSubject), dnsNames, uris, emailAddresses, ipAddresses or otherNames must be set',
        ),
      ),
    );
  }
  // CERT-COMMONNAME-TOOLONG (at most 3 bytes per UTF-16 unit: short names need no count)
  const bytes = commonName.length * 3 <= COMMON_NAME_MAX_BYTES ? commonName.length : utf8Length(commonName);
  if (bytes > COMMON_NAME_MAX_BYTES) {
    out.push(
      withRule(
        'CERT-COMMONNAME-TOOLONG',
        fe.tooLong(path.child('commonName'), `may not be more than ${COMMON_NAME_MAX_BYTES} bytes; the common name has ${bytes}`),
      ),
    );
  }
  return out;
}

/** CERT-IPADDRESS-INVALID: every `spec.ipAddresses` entry is an IPv4 or IPv6 address. */
export function validateIpAddresses(spec: JsonObject, path: Path): FieldError[] {
  const out: FieldError[] = [];
  const ips = arr(spec, 'ipAddresses');
  if (ips === undefined) return out;
  ips.forEach((ip, i) => {
    if (typeof ip !== 'string' || !isIp(ip)) {
      out.push(
        withRule(
          'CERT-IPADDRESS-INVALID',
          fe.invalid(
            path.child('ipAddresses').index(i),
            ip,
            'must be an IPv4 address (192.0.2.1) or an IPv6 address (2001:db8::1), without zone or prefix length',
          ),
        ),
      );
    }
  });
  return out;
}

/** CERT-EMAIL-PARSE, CERT-EMAIL-NOT-BARE: every `spec.emailAddresses` entry is a bare address. */
export function validateEmailAddresses(spec: JsonObject, path: Path): FieldError[] {
  const out: FieldError[] = [];
  const emails = arr(spec, 'emailAddresses');
  if (emails === undefined) return out;
  emails.forEach((email, i) => {
    const at = path.child('emailAddresses').index(i);
    const problem = typeof email === 'string' ? emailProblem(email) : { kind: 'parse' as const, error: 'not a string' };
    // CERT-EMAIL-PARSE
    if (problem?.kind === 'parse') out.push(withRule('CERT-EMAIL-PARSE', fe.invalid(at, email, `invalid email address: ${problem.error}`)));
    // CERT-EMAIL-NOT-BARE
    if (problem?.kind === 'not-bare') {
      out.push(
        withRule(
          'CERT-EMAIL-NOT-BARE',
          fe.invalid(
            at,
            email,
            'invalid email address: must be only the address itself (local@domain), without a name, brackets, comments or spaces',
          ),
        ),
      );
    }
  });
  return out;
}
