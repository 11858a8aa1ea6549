/**
 * The subject-related parts of a Certificate spec: the X.509 subject, otherName SANs and
 * name constraints.
 */
import type { Version } from '../../src/scheme/kinds.js';
import { bool, type Definition, def, obj, ref, str } from '../dsl.js';
import { isLegacy, stringList } from './refs.js';

/**
 * The X.509 subject fields (all but commonName). v1alpha2 has no `organizations` (it keeps a
 * top-level `spec.organization` instead).
 */
export function x509Subject(version: Version): Definition {
  const properties = {
    ...(version === 'v1alpha2' ? {} : { organizations: stringList(version, 'Organizations (O).') }),
    countries: stringList(version, 'Countries (C).'),
    organizationalUnits: stringList(version, 'Organizational units (OU).'),
    localities: stringList(version, 'Localities or cities (L).'),
    provinces: stringList(version, 'States or provinces (ST).'),
    streetAddresses: stringList(version, 'Street addresses.'),
    postalCodes: stringList(version, 'Postal codes.'),
    serialNumber: str({ description: 'Subject serial number.' }),
  };
  const variant = version === 'v1alpha2' ? 'v1alpha2' : isLegacy(version) ? 'legacy' : 'v1';
  return def('X509Subject', obj(properties, { description: 'Subject fields of the certificate.' }), variant);
}

/** An otherName subject alternative name with a UTF-8 string value. */
export const otherName = def(
  'OtherName',
  obj(
    {
      oid: str({ description: 'Object identifier of the otherName type, in dotted form (e.g. 1.3.6.1.4.1.311.20.2.3).' }),
      utf8Value: str({ description: 'The value, encoded as an ASN.1 UTF8String.' }),
    },
    { description: 'An otherName subject alternative name.' },
  ),
);

const variantOf = (version: Version): string => (isLegacy(version) ? 'legacy' : 'v1');

/** One side (permitted or excluded) of the name constraints. */
export function nameConstraintItem(version: Version): Definition {
  return def(
    'NameConstraintItem',
    obj(
      {
        dnsDomains: stringList(version, 'DNS domains.'),
        ipRanges: stringList(version, 'IP ranges in CIDR notation.'),
        emailAddresses: stringList(version, 'Email addresses or mail domains.'),
        uriDomains: stringList(version, 'URI domains.'),
      },
      { description: 'Names a CA may (or may not) sign for.' },
    ),
    variantOf(version),
  );
}

/** The X.509 name constraints extension of a CA certificate. */
export function nameConstraints(version: Version): Definition {
  const item = nameConstraintItem(version);
  return def(
    'NameConstraints',
    obj(
      {
        critical: bool({ description: 'Marks the extension critical.' }),
        permitted: ref(item),
        excluded: ref(item),
      },
      { description: 'Name constraints for a CA certificate (isCA must be true).' },
    ),
    variantOf(version),
  );
}
