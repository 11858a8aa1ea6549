/**
 * `handleValidation(review, options)`: the `/validate` adapter (spec/admission.md §1.3, §6).
 */
import { buildChain, type ChainValidation, chainHandles, DEFAULT_VALIDATION_PLUGINS, runValidation } from './chain.js';
import { errorText } from './call.js';
import { decodeTyped } from './decode.js';
import { renderMessage } from './message.js';
import { readOptions } from './options.js';
import { allowed, badRequest, forbidden, internalError, review as reviewOf, unreadable } from './response.js';
import { type AdmissionRequestView, parseReview } from './review.js';
import type { AdmissionOptions, AdmissionResponse, AdmissionReview } from './types.js';

/**
 * Answers a validating AdmissionReview (admission.k8s.io/v1 or v1beta1) as cert-manager's
 * `/validate` endpoint does: runs the plugin chain (default `identity`, `approval`,
 * `validation`) on CREATE and UPDATE and allows everything else. A plugin denial is code 403
 * `Forbidden` with every error rendered `path: Type: detail` in `status.message`; an object that
 * cannot be decoded is 400; an unreadable review is 400 without apiVersion/kind. Warnings travel
 * on allowed and denied answers. Never throws or rejects, never mutates its input, and ignores
 * `dryRun`.
 * @param review - the parsed request body
 * @param options - plugins, feature gates, and the approval plugin's `authorize` and `discover`
 * @returns the review to send back (HTTP 200, JSON), in the request's review version
 * @example
 * ```ts
 * const body = JSON.parse(requestBody);
 * const answer = await handleValidation(body, { authorize: (a) => rbac.allows(a) });
 * response.end(JSON.stringify(answer));
 * // answer.response: { uid: body.request.uid, allowed: false, status: { code: 403, reason: 'Forbidden',
 * //   message: 'spec.issuerRef.name: Required value: must be specified' } }
 * ```
 * @public
 */
export function handleValidation(review: unknown, options?: AdmissionOptions): Promise<AdmissionReview> {
  const parsed = safeParse(review);
  if (!parsed.ok) return Promise.resolve(unreadable(parsed.uid, parsed.message));
  // A throw or rejection here is a bug; answer like a recovered panic rather than crash the server.
  const failed = (err: unknown): AdmissionReview =>
    reviewOf(parsed.apiVersion, internalError(parsed.request.uid, `cmapi failed to validate the request: ${errorText(err)}`));
  try {
    const response = respond(parsed.request, readOptions(options));
    if (response instanceof Promise) return response.then((r) => reviewOf(parsed.apiVersion, r), failed);
    return Promise.resolve(reviewOf(parsed.apiVersion, response));
  } catch (err) {
    return Promise.resolve(failed(err));
  }
}

/** The response; synchronous unless a plugin answers asynchronously (the approval plugin's lookups). */
function respond(request: AdmissionRequestView, options: AdmissionOptions): AdmissionResponse | Promise<AdmissionResponse> {
  const chain = buildChain(options.plugins, DEFAULT_VALIDATION_PLUGINS);
  const { uid, operation } = request;
  if (!chainHandles(chain, operation) || operation === 'CONNECT') return allowed(uid);
  if (operation !== 'CREATE' && operation !== 'UPDATE') return badRequest(uid, `unknown operation ${JSON.stringify(operation)}`);
  const object = decodeTyped(request, 'object');
  if (!object.ok) return badRequest(uid, object.message);
  const oldObject = operation === 'UPDATE' ? decodeTyped(request, 'oldObject') : undefined;
  if (oldObject !== undefined && !oldObject.ok) return badRequest(uid, oldObject.message);
  const run = runValidation(chain, { request, object: object.value, oldObject: oldObject?.value, options });
  return run instanceof Promise ? run.then((r) => answer(uid, r)) : answer(uid, run);
}

function answer(uid: string, run: ChainValidation): AdmissionResponse {
  return run.errors.length > 0 ? forbidden(uid, renderMessage(run.errors), run.warnings) : allowed(uid, run.warnings);
}

/** {@link parseReview} behind a guard (it reads untrusted JSON). */
export function safeParse(body: unknown): ReturnType<typeof parseReview> {
  try {
    return parseReview(body);
  } catch (err) {
    return { ok: false, uid: '', message: `the AdmissionReview cannot be read: ${errorText(err)}` };
  }
}
