/**
 * The `runtime` default set (spec/defaults.md §2.2): `SetRuntimeDefaults_Certificate`, which
 * cert-manager's key manager applies in memory on every reconcile (cert-manager master, v1).
 */
import type { Defaulter } from './types.js';
import { defaultEmptyString, objectAt } from './draft.js';

/** The rotation policy an empty `spec.privateKey.rotationPolicy` stands for on master. */
export const DEFAULT_ROTATION_POLICY = 'Always';

/**
 * §2.2 SetRuntimeDefaults_Certificate: `spec.privateKey` is created when absent, then an empty
 * `rotationPolicy` becomes `Always`. Any non-empty value is kept; nothing else in `privateKey`
 * is touched.
 */
export const defaultRotationPolicy: Defaulter = (draft, at, errors) => {
  const specAt = at.child('spec');
  const spec = objectAt(draft, 'spec', specAt, errors, true);
  if (spec === undefined) return;
  const keyAt = specAt.child('privateKey');
  const privateKey = objectAt(spec, 'privateKey', keyAt, errors, true);
  if (privateKey === undefined) return;
  defaultEmptyString(privateKey, 'rotationPolicy', DEFAULT_ROTATION_POLICY, keyAt.child('rotationPolicy'), errors);
};
