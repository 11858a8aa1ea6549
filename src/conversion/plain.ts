/**
 * Upstream's conversion of one object, A → v1 → B, without any preservation: the spokes'
 * renames, the v1-only fields dropped on the old side, and values re-printed in Go form.
 */
import type { Group, Kind, Version } from '../scheme/kinds.js';
import type { JsonObject } from '../util/json.js';
import { copyJson } from './clone.js';
import { goForm } from './go-form.js';
import { GO_FORM_PATHS } from './go-form-paths.js';
import { SPOKES } from './table.js';
import { V1_ONLY } from './v1-only.js';
import { dropAt, eachMember, pattern } from './walk.js';

/** A converted copy of `object` (a `kind` of `group` in version `from`) in version `to`. */
export function plainConvert(object: JsonObject, group: Group, kind: Kind, from: Version, to: Version): JsonObject {
  const o = copyJson(object);
  if (from !== 'v1') {
    SPOKES[from][kind].toHub(o);
    dropV1Only(o, kind); // unknown to the old Go type, so never decoded
  }
  reprint(o, kind);
  if (to !== 'v1') {
    dropV1Only(o, kind);
    SPOKES[to][kind].fromHub(o);
  }
  o.apiVersion = `${group}/${to}`;
  return o;
}

/** Old → v1 for validation: as {@link plainConvert} but nothing re-printed, so rules see values as written. */
export function toHubLenient(object: JsonObject, kind: Kind, from: Exclude<Version, 'v1'>): JsonObject {
  const o = copyJson(object);
  SPOKES[from][kind].toHub(o);
  dropV1Only(o, kind);
  return o;
}

function dropV1Only(o: JsonObject, kind: Kind): void {
  for (const p of V1_ONLY[kind]) dropAt(o, pattern(p));
}

function reprint(o: JsonObject, kind: Kind): void {
  for (const [p, format] of GO_FORM_PATHS[kind]) {
    eachMember(o, pattern(p), (parent, key) => {
      parent[key] = goForm(format, parent[key]);
    });
  }
}
