/** Builders of AdmissionReviews for the admission tests. */
import type { AdmissionReview } from '../../src/admission/types.js';

type Json = Record<string, unknown>;

/** A v1 AdmissionReview around `request` (uid, operation and userInfo filled in). */
export function reviewOf(request: Json): Json {
  return {
    apiVersion: 'admission.k8s.io/v1',
    kind: 'AdmissionReview',
    request: { uid: 'uid-1', operation: 'CREATE', userInfo: { username: 'alice' }, ...request },
  };
}

/** The `request.resource` of a cert-manager resource. */
export const resource = (plural: string, group = 'cert-manager.io') => ({ group, version: 'v1', resource: plural });

/** A minimal valid v1 Certificate. */
export function certificate(spec: Json = {}): Json {
  return {
    apiVersion: 'cert-manager.io/v1',
    kind: 'Certificate',
    metadata: { name: 'web', namespace: 'default' },
    spec: {
      secretName: 'web-tls',
      dnsNames: ['example.com'],
      issuerRef: { name: 'ca', kind: 'Issuer', group: 'cert-manager.io' },
      ...spec,
    },
  };
}

/** A v1 CertificateRequest with the given spec and conditions. */
export function certificateRequest(spec: Json = {}, conditions?: Json[]): Json {
  const cr: Json = { apiVersion: 'cert-manager.io/v1', kind: 'CertificateRequest', metadata: { name: 'cr', namespace: 'team-a' }, spec };
  if (conditions !== undefined) cr.status = { conditions };
  return cr;
}

/** A typical Certificate CREATE review, as the API server sends it. */
export function certificateCreate(): Json {
  return reviewOf({
    kind: { group: 'cert-manager.io', version: 'v1', kind: 'Certificate' },
    resource: resource('certificates'),
    name: 'web',
    namespace: 'default',
    object: certificate(),
    dryRun: false,
    options: { apiVersion: 'meta.k8s.io/v1', kind: 'CreateOptions' },
  });
}

/** The JSON Patch of a response, decoded. */
export function patchOf(answer: AdmissionReview): unknown[] {
  const p = answer.response.patch;
  return p === undefined ? [] : (JSON.parse(Buffer.from(p, 'base64').toString('utf8')) as unknown[]);
}

/** Freezes a JSON value deeply (inputs must never be mutated). */
export function deepFreeze<T>(v: T): T {
  if (typeof v === 'object' && v !== null) {
    for (const x of Object.values(v)) deepFreeze(x);
    Object.freeze(v);
  }
  return v;
}
