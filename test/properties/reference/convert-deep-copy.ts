/**
 * The straightforward conversion of one object that convert() replaced: every stage works on a
 * deep copy of the whole object (the same-version path on a JSON text round trip), each table
 * pattern is walked on its own, and the round trip is compared with the input in full. Kept as
 * the reference the property tests compare the sharing implementation (src/conversion/) with.
 * Records are checked with src's checkRecord, and the fields whose zero value means absence come
 * from src's table: this file replaces neither.
 */
import { setOwn } from '../../../src/conversion/clone.js';
import { canonicalBase64, canonicalTime, type GoFormat } from '../../../src/conversion/go-form.js';
import { GO_FORM_PATHS } from '../../../src/conversion/go-form-paths.js';
import { applyPatch, diffJson, type PatchOp } from '../../../src/conversion/json-patch.js';
import { ZERO_MEANS_ABSENT_PATHS } from '../../../src/conversion/meaning.js';
import { PRESERVATION_PREFIX, preservationKey, withKey, withoutKey } from '../../../src/conversion/preserve.js';
import { checkRecord, forbiddenPath, parseRecord } from '../../../src/conversion/record.js';
import { SPOKES } from '../../../src/conversion/table.js';
import { V1_ONLY } from '../../../src/conversion/v1-only.js';
import { dropAt, eachMember, pattern } from '../../../src/conversion/walk.js';
import { canonicalDuration } from '../../../src/go/time/duration.js';
import { type Group, isVersion, type Kind, type Version } from '../../../src/scheme/kinds.js';
import { cloneJson, isRecord, type JsonObject, jsonEqual } from '../../../src/util/json.js';

/** The deep copy as it was: `map` over lists, `setOwn` per member, functions and undefined dropped. */
function copyJson<T>(v: T): T {
  if (typeof v !== 'object' || v === null) return v;
  if (Array.isArray(v)) return v.map((x) => (x === undefined ? null : copyJson(x))) as T;
  const out: JsonObject = {};
  for (const k of Object.keys(v)) {
    const x = (v as JsonObject)[k];
    if (x !== undefined && typeof x !== 'function') setOwn(out, k, copyJson(x));
  }
  return out as T;
}

/** Upstream's conversion on a deep copy, pattern by pattern. */
export function referencePlainConvert(object: JsonObject, group: Group, kind: Kind, from: Version, to: Version): JsonObject {
  const o = copyJson(object);
  const dropV1Only = () => {
    for (const p of V1_ONLY[kind]) dropAt(o, pattern(p));
  };
  if (from !== 'v1') {
    SPOKES[from][kind].toHub(o);
    dropV1Only();
  }
  for (const [p, format] of GO_FORM_PATHS[kind]) {
    eachMember(o, pattern(p), (parent, key) => {
      parent[key] = goForm(format, parent[key]);
    });
  }
  if (to !== 'v1') {
    dropV1Only();
    SPOKES[to][kind].fromHub(o);
  }
  o.apiVersion = `${group}/${to}`;
  return o;
}

function goForm(format: GoFormat, v: unknown): unknown {
  if (typeof v !== 'string') return v;
  const out = format === 'duration' ? canonicalDuration(v) : format === 'time' ? canonicalTime(v) : canonicalBase64(v);
  return out ?? v;
}

/** annotationShape as composed before its shortcut. */
const annotationShape = (o: JsonObject, key: string): JsonObject => withoutKey(withKey(o, key, ''), key);

const isZero = (v: unknown): boolean =>
  v === null || v === '' || v === 0 || (Array.isArray(v) && v.length === 0) || (isRecord(v) && Object.keys(v).length === 0);

function sameValueForm(format: GoFormat, v: unknown): unknown {
  if (typeof v !== 'string') return v;
  if (format === 'duration') return canonicalDuration(v) ?? v;
  if (format === 'bytes') return canonicalBase64(v) ?? v;
  return v.includes('.') ? v : (canonicalTime(v) ?? v);
}

function meaningOf(o: JsonObject, kind: Kind): JsonObject {
  const c = copyJson(o);
  const meta = c.metadata;
  if (isRecord(meta) && isRecord(meta.annotations)) {
    for (const k of Object.keys(meta.annotations)) if (k.startsWith(PRESERVATION_PREFIX)) delete meta.annotations[k];
    if (Object.keys(meta.annotations).length === 0) delete meta.annotations;
    if (Object.keys(meta).length === 0) delete c.metadata;
  }
  for (const p of ZERO_MEANS_ABSENT_PATHS[kind]) {
    eachMember(c, pattern(p), (parent, key) => {
      if (isZero(parent[key])) delete parent[key];
    });
  }
  for (const [p, format] of GO_FORM_PATHS[kind]) {
    eachMember(c, pattern(p), (parent, key) => {
      parent[key] = sameValueForm(format, parent[key]);
    });
  }
  return c;
}

const sameMeaning = (a: JsonObject, b: JsonObject, kind: Kind): boolean =>
  jsonEqual(a, b) || jsonEqual(meaningOf(a, kind), meaningOf(b, kind));

/** convertOne as it was: `preserve` writes records, else all are dropped. */
export function referenceConvertOne(
  object: JsonObject,
  group: Group,
  kind: Kind,
  from: Version,
  to: Version,
  options: { readonly preserve: boolean },
  warnings: string[],
): JsonObject {
  if (from === to) {
    const same = withoutStaleRecords(withoutKey(cloneJson(object), preservationKey(from)), group, kind, from);
    return options.preserve ? same : withoutRecords(same);
  }
  const restoreKey = preservationKey(to);
  const backKey = preservationKey(from);
  const source = withoutKey(withoutKey(object, restoreKey), backKey);
  const plain = referencePlainConvert(source, group, kind, from, to);
  let out = plain;
  const raw = annotations(object)?.[restoreKey];
  if (raw !== undefined) {
    const r = checkRecord(raw, { object: source, group, kind, from }, to, plain);
    if (r.ok) out = r.restored;
    else warnings.push(`ignored the annotation ${restoreKey}: ${r.problem}`);
  }
  out = withoutStaleRecords(out, group, kind, to);
  if (!options.preserve) return withoutRecords(out);
  const back = referencePlainConvert(annotationShape(out, backKey), group, kind, to, from);
  if (sameMeaning(back, source, kind)) return out;
  const patch = recordPatch(back, source, kind);
  return patch.length === 0 ? out : withKey(out, backKey, JSON.stringify({ from: to, patch }));
}

function recordPatch(back: JsonObject, source: JsonObject, kind: Kind): PatchOp[] {
  const allowed = diffJson(back, source).filter((op) => forbiddenPath(op.path) === undefined);
  const b = meaningOf(back, kind);
  const s = meaningOf(source, kind);
  const needed = allowed.filter((op) => !jsonEqual(valueAt(b, op.path), valueAt(s, op.path)));
  const restored = applyPatch(copyJson(back), needed);
  return isRecord(restored) && sameMeaning(restored, source, kind) ? needed : allowed;
}

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

function withoutRecords(o: JsonObject): JsonObject {
  let out = o;
  for (const key of Object.keys(annotations(o) ?? {})) if (key.startsWith(PRESERVATION_PREFIX)) out = withoutKey(out, key);
  return out;
}
