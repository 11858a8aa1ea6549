/**
 * `handleMutation(review, options)`: the `/mutate` adapter (spec/admission.md §1.4, §2.10, §6).
 */
import { diff } from '../patch/diff.js';
import type { JsonObject } from '../util/json.js';
import { errorText } from './call.js';
import { buildChain, chainHandles, DEFAULT_MUTATION_PLUGINS, runMutation } from './chain.js';
import { decodePlain } from './decode.js';
import { safeParse } from './handle-validation.js';
import { renderMessage } from './message.js';
import { readOptions } from './options.js';
import { allowed, badRequest, forbidden, internalError, review as reviewOf, unreadable } from './response.js';
import type { AdmissionRequestView } from './review.js';
import type { AdmissionOptions, AdmissionResponse, AdmissionReview } from './types.js';

/**
 * Answers a mutating AdmissionReview (admission.k8s.io/v1 or v1beta1) as cert-manager's
 * `/mutate` endpoint does: runs the mutating plugins (default `identity`, which records the
 * requester in a CertificateRequest on CREATE; add `defaults` to fill in defaults) and answers
 * with the RFC 6902 patch from the original object to the mutated one, base64-encoded, with
 * `patchType: JSONPatch`, both only when something changed. DELETE, CONNECT and operations no
 * plugin handles are allowed unchanged; the first plugin error denies (403); an object that
 * cannot be decoded is 400. Never throws or rejects, never mutates its input, ignores `dryRun`.
 * @param review - the parsed request body
 * @param options - plugins (and feature gates, unused by the mutation plugins)
 * @returns the review to send back (HTTP 200, JSON), in the request's review version
 * @example
 * ```ts
 * const answer = await handleMutation(JSON.parse(requestBody));
 * response.end(JSON.stringify(answer));
 * // for a CertificateRequest CREATE by alice: answer.response.patch is the base64 of
 * // [{"op":"add","path":"/spec/uid","value":"…"},{"op":"add","path":"/spec/username","value":"alice"},…]
 * ```
 * @public
 */
export async function handleMutation(review: unknown, options?: AdmissionOptions): Promise<AdmissionReview> {
  const parsed = safeParse(review);
  if (!parsed.ok) return unreadable(parsed.uid, parsed.message);
  try {
    return reviewOf(parsed.apiVersion, respond(parsed.request, readOptions(options)));
  } catch (err) {
    // A throw here is a bug; answer like a recovered panic rather than crash the server.
    return reviewOf(parsed.apiVersion, internalError(parsed.request.uid, `cmapi failed to mutate the request: ${errorText(err)}`));
  }
}

function respond(request: AdmissionRequestView, options: AdmissionOptions): AdmissionResponse {
  const chain = buildChain(options.plugins, DEFAULT_MUTATION_PLUGINS);
  const { uid, operation } = request;
  if (!chainHandles(chain, operation) || operation === 'DELETE') return allowed(uid);
  const object = decodePlain(request);
  if (!object.ok) return badRequest(uid, object.message);
  const out = runMutation(chain, request, object.value, options);
  if ('error' in out) return forbidden(uid, renderMessage([out.error]));
  return allowed(uid, [], patchFrom(object.value, out.object));
}

function patchFrom(original: JsonObject, mutated: JsonObject): ReturnType<typeof diff> {
  return original === mutated ? [] : diff(original, mutated);
}
