import type { Kind, OldVersion } from '../scheme/kinds.js';
import type { JsonObject } from '../util/json.js';

/**
 * Old version → v1 for validation. Returns undefined while a converter is missing.
 * (Placeholder: the conversion module replaces this.)
 */
export function toHubForValidation(_object: JsonObject, _version: OldVersion, _kind: Kind): JsonObject | undefined {
  return undefined;
}

/** Maps a v1 field path of a converted object back to the path in the source version. */
export function pathFromHub(_kind: Kind, _version: OldVersion, field: string, _source: JsonObject): string {
  return field;
}
