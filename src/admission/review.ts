/**
 * Reading an AdmissionReview: the envelope (apiVersion, kind, uid) and a typed view of the
 * request (spec/admission.md §2.1, §2.4 A, §5.1). Never throws.
 */
import { isRecord, type JsonObject, obj, str, strs } from '../util/json.js';
import { undecodableRequestField } from './review-shape.js';
import type { AdmissionReviewVersion, AdmissionUser } from './types.js';

/** A `{group, version, resource}` triple. */
export interface GroupVersionResource {
  readonly group: string;
  readonly version: string;
  readonly resource: string;
}

/** The request fields the plugins read, with Go's zero values for absent ones. */
export interface AdmissionRequestView {
  readonly uid: string;
  readonly kind: { readonly group: string; readonly version: string; readonly kind: string };
  readonly resource: GroupVersionResource;
  readonly subResource: string;
  readonly operation: string;
  readonly userInfo: AdmissionUser;
  /** The raw `object` / `oldObject` (`undefined` when absent or null). */
  readonly object: unknown;
  readonly oldObject: unknown;
}

/** A review that could be read, or the reason it could not (answered with code 400). */
export type ParsedReview =
  | { readonly ok: true; readonly apiVersion: AdmissionReviewVersion; readonly request: AdmissionRequestView }
  | { readonly ok: false; readonly uid: string; readonly message: string };

const VERSIONS: readonly string[] = ['admission.k8s.io/v1', 'admission.k8s.io/v1beta1'];

/**
 * Reads a parsed AdmissionReview. `apiVersion`/`kind` default to `admission.k8s.io/v1`
 * `AdmissionReview` when absent; any other review type, a missing `request` or a request field
 * of the wrong JSON type makes the review unreadable. The uid is kept whenever it is a string.
 * @param review - the parsed request body (any JSON)
 */
export function parseReview(review: unknown): ParsedReview {
  if (!isRecord(review)) return { ok: false, uid: '', message: 'the request body is not an AdmissionReview (a JSON object)' };
  const request = review.request;
  const uid = str(request, 'uid');
  const apiVersion = review.apiVersion ?? 'admission.k8s.io/v1';
  const kind = review.kind ?? 'AdmissionReview';
  if (typeof apiVersion !== 'string' || !VERSIONS.includes(apiVersion) || kind !== 'AdmissionReview') {
    const got = `apiVersion ${JSON.stringify(review.apiVersion) ?? 'absent'}, kind ${JSON.stringify(review.kind) ?? 'absent'}`;
    return { ok: false, uid, message: `expected an AdmissionReview of ${VERSIONS.join(' or ')}, got ${got}` };
  }
  if (!isRecord(request)) return { ok: false, uid, message: 'the AdmissionReview has no request object' };
  const bad = undecodableRequestField(request);
  if (bad !== undefined) return { ok: false, uid, message: `the AdmissionReview cannot be decoded: ${bad}` };
  return { ok: true, apiVersion: apiVersion as AdmissionReviewVersion, request: view(request) };
}

/** `o[key]` when `o` is an object with that own key (one step of `field`, without its rest array). */
function own(o: unknown, key: string): unknown {
  return isRecord(o) && Object.hasOwn(o, key) ? o[key] : undefined;
}

/** A string, or `''` (Go's zero value) for anything else. */
const text = (v: unknown): string => (typeof v === 'string' ? v : '');

function view(request: JsonObject): AdmissionRequestView {
  // Read once per request: each sub-object is looked up once, not once per field.
  const kind = own(request, 'kind');
  const resource = own(request, 'resource');
  return {
    uid: text(own(request, 'uid')),
    kind: { group: text(own(kind, 'group')), version: text(own(kind, 'version')), kind: text(own(kind, 'kind')) },
    resource: {
      group: text(own(resource, 'group')),
      version: text(own(resource, 'version')),
      resource: text(own(resource, 'resource')),
    },
    subResource: text(own(request, 'subResource')),
    operation: text(own(request, 'operation')),
    userInfo: user(obj(request, 'userInfo')),
    object: request.object ?? undefined,
    oldObject: request.oldObject ?? undefined,
  };
}

function user(info: JsonObject | undefined): AdmissionUser {
  const out: { username: string; uid?: string; groups?: string[]; extra?: Record<string, string[]> } = {
    username: str(info, 'username'),
  };
  if (typeof info?.uid === 'string') out.uid = info.uid;
  if (Array.isArray(info?.groups)) out.groups = strs(info, 'groups');
  const extra = obj(info, 'extra');
  if (extra !== undefined) {
    out.extra = {};
    for (const key of Object.keys(extra)) defineOwn(out.extra, key, strs(extra, key));
  }
  return out;
}

/** Sets an own property, also for the key `__proto__` (which plain assignment would not). */
export function defineOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}
