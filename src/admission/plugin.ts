/**
 * The admission plugin contract (spec/admission.md §1.5) and the checks every plugin shares.
 */
import { type Kind, kindInfo } from '../scheme/kinds.js';
import type { JsonObject } from '../util/json.js';
import type { Decoded } from './decode.js';
import { type PluginError, textError } from './message.js';
import type { AdmissionRequestView, GroupVersionResource } from './review.js';
import type { AdmissionOptions, PluginName } from './types.js';

/** What a validating plugin sees: the request, the decoded objects and the options. */
export interface ValidationInput {
  readonly request: AdmissionRequestView;
  readonly object: Decoded;
  /** Decoded on UPDATE only. */
  readonly oldObject: Decoded | undefined;
  readonly options: AdmissionOptions;
}

/** What a validating plugin returns. */
export interface ValidationOutcome {
  readonly error?: PluginError;
  readonly warnings?: readonly string[];
}

/** What a mutating plugin returns: the (possibly new) object, or an error that stops the chain. */
export type MutationOutcome = { readonly object: JsonObject } | { readonly error: PluginError };

/** One plugin of the chain. A plugin validates, mutates or both. */
export interface Plugin {
  readonly name: PluginName;
  /** Whether the plugin takes part for this `request.operation`. */
  handles(operation: string): boolean;
  validate?(input: ValidationInput): ValidationOutcome | Promise<ValidationOutcome>;
  mutate?(request: AdmissionRequestView, object: JsonObject, options: AdmissionOptions): MutationOutcome;
}

/** DISPATCH-RESOURCE-UNSET: every plugin's first check. */
export const RESOURCE_UNSET = textError('internal error: admission request Resource field is unset');

/** Whether `request.resource` is the zero value (all three parts empty). */
export function resourceUnset(resource: GroupVersionResource): boolean {
  return resource.group === '' && resource.version === '' && resource.resource === '';
}

/** Whether the request is for CertificateRequests (any version, any subresource). */
export function isCertificateRequests(resource: GroupVersionResource): boolean {
  return resource.group === 'cert-manager.io' && resource.resource === 'certificaterequests';
}

/** DISPATCH-TYPE-MISMATCH: `internal error: object in admission request is not of type <Go type of kind>`. */
export function notOfType(which: 'object' | 'oldObject', kind: Kind): PluginError {
  return textError(`internal error: ${which} in admission request is not of type ${kindInfo(kind).internalType}`);
}

/** The operations CREATE and UPDATE. */
export const createOrUpdate = (operation: string): boolean => operation === 'CREATE' || operation === 'UPDATE';
