/**
 * `handleConversion(review)`: the ConversionReview adapter (admission.md §3, §6). Converts every
 * object of the request or none, in order, and never throws.
 */
import type { FieldError } from '../field/field-error.js';
import { convert } from '../conversion/convert.js';
import { identify } from '../scheme/identify.js';
import { describeThrown } from '../util/describe.js';
import { isRecord, type JsonObject, str } from '../util/json.js';
import type { ConversionResponse, ConversionReview } from './conversion-types.js';

const REVIEW_VERSIONS = ['apiextensions.k8s.io/v1', 'apiextensions.k8s.io/v1beta1'] as const;
type ReviewVersion = (typeof REVIEW_VERSIONS)[number];

/**
 * Answers an `apiextensions.k8s.io/v1` (or `v1beta1`) ConversionReview: converts each of
 * `request.objects` to `request.desiredAPIVersion` with {@link convert}, and replies with the
 * request's `uid`, the converted objects in request order and `result.status: Success`. If any
 * object cannot be decoded or converted, nothing is returned but a `Failure` (code 400,
 * `BadRequest`) whose message names the object's index, kind and name. A malformed review gets
 * a `Failure` too. Never throws.
 * @param review - the parsed request body
 * @returns the review to send back, in the request's review version
 * @example
 * ```ts
 * const answer = handleConversion({
 *   apiVersion: 'apiextensions.k8s.io/v1', kind: 'ConversionReview',
 *   request: { uid: '42', desiredAPIVersion: 'cert-manager.io/v1', objects: [oldCertificate] },
 * });
 * // answer.response: { uid: '42', convertedObjects: [v1Certificate], result: { status: 'Success' } }
 * ```
 * @public
 */
export function handleConversion(review: unknown): ConversionReview {
  // Reading the review may throw (a getter or Proxy trap), so even its version is read guarded.
  const apiVersion = guarded(() => reviewVersion(review), 'apiextensions.k8s.io/v1');
  try {
    return { apiVersion, kind: 'ConversionReview', response: respond(review) };
  } catch (err) {
    // A throw here is a bug, or a hostile value; answer with a failure rather than crash the server.
    const uid = guarded(() => uidOf(review), '');
    return { apiVersion, kind: 'ConversionReview', response: failure(uid, `cmapi failed to convert: ${describeThrown(err)}`) };
  }
}

function guarded<T>(read: () => T, fallback: T): T {
  try {
    return read();
  } catch {
    return fallback;
  }
}

function respond(review: unknown): ConversionResponse {
  if (!isRecord(review) || !REVIEW_VERSIONS.includes(review.apiVersion as ReviewVersion) || review.kind !== 'ConversionReview') {
    return failure('', `expected a ConversionReview of ${REVIEW_VERSIONS.join(' or ')}`);
  }
  const request = review.request;
  if (!isRecord(request)) return failure('', 'the ConversionReview has no request');
  const uid = str(request, 'uid');
  const desired = request.desiredAPIVersion;
  if (typeof desired !== 'string' || desired.split('/').length > 2) {
    return failure(uid, `Failed to parse desired apiVersion: unexpected GroupVersion string: ${String(desired)}`);
  }
  const objects = request.objects ?? [];
  if (!Array.isArray(objects)) return failure(uid, 'request.objects must be a list of objects');
  const converted: JsonObject[] = [];
  for (const [i, object] of objects.entries()) {
    const id = identify(object);
    if (!id.ok) return failure(uid, `Failed to decode into apiVersion: ${describe(i, object)}: ${details(id.errors)}`);
    if (id.identity.shape === 'core-list') {
      // conversion §7: every converted object must carry desiredAPIVersion; a core List cannot
      return failure(uid, `Failed to decode into apiVersion: ${describe(i, object)}: a core v1 List is not a cert-manager object`);
    }
    const r = convert(object, desired);
    if (r.object === undefined || r.errors.length > 0) {
      return failure(uid, `Failed to convert to desired apiVersion: ${describe(i, object)}: ${details(r.errors)}`);
    }
    converted.push(r.object);
  }
  return { uid, convertedObjects: converted, result: { status: 'Success' } };
}

function failure(uid: string, message: string): ConversionResponse {
  return { uid, result: { status: 'Failure', code: 400, reason: 'BadRequest', message } };
}

/** `objects[3] (Certificate default/web)`. */
function describe(i: number, object: unknown): string {
  const kind = str(object, 'kind') || '<no kind>';
  const name = str(object, 'metadata', 'name') || '<no name>';
  const ns = str(object, 'metadata', 'namespace');
  return `objects[${i}] (${kind} ${ns ? `${ns}/` : ''}${name})`;
}

function details(errors: readonly FieldError[]): string {
  return errors
    .map((e) => {
      const value = e.badValue === undefined ? '' : ` ${JSON.stringify(e.badValue)}`;
      return e.field || value ? `${e.field}${value}: ${e.detail}` : e.detail;
    })
    .join('; ');
}

function reviewVersion(review: unknown): ReviewVersion {
  const v = isRecord(review) ? review.apiVersion : undefined;
  return v === 'apiextensions.k8s.io/v1beta1' ? v : 'apiextensions.k8s.io/v1';
}

function uidOf(review: unknown): string {
  return str(review, 'request', 'uid');
}
