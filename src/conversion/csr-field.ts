/**
 * CertificateRequest and Order: v1alpha2/v1alpha3 `spec.csr` ↔ v1 `spec.request`
 * (conversion.md §2.5, §2.7). The bytes are copied; base64 re-printing happens in go-form.ts.
 */
import { isRecord, type JsonObject } from '../util/json.js';
import type { Spoke } from './types.js';
import { renameKey } from './walk.js';

function csrToHub(o: JsonObject): void {
  if (!isRecord(o.spec)) return;
  delete o.spec.request; // unknown to the old Go types
  renameKey(o.spec, 'csr', 'request');
}

function csrFromHub(o: JsonObject): void {
  if (!isRecord(o.spec)) return;
  delete o.spec.csr; // unknown to v1
  renameKey(o.spec, 'request', 'csr');
}

/** v1alpha2/v1alpha3 CertificateRequest or Order ↔ v1. */
export const csrRenamed: Spoke = {
  toHub: csrToHub,
  fromHub: csrFromHub,
  renames: [['spec.request', 'spec.csr']],
  touches: ['spec'],
  // Each direction deletes the other's name first.
  oldRoundTrips: (o) => !isRecord(o.spec) || !Object.hasOwn(o.spec, 'request'),
  hubRoundTrips: (o) => !isRecord(o.spec) || !Object.hasOwn(o.spec, 'csr'),
};

/** A version whose only difference from v1 is `apiVersion` (and, elsewhere, the v1-only fields). */
export const identical: Spoke = {
  toHub: () => {},
  fromHub: () => {},
  renames: [],
  touches: [],
  oldRoundTrips: () => true,
  hubRoundTrips: () => true,
};
