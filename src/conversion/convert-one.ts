/**
 * Lossless conversion of one object: upstream's conversion plus the preservation annotation
 * (preserve.ts). The round trips S → T → S give back the input exactly.
 */
import type { Group, Kind, Version } from '../scheme/kinds.js';
import { cloneJson, isRecord, type JsonObject } from '../util/json.js';
import { applyPatch, diffJson } from './json-patch.js';
import { plainConvert } from './plain.js';
import { annotationShape, preservationKey, readPreserved, withKey, withoutKey } from './preserve.js';

/** Converts `object` (a `kind` of `group` in version `from`) to version `to`, losslessly. */
export function convertOne(object: JsonObject, group: Group, kind: Kind, from: Version, to: Version): JsonObject {
  if (from === to) return cloneJson(object);
  const restoreKey = preservationKey(to);
  const backKey = preservationKey(from);
  const record = readPreserved(object, restoreKey);
  // A record for the object's own version is stale: nothing can use it, so it is dropped.
  const source = withoutKey(withoutKey(object, restoreKey), backKey);
  let out = plainConvert(source, group, kind, from, to);
  if (record !== undefined && record.from === from) {
    const patched = applyPatch(out, record.patch);
    if (isRecord(patched)) out = patched;
    out.apiVersion = `${group}/${to}`;
  }
  const back = plainConvert(annotationShape(out, backKey), group, kind, to, from);
  const patch = diffJson(back, source);
  return patch.length === 0 ? out : withKey(out, backKey, JSON.stringify({ from: to, patch }));
}
