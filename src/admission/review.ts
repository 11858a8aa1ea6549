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

// The request is read on every call: each field by name (what the engine makes fast for parsed
// JSON), each only when it is an own property, as `str` reads them.

/** A string, or `''` (Go's zero value) for anything else. */
const text = (v: unknown): string => (typeof v === 'string' ? v : '');

function groupVersionKind(v: unknown): AdmissionRequestView['kind'] {
  if (!isRecord(v)) return { group: '', version: '', kind: '' };
  return {
    group: Object.hasOwn(v, 'group') ? text(v.group) : '',
    version: Object.hasOwn(v, 'version') ? text(v.version) : '',
    kind: Object.hasOwn(v, 'kind') ? text(v.kind) : '',
  };
}

function groupVersionResource(v: unknown): GroupVersionResource {
  if (!isRecord(v)) return { group: '', version: '', resource: '' };
  return {
    group: Object.hasOwn(v, 'group') ? text(v.group) : '',
    version: Object.hasOwn(v, 'version') ? text(v.version) : '',
    resource: Object.hasOwn(v, 'resource') ? text(v.resource) : '',
  };
}

function view(r: JsonObject): AdmissionRequestView {
  return {
    uid: Object.hasOwn(r, 'uid') ? text(r.uid) : '',
    kind: groupVersionKind(Object.hasOwn(r, 'kind') ? r.kind : undefined),
    resource: groupVersionResource(Object.hasOwn(r, 'resource') ? r.resource : undefined),
    subResource: Object.hasOwn(r, 'subResource') ? text(r.subResource) : '',
    operation: Object.hasOwn(r, 'operation') ? text(r.operation) : '',
    userInfo: user(obj(r, 'userInfo')),
    object: r.object ?? undefined,
    oldObject: r.oldObject ?? undefined,
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
