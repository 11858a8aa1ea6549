/**
 * Challenge v1alpha2/v1alpha3 ↔ v1 (conversion.md §2.8): `authzURL` ↔ `authorizationURL`,
 * `spec.type` `http-01`/`dns-01` ↔ `HTTP-01`/`DNS-01`, and the solver's DNS provider keys.
 */
import { isRecord, type JsonObject } from '../util/json.js';
import { dnsKeyRenames, dnsKeysFromHub, dnsKeysToHub, noDnsKeysIn } from './acme-dns.js';
import type { Spoke } from './types.js';
import { mapsBack, renameKey } from './walk.js';

const TYPE_TO_HUB: Readonly<Record<string, string>> = { 'http-01': 'HTTP-01', 'dns-01': 'DNS-01' };
const TYPE_FROM_HUB: Readonly<Record<string, string>> = { 'HTTP-01': 'http-01', 'DNS-01': 'dns-01' };
const DNS01 = 'spec.solver.dns01';

function mapType(spec: JsonObject, table: Readonly<Record<string, string>>): void {
  const t = spec.type;
  if (typeof t === 'string' && Object.hasOwn(table, t)) spec.type = table[t]; // other values verbatim
}

function toHub(o: JsonObject): void {
  const spec = o.spec;
  if (!isRecord(spec)) return;
  delete spec.authorizationURL;
  renameKey(spec, 'authzURL', 'authorizationURL'); // conversion §2.8
  mapType(spec, TYPE_TO_HUB);
  dnsKeysToHub(o, DNS01);
}

function fromHub(o: JsonObject): void {
  const spec = o.spec;
  if (!isRecord(spec)) return;
  delete spec.authzURL;
  renameKey(spec, 'authorizationURL', 'authzURL'); // conversion §2.8
  mapType(spec, TYPE_FROM_HUB);
  dnsKeysFromHub(o, DNS01);
}

/** fromHub after toHub gives `o` back: the v1 name absent, the type mapped back, no v1 provider keys. */
function oldRoundTrips(o: JsonObject): boolean {
  const spec = o.spec;
  if (!isRecord(spec)) return true;
  return !Object.hasOwn(spec, 'authorizationURL') && mapsBack(spec.type, TYPE_TO_HUB, TYPE_FROM_HUB) && noDnsKeysIn(o, DNS01, 0);
}

/** toHub after fromHub gives `o` back. */
function hubRoundTrips(o: JsonObject): boolean {
  const spec = o.spec;
  if (!isRecord(spec)) return true;
  return !Object.hasOwn(spec, 'authzURL') && mapsBack(spec.type, TYPE_FROM_HUB, TYPE_TO_HUB) && noDnsKeysIn(o, DNS01, 1);
}

/** Challenge v1alpha2/v1alpha3 ↔ v1. */
export const challengeOld: Spoke = {
  toHub,
  fromHub,
  oldRoundTrips,
  hubRoundTrips,
  renames: [['spec.authorizationURL', 'spec.authzURL'], ...dnsKeyRenames(DNS01)],
  touches: ['spec', DNS01],
};
