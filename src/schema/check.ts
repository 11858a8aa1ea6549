import type { FieldError } from '../field/field-error.js';
import type { Group, Kind, Version } from '../scheme/kinds.js';

/** Checks an object against the JSON Schema of its group/version/kind. (Placeholder.) */
export function checkSchema(_object: unknown, _group: Group, _version: Version, _kind: Kind): FieldError[] {
  return [];
}
