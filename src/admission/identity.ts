/**
 * The CertificateRequest identity plugin (spec/admission.md §1.6): on CREATE the mutation records
 * the requester in `spec.uid/username/groups/extra`; validation checks that record on CREATE and
 * keeps it unchanged on UPDATE (status updates included).
 */
import { isRecord, type JsonObject } from '../util/json.js';
import { identityMatchesRequester, identityUnchanged } from './identity-checks.js';
import { fieldErrors, textError } from './message.js';
import {
  createOrUpdate,
  isCertificateRequests,
  type MutationOutcome,
  notOfType,
  type Plugin,
  RESOURCE_UNSET,
  resourceUnset,
  type ValidationInput,
  type ValidationOutcome,
} from './plugin.js';
import { type AdmissionRequestView, defineOwn } from './review.js';

function validate({ request, object, oldObject }: ValidationInput): ValidationOutcome {
  if (resourceUnset(request.resource)) return { error: RESOURCE_UNSET };
  if (!isCertificateRequests(request.resource)) return {};
  if (object.kind !== 'CertificateRequest') return { error: notOfType('object', 'CertificateRequest') };
  if (request.operation === 'CREATE') return outcome(identityMatchesRequester(object.object, request.userInfo));
  if (oldObject === undefined || oldObject.kind !== 'CertificateRequest') return { error: notOfType('oldObject', 'CertificateRequest') };
  return outcome(identityUnchanged(oldObject.object, object.object));
}

function outcome(errors: Parameters<typeof fieldErrors>[0]): ValidationOutcome {
  const error = fieldErrors(errors);
  return error === undefined ? {} : { error };
}

/** CREATE: overwrite whatever identity the client sent with the requester's (the kind is not checked). */
function mutate(request: AdmissionRequestView, object: JsonObject): MutationOutcome {
  if (resourceUnset(request.resource)) return { error: RESOURCE_UNSET };
  if (request.operation !== 'CREATE' || !isCertificateRequests(request.resource)) return { object };
  const spec = object.spec ?? {};
  if (!isRecord(spec)) return { error: textError('cannot record the requester identity: spec must be an object') };
  const { uid = '', username, groups = [], extra } = request.userInfo;
  const next: JsonObject = { ...spec, uid, username, groups: [...groups] };
  delete next.extra;
  if (extra !== undefined && Object.keys(extra).length > 0) {
    const copy: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(extra)) defineOwn(copy, k, [...v]);
    next.extra = copy;
  }
  return { object: { ...object, spec: next } };
}

/** The identity plugin: validates and mutates. */
export const identityPlugin: Plugin = { name: 'identity', handles: createOrUpdate, validate, mutate };
