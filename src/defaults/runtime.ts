/**
 * The `runtime` default set (spec/defaults.md §2.2): `SetRuntimeDefaults_Certificate`, which
 * cert-manager's key manager applies in memory on every reconcile (cert-manager master, v1).
 */
import { isAtLeast } from '../release/release.js';
import type { Defaulter } from './types.js';
import { defaultEmptyString, objectAt } from './draft.js';

/** The rotation policy an empty `spec.privateKey.rotationPolicy` stands for on master (and from v1.18). */
export const DEFAULT_ROTATION_POLICY = 'Always';
/** What an empty rotation policy meant before v1.18 (spec/defaults.md §2.2, history). */
export const LEGACY_ROTATION_POLICY = 'Never';

/**
 * §2.2 SetRuntimeDefaults_Certificate: `spec.privateKey` is created when absent, then an empty
 * `rotationPolicy` becomes `Always` (`Never` for releases before v1.18, whose controllers read an
 * empty policy as Never). Any non-empty value is kept; nothing else in `privateKey` is touched.
 */
export const defaultRotationPolicy: Defaulter = (root, errors, release) => {
  const spec = objectAt(root, 'spec', errors, true);
  if (spec === undefined) return;
  const privateKey = objectAt(spec, 'privateKey', errors, true);
  if (privateKey === undefined) return;
  const policy = isAtLeast(release, 'v1.18') ? DEFAULT_ROTATION_POLICY : LEGACY_ROTATION_POLICY;
  defaultEmptyString(privateKey, 'rotationPolicy', policy, errors);
};
