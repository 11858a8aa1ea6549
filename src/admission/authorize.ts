/**
 * The approval plugin's authorization check (spec/admission.md §1.7.4): for each signer name in
 * order, ask whether the requester may `approve` it. An allow stops; a deny (or no opinion)
 * tries the next name; a failure (throw, rejection, timeout) denies at once.
 */
import { guardedCall } from './call.js';
import type { AdmissionOptions, AdmissionUser, AuthorizationAttributes } from './types.js';

/** The decision, with a note for the denial message when the check itself could not run. */
export interface SignerDecision {
  readonly allowed: boolean;
  readonly note?: string;
}

/** The attributes of the SubjectAccessReview for one signer name. */
export function signerAttributes(user: AdmissionUser, name: string): AuthorizationAttributes {
  return { user, verb: 'approve', group: 'cert-manager.io', version: '*', resource: 'signers', name, namespace: '' };
}

/**
 * Asks `authorize` about each name until one is allowed.
 * @param authorize - the caller's authorizer, if any
 * @param user - the requester
 * @param names - the signer names, in the order to try
 */
export async function authorizeSigner(
  authorize: AdmissionOptions['authorize'],
  user: AdmissionUser,
  names: readonly string[],
): Promise<SignerDecision> {
  if (authorize === undefined) return { allowed: false, note: 'no authorizer is configured, so approvals cannot be checked' };
  for (const name of names) {
    const call = await guardedCall(authorize, signerAttributes(user, name));
    if (!call.ok) {
      // The authorizer's own error text is not shown, as upstream; only that the check failed.
      return { allowed: false, note: call.timedOut ? 'the authorization check timed out' : 'the authorization check failed' };
    }
    if (call.value === true) return { allowed: true };
  }
  return { allowed: false };
}
