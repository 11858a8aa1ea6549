/**
 * The preservation annotation that makes conversion lossless (docs/conversion.md).
 *
 * Converting an object from version S to T writes, when needed, the annotation
 * `conversion.cmapi.io/<S>` whose value is compact JSON `{"from":"<T>","patch":[…]}`: the
 * RFC 6902 operations that turn upstream's conversion of the result back to S into exactly the
 * input. Converting T → S reads it, applies the patch and removes it. Nothing is written when
 * upstream's round trip is already exact.
 */
import type { Version } from '../scheme/kinds.js';
import { cloneJson, isRecord, type JsonObject } from '../util/json.js';
import { type PatchOp, readPatch } from './json-patch.js';

/** The annotation key prefix; it contains `cmapi`, so tools can recognise and ignore it. */
export const PRESERVATION_PREFIX = 'conversion.cmapi.io/';

/** The key of the annotation that restores the object as it was in `version`. */
export const preservationKey = (version: Version): string => PRESERVATION_PREFIX + version;

/** A parsed preservation record. */
export interface Preserved {
  /** The version the object had when the record was written. */
  readonly from: string;
  readonly patch: PatchOp[];
}

/** The record under `key`, or undefined when absent or not readable. */
export function readPreserved(o: JsonObject, key: string): Preserved | undefined {
  const ann = isRecord(o.metadata) && isRecord(o.metadata.annotations) ? o.metadata.annotations : undefined;
  const raw = ann?.[key];
  if (typeof raw !== 'string') return undefined;
  try {
    const v: unknown = JSON.parse(raw);
    return isRecord(v) && typeof v.from === 'string' ? { from: v.from, patch: readPatch(v.patch) } : undefined;
  } catch {
    return undefined;
  }
}

/** A copy of `o` without the annotation `key`; an annotation map or metadata left empty goes too. */
export function withoutKey(o: JsonObject, key: string): JsonObject {
  const out = cloneJson(o);
  const meta = out.metadata;
  if (!isRecord(meta) || !isRecord(meta.annotations) || !Object.hasOwn(meta.annotations, key)) return out;
  delete meta.annotations[key];
  if (Object.keys(meta.annotations).length === 0) delete meta.annotations;
  if (Object.keys(meta).length === 0) delete out.metadata;
  return out;
}

/** `o` (changed in place) with the annotation `key` set, creating metadata and annotations as needed. */
export function withKey(o: JsonObject, key: string, value: string): JsonObject {
  if (!isRecord(o.metadata)) o.metadata = {};
  const meta = o.metadata as JsonObject;
  if (!isRecord(meta.annotations)) meta.annotations = {};
  (meta.annotations as JsonObject)[key] = value;
  return o;
}

/** What `o` looks like after {@link withKey} then {@link withoutKey}: the base a record patches. */
export function annotationShape(o: JsonObject, key: string): JsonObject {
  return withoutKey(withKey(cloneJson(o), key, ''), key);
}
