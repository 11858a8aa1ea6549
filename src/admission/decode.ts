/**
 * Decoding `request.object` / `request.oldObject` before any plugin runs (spec/admission.md
 * §1.3 step 2, §1.4 step 3, §2.4 B). A failure is answered with code 400.
 */
import { identify } from '../scheme/identify.js';
import { findKind, type Kind, type KindInfo, KINDS } from '../scheme/kinds.js';
import { exceedsDepth, MAX_NESTING_DEPTH } from '../util/depth.js';
import { isRecord, type JsonObject } from '../util/json.js';
import { undecodableFields } from './decode-fields.js';
import type { AdmissionRequestView } from './review.js';

/** A decoded object: its JSON (with apiVersion/kind filled in from `request.kind`) and its kind. */
export interface Decoded {
  readonly object: JsonObject;
  /** One of the six kinds, or one of their registered `<Kind>List` kinds. */
  readonly kind: Kind | `${Kind}List`;
}

/** The decoded object, or the 400 message. */
export type DecodeResult = { readonly ok: true; readonly value: Decoded } | { readonly ok: false; readonly message: string };

/** The object field being decoded. */
export type ObjectField = 'object' | 'oldObject';

const SUPPORTED = KINDS.map((k) => `${k.group}/v1 ${k.kind}`).join(', ');
const preview = (v: unknown): string => {
  const json = JSON.stringify(v) ?? '';
  return json.length > 200 ? `${json.slice(0, 197)}...` : json;
};

/** Absent, null and `{}` count as no content; anything else must be a JSON object. */
function plainObject(raw: unknown, name: ObjectField): { ok: true; value: JsonObject } | { ok: false; message: string } {
  if (raw === undefined || raw === null || (isRecord(raw) && !hasOwnKey(raw))) {
    return { ok: false, message: `there is no content to decode: request.${name} is missing or empty` };
  }
  if (!isRecord(raw)) return { ok: false, message: `request.${name} cannot be decoded: it must be a JSON object, not ${preview(raw)}` };
  // LIMIT-DEPTH: every later step walks the object recursively.
  if (exceedsDepth(raw))
    return { ok: false, message: `request.${name} cannot be decoded: it is nested more than ${MAX_NESTING_DEPTH} levels deep` };
  return { ok: true, value: raw };
}

/** Whether `o` has an own enumerable key (`Object.keys(o).length > 0` without the array). */
function hasOwnKey(o: JsonObject): boolean {
  for (const k in o) if (Object.hasOwn(o, k)) return true;
  return false;
}

/**
 * Decodes an object for `/validate`: by its own apiVersion/kind (request.kind fills in only
 * what the object lacks), as one of the six cert-manager v1 kinds or their lists, with every
 * field decodable.
 * @param request - the request
 * @param name - which object to decode
 */
export function decodeTyped(request: AdmissionRequestView, name: ObjectField): DecodeResult {
  const plain = plainObject(request[name], name);
  if (!plain.ok) return plain;
  const object = withRequestKind(plain.value, request);
  if (typeof object.kind !== 'string' || object.kind === '') {
    return { ok: false, message: `request.${name} has no kind, and request.kind names none: ${preview(plain.value)}` };
  }
  const apiVersion = typeof object.apiVersion === 'string' ? object.apiVersion : '';
  const id = identify(object);
  const v1 = id.ok && id.identity.shape !== 'core-list' && id.identity.version === 'v1' ? id.identity : undefined;
  const kind = v1 === undefined ? undefined : findKind(v1.group, v1.kind);
  if (kind !== undefined && v1?.shape === 'list') {
    // The scheme registers each kind's list too: it decodes, and the plugins' type checks decide.
    const bad = undecodableItems(object.items, kind);
    if (bad.length > 0) return { ok: false, message: `request.${name} cannot be decoded: ${bad.join('; ')}` };
    return { ok: true, value: { object, kind: `${kind.kind}List` } };
  }
  if (kind === undefined) {
    return {
      ok: false,
      message: `no kind ${JSON.stringify(object.kind)} is registered for version ${JSON.stringify(apiVersion)}: the webhook decodes ${SUPPORTED} (and their lists)`,
    };
  }
  const bad = undecodableFields(object, kind.group, 'v1', kind.kind);
  if (bad.length > 0) return { ok: false, message: `request.${name} cannot be decoded: ${bad.join('; ')}` };
  return { ok: true, value: { object, kind: kind.kind } };
}

/** What keeps a list's `items` from decoding: not a list, an item that is not an object, or an item's fields. */
function undecodableItems(items: unknown, kind: KindInfo): string[] {
  if (items === undefined || items === null) return [];
  if (!Array.isArray(items)) return [`items must be a list, not ${preview(items)}`];
  return items.flatMap((item, i) => {
    if (item === null) return [];
    if (!isRecord(item)) return [`items[${i}] must be a JSON object, not ${preview(item)}`];
    return undecodableFields(item, kind.group, 'v1', kind.kind).map((text) => `items[${i}].${text}`);
  });
}

/**
 * Decodes an object for `/mutate`: any JSON object with a kind (no scheme).
 * @param request - the request
 */
export function decodePlain(request: AdmissionRequestView): { ok: true; value: JsonObject } | { ok: false; message: string } {
  const plain = plainObject(request.object, 'object');
  if (!plain.ok) return plain;
  const kind = plain.value.kind;
  if (typeof kind !== 'string' || kind === '') return { ok: false, message: `request.object has no kind: ${preview(plain.value)}` };
  return plain;
}

function withRequestKind(object: JsonObject, request: AdmissionRequestView): JsonObject {
  const { group, version, kind } = request.kind;
  const needsKind = (object.kind === undefined || object.kind === null || object.kind === '') && kind !== '';
  const needsVersion = (object.apiVersion === undefined || object.apiVersion === null || object.apiVersion === '') && version !== '';
  if (!needsKind && !needsVersion) return object;
  const out: JsonObject = { ...object };
  if (needsKind) out.kind = kind;
  if (needsVersion) out.apiVersion = group === '' ? version : `${group}/${version}`;
  return out;
}
