/**
 * Certificate between v1alpha2 / v1alpha3 / v1beta1 and v1 (spec/conversion.md §2.1–2.4).
 * The three old versions differ only in which renames apply, so one parametrised spoke serves all.
 */
import { isRecord, type JsonObject } from '../util/json.js';
import type { Spoke } from './types.js';
import { isOmittedEmpty, mapsBack, omitEmpty, renameKey, withoutKeys } from './walk.js';

const ALGORITHM_TO_HUB: Readonly<Record<string, string>> = { rsa: 'RSA', ecdsa: 'ECDSA' };
const ALGORITHM_FROM_HUB: Readonly<Record<string, string>> = { RSA: 'rsa', ECDSA: 'ecdsa' };
const ENCODING_TO_HUB: Readonly<Record<string, string>> = { pkcs1: 'PKCS1', pkcs8: 'PKCS8' };
const ENCODING_FROM_HUB: Readonly<Record<string, string>> = { PKCS1: 'pkcs1', PKCS8: 'pkcs8' };

/** Exact, case-sensitive mapping; anything else is copied verbatim. */
const mapValue = (table: Readonly<Record<string, string>>, v: unknown): unknown =>
  typeof v === 'string' && Object.hasOwn(table, v) ? table[v] : v;

/** Go's zero test for the three key fields ("" and 0 are unset). */
const isSet = (v: unknown): boolean => v !== undefined && v !== null && v !== '' && v !== 0;

interface Shape {
  /** v1alpha2: `spec.organization` ↔ `spec.subject.organizations`. */
  readonly organization: boolean;
  /** v1alpha2, v1alpha3: `keyAlgorithm`/`keyEncoding`/`keySize` ↔ `privateKey.*`. */
  readonly keyFields: boolean;
}

const SAN_RENAMES = [
  ['emailAddresses', 'emailSANs'],
  ['uris', 'uriSANs'],
] as const;

function toHub(shape: Shape, o: JsonObject): void {
  const spec = o.spec;
  if (!isRecord(spec)) return;
  for (const [hub, old] of SAN_RENAMES) {
    delete spec[hub]; // not a field of the old versions: Go drops it on decode
    renameKey(spec, old, hub); // conversion §2.1.3, §2.2.3
    omitEmpty(spec, hub);
  }
  if (shape.organization) organizationToHub(spec);
  if (shape.keyFields) o.spec = keyFieldsToHub(spec);
}

function organizationToHub(spec: JsonObject): void {
  if (isRecord(spec.subject)) delete spec.subject.organizations; // unknown to the v1alpha2 subject
  const orgs = spec.organization;
  delete spec.organization;
  if (Array.isArray(orgs) && orgs.length > 0) {
    // conversion §2.1.4: a non-empty list creates the subject when needed
    const subject = isRecord(spec.subject) ? spec.subject : {};
    subject.organizations = orgs;
    spec.subject = subject;
  }
}

/** The old versions' key fields, and their v1 names inside `privateKey`. */
const OLD_KEY_FIELDS = ['keyAlgorithm', 'keyEncoding', 'keySize'];
const HUB_KEY_FIELDS = ['algorithm', 'encoding', 'size'];

/** Returns the spec to use in place of `spec` (a copy without the old key fields, when it had any). */
function keyFieldsToHub(spec: JsonObject): JsonObject {
  if (isRecord(spec.privateKey)) for (const k of HUB_KEY_FIELDS) delete spec.privateKey[k];
  const { keyAlgorithm, keyEncoding, keySize } = spec;
  const out = withoutKeys(spec, OLD_KEY_FIELDS);
  if (!isSet(keyAlgorithm) && !isSet(keyEncoding) && !isSet(keySize)) return out;
  // conversion §2.1.5: any one key field creates privateKey and sets all three (zeros omitted)
  const pk = isRecord(out.privateKey) ? out.privateKey : {};
  if (isSet(keyAlgorithm)) pk.algorithm = mapValue(ALGORITHM_TO_HUB, keyAlgorithm);
  if (isSet(keyEncoding)) pk.encoding = mapValue(ENCODING_TO_HUB, keyEncoding);
  if (isSet(keySize)) pk.size = keySize;
  out.privateKey = pk;
  return out;
}

function fromHub(shape: Shape, o: JsonObject): void {
  const spec = o.spec;
  if (!isRecord(spec)) return;
  for (const [hub, old] of SAN_RENAMES) {
    delete spec[old]; // not a v1 field
    renameKey(spec, hub, old); // conversion §2.1.3, §2.2.3
    omitEmpty(spec, old);
  }
  if (shape.organization) organizationFromHub(spec);
  if (shape.keyFields) keyFieldsFromHub(spec);
}

function organizationFromHub(spec: JsonObject): void {
  delete spec.organization;
  if (!isRecord(spec.subject)) return;
  // conversion §2.2.2/§2.2.4: the subject stays (possibly `{}`), organizations move out of it
  const orgs = spec.subject.organizations;
  delete spec.subject.organizations;
  if (Array.isArray(orgs) && orgs.length > 0) spec.organization = orgs;
}

function keyFieldsFromHub(spec: JsonObject): void {
  for (const k of OLD_KEY_FIELDS) delete spec[k];
  const pk = spec.privateKey;
  if (!isRecord(pk)) return;
  // conversion §2.2.5: privateKey keeps only rotationPolicy, the rest moves to top-level keys
  const { algorithm, encoding, size } = pk;
  spec.privateKey = withoutKeys(pk, HUB_KEY_FIELDS);
  if (isSet(algorithm)) spec.keyAlgorithm = mapValue(ALGORITHM_FROM_HUB, algorithm);
  if (isSet(encoding)) spec.keyEncoding = mapValue(ENCODING_FROM_HUB, encoding);
  if (isSet(size)) spec.keySize = size;
}

// The round-trip tests below follow toHub and fromHub above step by step: each says when the
// steps of one direction are undone exactly by those of the other.

const nonEmptyList = (v: unknown): boolean => Array.isArray(v) && v.length > 0;

/** fromHub after toHub gives the old-version `o` back. */
function oldRoundTrips(shape: Shape, o: JsonObject): boolean {
  const spec = o.spec;
  if (!isRecord(spec)) return true;
  // A v1 name is deleted; an empty old value is omitted.
  for (const [hub, old] of SAN_RENAMES)
    if (Object.hasOwn(spec, hub) || (Object.hasOwn(spec, old) && isOmittedEmpty(spec[old]))) return false;
  if (shape.organization) {
    // subject.organizations is deleted; organization comes back only from a non-empty list, in a subject that existed.
    if (isRecord(spec.subject) && Object.hasOwn(spec.subject, 'organizations')) return false;
    if (Object.hasOwn(spec, 'organization') && !(nonEmptyList(spec.organization) && isRecord(spec.subject))) return false;
  }
  if (shape.keyFields) {
    // privateKey's v1 key fields are deleted; unset old key fields are dropped; set ones need a privateKey object to go to.
    const pk = spec.privateKey;
    if (isRecord(pk) && HUB_KEY_FIELDS.some((k) => Object.hasOwn(pk, k))) return false;
    let set = false;
    for (const k of OLD_KEY_FIELDS) {
      if (!Object.hasOwn(spec, k)) continue;
      if (!isSet(spec[k])) return false;
      set = true;
    }
    if (set && !isRecord(pk)) return false;
    if (!mapsBack(spec.keyAlgorithm, ALGORITHM_TO_HUB, ALGORITHM_FROM_HUB)) return false;
    if (!mapsBack(spec.keyEncoding, ENCODING_TO_HUB, ENCODING_FROM_HUB)) return false;
  }
  return true;
}

/** toHub after fromHub gives the v1 `o` back. */
function hubRoundTrips(shape: Shape, o: JsonObject): boolean {
  const spec = o.spec;
  if (!isRecord(spec)) return true;
  for (const [hub, old] of SAN_RENAMES)
    if (Object.hasOwn(spec, old) || (Object.hasOwn(spec, hub) && isOmittedEmpty(spec[hub]))) return false;
  if (shape.organization) {
    if (Object.hasOwn(spec, 'organization')) return false;
    const subject = spec.subject;
    if (isRecord(subject) && Object.hasOwn(subject, 'organizations') && !nonEmptyList(subject.organizations)) return false;
  }
  if (shape.keyFields) {
    if (OLD_KEY_FIELDS.some((k) => Object.hasOwn(spec, k))) return false;
    const pk = spec.privateKey;
    if (isRecord(pk)) {
      for (const k of HUB_KEY_FIELDS) if (Object.hasOwn(pk, k) && !isSet(pk[k])) return false;
      if (!mapsBack(pk.algorithm, ALGORITHM_FROM_HUB, ALGORITHM_TO_HUB)) return false;
      if (!mapsBack(pk.encoding, ENCODING_FROM_HUB, ENCODING_TO_HUB)) return false;
    }
  }
  return true;
}

function spoke(shape: Shape): Spoke {
  const renames: [string, string][] = SAN_RENAMES.map(([hub, old]) => [`spec.${hub}`, `spec.${old}`]);
  if (shape.organization) renames.push(['spec.subject.organizations', 'spec.organization']);
  if (shape.keyFields) {
    renames.push(['spec.privateKey.algorithm', 'spec.keyAlgorithm']);
    renames.push(['spec.privateKey.encoding', 'spec.keyEncoding']);
    renames.push(['spec.privateKey.size', 'spec.keySize']);
  }
  const created: [string, string[]][] = [];
  if (shape.organization) created.push(['spec.subject', ['spec.organization']]);
  if (shape.keyFields) created.push(['spec.privateKey', ['spec.keyAlgorithm', 'spec.keySize', 'spec.keyEncoding']]);
  const touches = ['spec', 'spec.subject', 'spec.privateKey'];
  return {
    toHub: (o) => toHub(shape, o),
    fromHub: (o) => fromHub(shape, o),
    renames,
    created,
    touches,
    oldRoundTrips: (o) => oldRoundTrips(shape, o),
    hubRoundTrips: (o) => hubRoundTrips(shape, o),
  };
}

/** Certificate v1alpha2 ↔ v1. */
export const certificateV1alpha2 = spoke({ organization: true, keyFields: true });
/** Certificate v1alpha3 ↔ v1. */
export const certificateV1alpha3 = spoke({ organization: false, keyFields: true });
/** Certificate v1beta1 ↔ v1. */
export const certificateV1beta1 = spoke({ organization: false, keyFields: false });
