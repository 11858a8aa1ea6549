/**
 * Resolving an issuer group/kind to its API resource for the approval plugin (spec/admission.md
 * §1.7.3), with the webhook's caches: found answers are kept for good, "the group has no such
 * kind" (`null`) for 30 seconds, "no such group" (`undefined`) and failures not at all. The
 * caches belong to the `discover` function, so a server that passes the same function on every
 * request shares them; a new function starts empty.
 */
import { KINDS } from '../scheme/kinds.js';
import { isRecord } from '../util/json.js';
import { guardedCall } from './call.js';
import type { AdmissionOptions, DiscoveryAnswer, SignerResource } from './types.js';

/** How long a "the group has no such kind" answer is remembered. */
export const NEGATIVE_TTL_MS = 30_000;

type Discover = NonNullable<AdmissionOptions['discover']>;

interface Caches {
  readonly found: Map<string, SignerResource>;
  /** key → time (ms) until which the kind counts as missing. */
  readonly missing: Map<string, number>;
}

const caches = new WeakMap<Discover, Caches>();

/** The outcome of a resolution: the resource, not found, or the discovery failure's text. */
export type Resolution =
  | { readonly ok: true; readonly resource: SignerResource | undefined }
  | { readonly ok: false; readonly error: string };

/** cert-manager's own issuer kinds, the only ones that resolve without `discover`. */
const BUILT_IN = new Map(
  KINDS.filter((k) => k.kind === 'Issuer' || k.kind === 'ClusterIssuer').map((k) => [
    `${k.group}/${k.kind}`,
    { resource: k.plural, namespaced: k.namespaced },
  ]),
);

/**
 * Resolves `group`/`kind` through `discover` (or the built-in table without one).
 * @param discover - the caller's discovery function, if any
 * @param group - the issuer's API group (defaulted)
 * @param kind - the issuer's kind (defaulted)
 * @param now - the current time in ms (tests pass their own clock)
 */
export async function resolveSigner(discover: Discover | undefined, group: string, kind: string, now = Date.now()): Promise<Resolution> {
  const key = `${group}/${kind}`;
  if (discover === undefined) return { ok: true, resource: BUILT_IN.get(key) };
  let cache = caches.get(discover);
  if (cache === undefined) {
    cache = { found: new Map(), missing: new Map() };
    caches.set(discover, cache);
  }
  const hit = cache.found.get(key);
  if (hit !== undefined) return { ok: true, resource: hit };
  const until = cache.missing.get(key);
  if (until !== undefined && now < until) return { ok: true, resource: undefined };
  if (until !== undefined) cache.missing.delete(key);
  const call = await guardedCall(discover, { group, kind });
  if (!call.ok) return { ok: false, error: `discovery of ${key} failed: ${call.error}` };
  const answer: DiscoveryAnswer = call.value;
  if (answer === null) {
    cache.missing.set(key, now + NEGATIVE_TTL_MS);
    return { ok: true, resource: undefined };
  }
  if (answer === undefined) return { ok: true, resource: undefined };
  if (!isRecord(answer) || typeof answer.resource !== 'string' || answer.resource === '' || typeof answer.namespaced !== 'boolean') {
    return { ok: false, error: `discovery of ${key} returned ${JSON.stringify(answer)}; expected {resource: string, namespaced: boolean}` };
  }
  const resource = { resource: answer.resource, namespaced: answer.namespaced };
  cache.found.set(key, resource);
  return { ok: true, resource };
}
