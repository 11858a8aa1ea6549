import { type FieldError, fe, withRule } from '../../field/field-error.js';
import type { Path } from '../../field/path.js';
import { arr, type JsonObject, obj, str } from '../../util/json.js';
import type { CertManagerRelease } from '../../release/release.js';
import { hasRule } from '../release-rules.js';
import type { RuleContext } from '../types.js';
import { type DnParse, parseDn } from '../../go/ldap/dn.js';
import { parseDnV346 } from '../../go/ldap/dn-v3-4-6.js';
import { oidEquals, parseOid } from '../helpers/oid.js';
import { appendAll } from '../../util/append.js';

/** The attribute type names cert-manager maps to OIDs (case-sensitive). */
const ATTRIBUTE_TYPES: Readonly<Record<string, string>> = {
  C: '2.5.4.6',
  O: '2.5.4.10',
  OU: '2.5.4.11',
  CN: '2.5.4.3',
  SERIALNUMBER: '2.5.4.5',
  L: '2.5.4.7',
  ST: '2.5.4.8',
  STREET: '2.5.4.9',
  DC: '0.9.2342.19200300.100.1.25',
  UID: '0.9.2342.19200300.100.1.1',
};
const COMMON_NAME = parseOid('2.5.4.3')!;
const SUBJECT_LISTS = ['organizations', 'countries', 'organizationalUnits', 'localities', 'provinces', 'streetAddresses', 'postalCodes'];

/**
 * The OID of an attribute type, or undefined when cert-manager does not recognise it (dotted
 * OIDs only from v1.15: CERT-LITERALSUBJECT-UNKNOWN-ATTR#oid).
 */
function attributeOid(type: string, release: CertManagerRelease): bigint[] | undefined {
  const known = Object.hasOwn(ATTRIBUTE_TYPES, type) ? ATTRIBUTE_TYPES[type] : undefined;
  if (known === undefined && !hasRule('CERT-LITERALSUBJECT-UNKNOWN-ATTR#oid', release)) return undefined;
  return parseOid(known ?? type);
}

/**
 * True when `spec.subject` sets any property (`subject: {}` sets none); serialNumber counts
 * from v1.13 (CERT-LITERALSUBJECT-SUBJECT-EXCLUSIVE#serialNumber).
 */
function subjectHasProperties(subject: JsonObject | undefined, release: CertManagerRelease): boolean {
  if (subject === undefined) return false;
  const serial = hasRule('CERT-LITERALSUBJECT-SUBJECT-EXCLUSIVE#serialNumber', release) && str(subject, 'serialNumber') !== '';
  return SUBJECT_LISTS.some((k) => (arr(subject, k)?.length ?? 0) > 0) || serial;
}

/**
 * Parses the literal subject with the go-ldap version of the release: v3.4.4–v3.4.6 up to v1.14
 * (CERT-LITERALSUBJECT-PARSE#goLdap348), v3.4.8–v3.4.13 up to v1.21, v3.4.14 on master
 * (CERT-LITERALSUBJECT-PARSE#goLdap3414). Until v1.15 cert-manager refuses `=#` before parsing.
 */
function parseLiteral(literal: string, release: CertManagerRelease): DnParse {
  if (hasRule('CERT-LITERALSUBJECT-PARSE#hex', release) && literal.includes('=#'))
    return { ok: false, error: 'hex-encoded attribute values (=#) are not supported by this release' };
  if (!hasRule('CERT-LITERALSUBJECT-PARSE#goLdap348', release))
    return parseDnV346(literal, hasRule('CERT-LITERALSUBJECT-PARSE#equalsInValue', release));
  return parseDn(literal, hasRule('CERT-LITERALSUBJECT-PARSE#goLdap3414', release));
}

/** The errors of the literal subject rules and the common name the subject carries, if any. */
export interface LiteralSubjectFindings {
  readonly errors: FieldError[];
  /** The value of the CN that comes first in the text; undefined when there is none. */
  readonly commonName: string | undefined;
}

/**
 * CERT-LITERALSUBJECT-*: checks a non-empty `spec.literalSubject` (an RFC 4514 DN written in
 * reverse order) and finds the common name it sets.
 */
export function validateLiteralSubject(spec: JsonObject, path: Path, ctx: RuleContext): LiteralSubjectFindings {
  const literal = str(spec, 'literalSubject');
  const errors: FieldError[] = [];
  if (literal === '') return { errors, commonName: undefined };
  const at = path.child('literalSubject');
  // CERT-LITERALSUBJECT-GATE (the remaining checks still run)
  if (!ctx.gates.LiteralCertificateSubject) {
    errors.push(
      withRule(
        'CERT-LITERALSUBJECT-GATE',
        fe.forbidden(
          at,
          'the LiteralCertificateSubject feature gate must be enabled on both the webhook and the controller to use literalSubject',
        ),
      ),
    );
  }
  // v1.12 checks commonName and subject after the DN (CERT-LITERALSUBJECT-SUBJECT-EXCLUSIVE#serialNumber
  // marks the release that moved them first).
  const exclusive: FieldError[] = [];
  // CERT-LITERALSUBJECT-COMMONNAME-EXCLUSIVE
  const cn = str(spec, 'commonName');
  if (cn !== '') {
    exclusive.push(
      withRule(
        'CERT-LITERALSUBJECT-COMMONNAME-EXCLUSIVE',
        fe.invalid(path.child('commonName'), cn, 'must not be set together with literalSubject; put the CN into literalSubject instead'),
      ),
    );
  }
  // CERT-LITERALSUBJECT-SUBJECT-EXCLUSIVE
  const subject = obj(spec, 'subject');
  if (subjectHasProperties(subject, ctx.release)) {
    exclusive.push(
      withRule(
        'CERT-LITERALSUBJECT-SUBJECT-EXCLUSIVE',
        fe.invalid(
          path.child('subject'),
          subject,
          'no subject properties may be set together with literalSubject; put them into literalSubject instead',
        ),
      ),
    );
  }
  const exclusiveFirst = hasRule('CERT-LITERALSUBJECT-SUBJECT-EXCLUSIVE#serialNumber', ctx.release);
  if (exclusiveFirst) appendAll(errors, exclusive);
  const after = exclusiveFirst ? [] : exclusive;
  // CERT-LITERALSUBJECT-PARSE (the parser depends on the release)
  const parsed = parseLiteral(literal, ctx.release);
  if (!parsed.ok) {
    errors.push(
      withRule('CERT-LITERALSUBJECT-PARSE', fe.invalid(at, literal, `must be a valid LDAP distinguished name (RFC 4514): ${parsed.error}`)),
    );
    return { errors: [...errors, ...after], commonName: undefined };
  }
  let commonName: string | undefined;
  // The text lists the RDNs in reverse: the last one visited is the first CN of the text.
  for (const rdn of [...parsed.rdns].reverse()) {
    for (const attr of rdn) {
      const oid = attributeOid(attr.type, ctx.release);
      // CERT-LITERALSUBJECT-CN-NOT-STRING cannot fire: parsed values are always strings.
      if (oid !== undefined && oidEquals(oid, COMMON_NAME)) commonName = attr.value;
      // CERT-LITERALSUBJECT-UNKNOWN-ATTR
      if (oid === undefined) {
        errors.push(
          withRule(
            'CERT-LITERALSUBJECT-UNKNOWN-ATTR',
            fe.invalid(
              at,
              literal,
              `contains an unrecognized attribute type ${JSON.stringify(attr.type)} (with value [${attr.value}]); ` +
                `use one of ${Object.keys(ATTRIBUTE_TYPES).join(', ')} (case-sensitive) or a dotted OID`,
            ),
          ),
        );
      }
    }
  }
  return { errors: [...errors, ...after], commonName };
}
