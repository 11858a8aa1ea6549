/**
 * The CertificateRequest approval plugin (spec/admission.md §1.7): on a `/status` UPDATE that
 * adds an `Approved` or `Denied` condition, the requester needs the `approve` verb on the
 * request's signer (`signers` in `cert-manager.io`).
 */
import { fe } from '../field/field-error.js';
import { arr, field, str } from '../util/json.js';
import { authorizeSigner } from './authorize.js';
import { fieldError, textError } from './message.js';
import {
  isCertificateRequests,
  notOfType,
  type Plugin,
  RESOURCE_UNSET,
  resourceUnset,
  type ValidationInput,
  type ValidationOutcome,
} from './plugin.js';
import { resolveSigner } from './signer.js';

/** Whether the object has a condition of this type. */
function hasCondition(object: unknown, type: string): boolean {
  return (arr(object, 'status', 'conditions') ?? []).some((c) => field(c, 'type') === type);
}

/** §1.7.1: an Approved or Denied condition appears that the old object did not have. */
function addsDecision(oldObject: unknown, object: unknown): boolean {
  return ['Approved', 'Denied'].some((t) => !hasCondition(oldObject, t) && hasCondition(object, t));
}

/** Synchronous until a decision is added: only then are the signer and the requester's rights looked up. */
function validate(input: ValidationInput): ValidationOutcome | Promise<ValidationOutcome> {
  const { request, object, oldObject } = input;
  if (resourceUnset(request.resource)) return { error: RESOURCE_UNSET };
  if (!isCertificateRequests(request.resource) || request.subResource !== 'status') return {};
  if (object.kind !== 'CertificateRequest') return { error: notOfType('object', 'CertificateRequest') };
  if (oldObject === undefined || oldObject.kind !== 'CertificateRequest') return { error: notOfType('oldObject', 'CertificateRequest') };
  if (!addsDecision(oldObject.object, object.object)) return {};
  return authorizeDecision(input);
}

async function authorizeDecision({ request, object, options }: ValidationInput): Promise<ValidationOutcome> {
  // §1.7.2: the raw issuerRef names the signer in messages; group and kind default for the lookup.
  const name = str(object.object, 'spec', 'issuerRef', 'name');
  const rawKind = str(object.object, 'spec', 'issuerRef', 'kind');
  const rawGroup = str(object.object, 'spec', 'issuerRef', 'group');
  const ref = `{${name} ${rawKind} ${rawGroup}}`;
  const group = rawGroup || 'cert-manager.io';
  const resolved = await resolveSigner(options.discover, group, rawKind || 'Issuer');
  if (!resolved.ok) return { error: textError(resolved.error) };
  if (resolved.resource === undefined) {
    return { error: fieldError(fe.forbidden('spec.issuerRef', `referenced signer resource does not exist: ${ref}`)) };
  }
  const { resource, namespaced } = resolved.resource;
  const namespace = str(object.object, 'metadata', 'namespace');
  const signerNames = [`${resource}.${group}/*`, `${resource}.${group}/${namespaced ? `${namespace}.${name}` : name}`];
  const decision = await authorizeSigner(options.authorize, request.userInfo, signerNames);
  if (decision.allowed) return {};
  const detail = `user ${JSON.stringify(request.userInfo.username)} does not have permissions to set approved/denied conditions for issuer ${ref}`;
  const why = decision.note === undefined ? '' : ` (${decision.note})`;
  return { error: fieldError(fe.forbidden('status.conditions', detail + why)) };
}

/** The approval plugin: validates UPDATEs only. */
export const approvalPlugin: Plugin = { name: 'approval', handles: (op) => op === 'UPDATE', validate };
