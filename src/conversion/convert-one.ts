/**
 * Conversion of one object: upstream's conversion, the record that restores the target
 * version applied when it is valid (record.ts), stale records removed, and, when converting
 * back would change the object's meaning (meaning.ts), a new record (preserve.ts).
 */
import { type Group, isVersion, type Kind, type Version } from '../scheme/kinds.js';
import { cloneJson, isRecord, type JsonObject } from '../util/json.js';
import { diffJson } from './json-patch.js';
import { sameMeaning } from './meaning.js';
import { plainConvert } from './plain.js';
import { annotationShape, PRESERVATION_PREFIX, preservationKey, withKey, withoutKey } from './preserve.js';
import { checkRecord, forbiddenPath, parseRecord } from './record.js';

/** How {@link convertOne} treats preservation records. */
export interface ConvertOneOptions {
  /** Write a record when converting back would change the object's meaning (default); false: write none and drop all. */
  readonly preserve: boolean;
}

/** Converts `object` (a `kind` of `group` in version `from`) to version `to`; warnings go to `warnings`. */
export function convertOne(
  object: JsonObject,
  group: Group,
  kind: Kind,
  from: Version,
  to: Version,
  options: ConvertOneOptions,
  warnings: string[],
): JsonObject {
  if (from === to) return cloneJson(object);
  const restoreKey = preservationKey(to);
  const backKey = preservationKey(from);
  // A record for the object's own version is stale: nothing can use it, so it is dropped.
  const source = withoutKey(withoutKey(object, restoreKey), backKey);
  const plain = plainConvert(source, group, kind, from, to);
  let out = plain;
  const raw = annotations(object)?.[restoreKey];
  if (raw !== undefined) {
    const r = checkRecord(raw, { object: source, group, kind, from }, to, plain);
    if (r.ok) out = r.restored;
    else warnings.push(`ignored the annotation ${restoreKey}: ${r.problem}`);
  }
  out = withoutStaleRecords(out, group, kind, to);
  if (!options.preserve) return withoutRecords(out);
  const back = plainConvert(annotationShape(out, backKey), group, kind, to, from);
  if (sameMeaning(back, source, kind)) return out;
  // status is the controller's and metadata is never converted: a record restores neither.
  const patch = diffJson(back, source).filter((op) => forbiddenPath(op.path) === undefined);
  return patch.length === 0 ? out : withKey(out, backKey, JSON.stringify({ from: to, patch }));
}

const annotations = (o: JsonObject): JsonObject | undefined =>
  isRecord(o.metadata) && isRecord(o.metadata.annotations) ? o.metadata.annotations : undefined;

/**
 * `o` (in `version`) without the records written from `version` that no longer apply to it
 * (the object changed since) or that would change nothing of its meaning. Records written from
 * other versions ride along untouched: they are checked when the object is back in that version.
 */
function withoutStaleRecords(o: JsonObject, group: Group, kind: Kind, version: Version): JsonObject {
  let out = o;
  for (const [key, raw] of Object.entries(annotations(o) ?? {})) {
    if (!key.startsWith(PRESERVATION_PREFIX)) continue;
    const target = key.slice(PRESERVATION_PREFIX.length);
    const parsed = parseRecord(raw);
    if (!isVersion(target) || !parsed.ok || parsed.from !== version) continue;
    const site = { object: withoutKey(out, key), group, kind, from: version };
    const r = checkRecord(raw, site, target);
    if (!r.ok || r.redundant) out = withoutKey(out, key);
  }
  return out;
}

/** `o` without any preservation record (what upstream's conversion gives). */
function withoutRecords(o: JsonObject): JsonObject {
  let out = o;
  for (const key of Object.keys(annotations(o) ?? {})) if (key.startsWith(PRESERVATION_PREFIX)) out = withoutKey(out, key);
  return out;
}
