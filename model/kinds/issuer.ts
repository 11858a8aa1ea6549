/**
 * Issuer and ClusterIssuer (cert-manager.io): the same spec and status in both kinds.
 * Work in progress: the issuer configurations follow.
 */
import type { Version } from '../../src/scheme/kinds.js';
import { any, obj, type ObjectSchema, str } from '../dsl.js';

/** The root schema of an Issuer or ClusterIssuer in the given API version. */
export function issuerSchema(version: Version, _kind: 'Issuer' | 'ClusterIssuer'): ObjectSchema {
  const required = version === 'v1alpha2' || version === 'v1alpha3' ? [] : ['spec'];
  return obj(
    { apiVersion: str(), kind: str(), metadata: any(), spec: any(), status: any() },
    required.length > 0 ? { required } : {},
  );
}
