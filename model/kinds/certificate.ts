/**
 * Certificate (cert-manager.io): a request for a signed certificate and private key kept in a
 * Secret, in all four API versions.
 */
import type { Version } from '../../src/scheme/kinds.js';
import { type ObjectSchema, ref } from '../dsl.js';
import { certificateSpec } from '../defs/certificate-spec.js';
import { certificateStatus } from '../defs/certificate-status.js';
import { root } from '../defs/meta.js';

/** The root schema of a Certificate in the given API version. */
export function certificateSchema(version: Version): ObjectSchema {
  return root({
    spec: ref(certificateSpec(version)),
    status: ref(certificateStatus(version)),
    // v1alpha2/v1alpha3 do not require spec; v1beta1 (v1.6.3) does; v1 (master) no longer does.
    required: version === 'v1beta1' ? ['spec'] : [],
    // The v1.12 CRD of v1 still required spec.
    ...(version === 'v1' ? { history: [{ until: 'v1.13', was: { required: ['spec'] } }] } : {}),
    description: 'A desired X.509 certificate and the Secret it is stored in.',
  });
}
