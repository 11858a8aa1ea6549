/**
 * The `scheme` default set (spec/defaults.md §2.1): cert-manager's `SetObjectDefaults_*`
 * functions for Certificate, CertificateRequest, Order and Challenge (cert-manager master, v1).
 */
import type { Defaulter } from './types.js';
import { defaultEmptyString, objectAt } from './draft.js';

/** The issuer kind an empty `issuerRef.kind` stands for. */
export const DEFAULT_ISSUER_KIND = 'Issuer';
/** The issuer group an empty `issuerRef.group` stands for (also on the ACME kinds). */
export const DEFAULT_ISSUER_GROUP = 'cert-manager.io';

/**
 * §2.1 SetObjectDefaults_{Certificate,CertificateRequest,Order,Challenge}: `spec.issuerRef.kind` empty → `Issuer`; `spec.issuerRef.group` empty →
 * `cert-manager.io`. The two are independent, non-empty values (even invalid ones) are kept and
 * `name` is never touched. As in Go, where `spec` and `issuerRef` are plain structs, they are
 * created when absent.
 */
export const defaultIssuerRef: Defaulter = (root, errors) => {
  const spec = objectAt(root, 'spec', errors, true);
  if (spec === undefined) return;
  const ref = objectAt(spec, 'issuerRef', errors, true);
  if (ref === undefined) return;
  defaultEmptyString(ref, 'kind', DEFAULT_ISSUER_KIND, errors);
  defaultEmptyString(ref, 'group', DEFAULT_ISSUER_GROUP, errors);
};
