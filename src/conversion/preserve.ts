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
import { isRecord, type JsonObject } from '../util/json.js';
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

/**
 * `o` without the annotation `key`; an annotation map or metadata left empty goes too. Only the
 * object, metadata and annotations are copied (shallowly): the result shares everything else
 * with `o`, so neither may be changed afterwards.
 */
export function withoutKey(o: JsonObject, key: string): JsonObject {
  const meta = o.metadata;
  if (!isRecord(meta) || !isRecord(meta.annotations) || !Object.hasOwn(meta.annotations, key)) return o;
  const annotations = { ...meta.annotations };
  delete annotations[key];
  const metadata: JsonObject = { ...meta, annotations };
  if (Object.keys(annotations).length === 0) delete metadata.annotations;
  const out: JsonObject = { ...o, metadata };
  if (Object.keys(metadata).length === 0) delete out.metadata;
  return out;
}

/**
 * `o` with the annotation `key` set, creating metadata and annotations as needed (or replacing
 * them when they are not objects). Copies like {@link withoutKey}; `o` is not changed.
 */
export function withKey(o: JsonObject, key: string, value: string): JsonObject {
  const meta = isRecord(o.metadata) ? o.metadata : {};
  const annotations = isRecord(meta.annotations) ? meta.annotations : {};
  return { ...o, metadata: { ...meta, annotations: { ...annotations, [key]: value } } };
}

/** What `o` looks like after {@link withKey} then {@link withoutKey}: the base a record patches. */
export function annotationShape(o: JsonObject, key: string): JsonObject {
  // Non-empty annotations without `key` come out as they went in: no copies needed.
  const meta = o.metadata;
  const annotations = isRecord(meta) ? meta.annotations : undefined;
  if (isRecord(annotations) && !Object.hasOwn(annotations, key) && Object.keys(annotations).length > 0) return o;
  return withoutKey(withKey(o, key, ''), key);
}
