import { PRESERVATION_PREFIX } from '../../conversion/preserve.js';
import { isRecord, type JsonObject } from '../../util/json.js';

/**
 * A converted object without the preservation annotations (`conversion.cmapi.io/<version>`) that
 * make conversion lossless: what upstream's conversion webhook gives. An `annotations` map (or
 * `metadata`) left empty is removed when the source did not have one. Items of lists too.
 * @param source - the object before conversion
 * @param converted - the object after conversion (not modified)
 */
export function withoutPreservation(source: unknown, converted: unknown): unknown {
  if (!isRecord(converted)) return converted;
  const out: JsonObject = { ...converted };
  if (Array.isArray(converted.items)) {
    const before = isRecord(source) && Array.isArray(source.items) ? source.items : [];
    out.items = converted.items.map((item, i) => withoutPreservation(before[i], item));
  }
  if (!isRecord(converted.metadata) || !isRecord(converted.metadata.annotations)) return out;
  const annotations = Object.fromEntries(
    Object.entries(converted.metadata.annotations).filter(([k]) => !k.startsWith(PRESERVATION_PREFIX)),
  );
  const metadata: JsonObject = { ...converted.metadata, annotations };
  const sourceMeta = isRecord(source) && isRecord(source.metadata) ? source.metadata : undefined;
  if (Object.keys(annotations).length === 0 && sourceMeta?.annotations === undefined) delete metadata.annotations;
  if (Object.keys(metadata).length === 0 && sourceMeta === undefined) delete out.metadata;
  else out.metadata = metadata;
  return out;
}
