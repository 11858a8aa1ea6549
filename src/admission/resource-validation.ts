/**
 * The resource-validation plugin (spec/admission.md §1.8, spec/validation.md §1.2): picks the
 * validator by `request.resource` (the subresource is ignored) and runs cmapi's semantic rules.
 */
import { KINDS, type KindInfo } from '../scheme/kinds.js';
import { DEPTH_CHECKED, type ValidateOptions, validate as validateObject } from '../validation/validate.js';
import { fieldErrors } from './message.js';
import {
  createOrUpdate,
  notOfType,
  type Plugin,
  RESOURCE_UNSET,
  resourceUnset,
  type ValidationInput,
  type ValidationOutcome,
} from './plugin.js';
import type { GroupVersionResource } from './review.js';

/** The kind whose v1 resource this is (group, version and resource exact), if any. */
function kindForResource(r: GroupVersionResource): KindInfo | undefined {
  return r.version === 'v1' ? KINDS.find((k) => k.group === r.group && k.plural === r.resource) : undefined;
}

function validate({ request, object, oldObject, options }: ValidationInput): ValidationOutcome {
  if (resourceUnset(request.resource)) return { error: RESOURCE_UNSET }; // DISPATCH-RESOURCE-UNSET
  const kind = kindForResource(request.resource);
  if (kind === undefined) return {};
  // DISPATCH-TYPE-MISMATCH: object first, then (UPDATE) oldObject.
  if (object.kind !== kind.kind) return { error: notOfType('object', kind.kind) };
  const update = request.operation === 'UPDATE';
  if (update && oldObject?.kind !== kind.kind) return { error: notOfType('oldObject', kind.kind) };
  const settings: ValidateOptions & { readonly [DEPTH_CHECKED]: true } = {
    operation: update ? 'UPDATE' : 'CREATE',
    oldObject: update ? oldObject?.object : undefined,
    ...(options.featureGates === undefined ? {} : { featureGates: options.featureGates }),
    ...(options.certManagerVersion === undefined ? {} : { certManagerVersion: options.certManagerVersion }),
    schema: false,
    // Decoding has already checked the depth of both objects (LIMIT-DEPTH): once per request.
    [DEPTH_CHECKED]: true,
  };
  const result = validateObject(object.object, settings);
  const error = fieldErrors(result.errors);
  return error === undefined ? { warnings: result.warnings } : { error, warnings: result.warnings };
}

/** The resource-validation plugin: validates CREATE and UPDATE. */
export const validationPlugin: Plugin = { name: 'validation', handles: createOrUpdate, validate };
