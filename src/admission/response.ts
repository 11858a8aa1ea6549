/**
 * Building AdmissionReview answers: the three denial shapes and the allowed shape of
 * spec/admission.md §2.1 and §2.2.
 */
import { encodeBase64Json } from './base64.js';
import { limitWarnings } from './warnings.js';
import type { AdmissionResponse, AdmissionReview, AdmissionReviewVersion } from './types.js';
import type { JsonPatchOperation } from '../patch/types.js';

/** Allowed (`status.code` 200), with the warnings and, when non-empty, the patch. */
export function allowed(uid: string, warnings: readonly string[] = [], patch: readonly JsonPatchOperation[] = []): AdmissionResponse {
  const out: { -readonly [K in keyof AdmissionResponse]: AdmissionResponse[K] } = { uid, allowed: true, status: { code: 200 } };
  if (patch.length > 0) {
    out.patch = encodeBase64Json(patch);
    out.patchType = 'JSONPatch';
  }
  return withWarnings(out, warnings);
}

/** A plugin denial: 403 `Forbidden` with the rendered message and the warnings. */
export function forbidden(uid: string, message: string, warnings: readonly string[] = []): AdmissionResponse {
  return withWarnings({ uid, allowed: false, status: { code: 403, reason: 'Forbidden', message } }, warnings);
}

/** A request that cannot be decoded: 400 with the decoder's message and no reason. */
export function badRequest(uid: string, message: string): AdmissionResponse {
  return { uid, allowed: false, status: { code: 400, message } };
}

/** An internal failure (a bug, or a patch that cannot be built): 500 with the error text. */
export function internalError(uid: string, message: string): AdmissionResponse {
  return { uid, allowed: false, status: { code: 500, message } };
}

/** The response wrapped in a review of the request's version. */
export function review(apiVersion: AdmissionReviewVersion, response: AdmissionResponse): AdmissionReview {
  return { apiVersion, kind: 'AdmissionReview', response };
}

/** The answer to a body that is not a readable AdmissionReview: no apiVersion/kind (§2.4 A). */
export function unreadable(uid: string, message: string): AdmissionReview {
  return { response: badRequest(uid, message) };
}

function withWarnings(response: AdmissionResponse, warnings: readonly string[]): AdmissionResponse {
  if (warnings.length === 0) return response; // the usual answer: nothing to filter or copy
  const kept = limitWarnings(warnings);
  return kept.length > 0 ? { ...response, warnings: kept } : response;
}
