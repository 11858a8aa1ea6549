/**
 * cmapi's opt-in `defaults` mutation plugin: fills in the defaults of any of the six kinds with
 * `applyDefaults` (all default sets), on CREATE and UPDATE. Objects that are not cert-manager
 * objects pass unchanged; a value of the wrong type where a default goes stops the chain.
 */
import { applyDefaults } from '../defaults/apply.js';
import { identify } from '../scheme/identify.js';
import type { JsonObject } from '../util/json.js';
import { fieldErrors } from './message.js';
import { createOrUpdate, type MutationOutcome, type Plugin, RESOURCE_UNSET, resourceUnset } from './plugin.js';
import type { AdmissionRequestView } from './review.js';
import type { AdmissionOptions } from './types.js';

function mutate(request: AdmissionRequestView, object: JsonObject, options: AdmissionOptions): MutationOutcome {
  if (resourceUnset(request.resource)) return { error: RESOURCE_UNSET };
  const id = identify(object);
  if (!id.ok || id.identity.shape !== 'object') return { object };
  const result = applyDefaults(object, options.certManagerVersion === undefined ? {} : { certManagerVersion: options.certManagerVersion });
  const error = fieldErrors(result.errors);
  return error === undefined ? { object: result.object as JsonObject } : { error };
}

/** The defaults plugin: mutates only. */
export const defaultsPlugin: Plugin = { name: 'defaults', handles: createOrUpdate, mutate };
