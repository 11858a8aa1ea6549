/**
 * Conversion of one object: upstream's conversion, the record that restores the target
 * version applied when it is valid (record.ts), stale records removed, and, when converting
 * back would change the object's meaning (meaning.ts), a new record (preserve.ts).
 */
import { type Group, isVersion, type Kind, type Version } from '../scheme/kinds.js';
import { isRecord, type JsonObject, jsonEqual } from '../util/json.js';
import { copyAsJsonText, copyJson } from './clone.js';
import { applyPatch, diffJson, type PatchOp } from './json-patch.js';
import { meaningOf, sameMeaning } from './meaning.js';
import { plainConvertChecked, plainConvertShared } from './plain.js';
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
  if (from === to) {
    // Nothing to convert; records that no longer apply go, and without preservation all do.
    const same = withoutStaleRecords(withoutKey(copyAsJsonText(object), preservationKey(from)), group, kind, from);
    return options.preserve ? same : withoutRecords(same);
  }
  const restoreKey = preservationKey(to);
  const backKey = preservationKey(from);
  // A record for the object's own version is stale: nothing can use it, so it is dropped.
  const source = withoutKey(withoutKey(object, restoreKey), backKey);
  // A converted copy: the result shares nothing with the input.
  const { object: plain, reversible } = plainConvertChecked(source, group, kind, from, to);
  let out = plain;
  let restored = false;
  const raw = annotations(object)?.[restoreKey];
  if (raw !== undefined) {
    const r = checkRecord(raw, { object: source, group, kind, from }, to, plain);
    if (r.ok) [out, restored] = [r.restored, true];
    else warnings.push(`ignored the annotation ${restoreKey}: ${r.problem}`);
  }
  out = withoutStaleRecords(out, group, kind, to);
  if (!options.preserve) return withoutRecords(out);
  // Converting back would give `source` itself (plain.ts; the stale records dropped above are not
  // part of the meaning): no record is needed, and the round trip below can be spared.
  if (!restored && reversible) return out;
  const back = plainConvertShared(annotationShape(out, backKey), group, kind, to, from);
  if (sameMeaning(back, source, kind)) return out;
  const patch = recordPatch(back, source, kind);
  return patch.length === 0 ? out : withKey(out, backKey, JSON.stringify({ from: to, patch }));
}

/**
 * The operations that give `source` its meaning back from `back`: the exact diff without
 * operations on `status` (the controller's) or `metadata` (never converted), and without those
 * whose values mean the same (a duration in Go form, an empty object Go left behind). Falls
 * back to the whole allowed diff should the smaller one not restore the meaning.
 */
function recordPatch(back: JsonObject, source: JsonObject, kind: Kind): PatchOp[] {
  const allowed = diffJson(back, source).filter((op) => forbiddenPath(op.path) === undefined);
  const b = meaningOf(back, kind);
  const s = meaningOf(source, kind);
  const needed = allowed.filter((op) => !jsonEqual(valueAt(b, op.path), valueAt(s, op.path)));
  const restored = applyPatch(copyJson(back), needed);
  return isRecord(restored) && sameMeaning(restored, source, kind) ? needed : allowed;
}

/** The value at an RFC 6901 pointer, or undefined when there is none. */
function valueAt(root: unknown, pointer: string): unknown {
  let v = root;
  for (const raw of pointer.split('/').slice(1)) {
    const k = raw.replaceAll('~1', '/').replaceAll('~0', '~');
    if (isRecord(v)) v = Object.hasOwn(v, k) ? v[k] : undefined;
    else if (Array.isArray(v) && /^\d+$/.test(k)) v = v[Number(k)];
    else return undefined;
  }
  return v;
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
  const all = annotations(o);
  if (all === undefined) return o;
  for (const key of Object.keys(all)) {
    if (!key.startsWith(PRESERVATION_PREFIX)) continue;
    const raw = all[key];
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
