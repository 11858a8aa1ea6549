/**
 * The approval plugin's dependencies backed by the Kubernetes API (spec/admission.md §1.7.3,
 * §1.7.4): an authorizer that creates SubjectAccessReviews (allow and deny cached for 1 s) and
 * a discovery function over `/apis`.
 */
import type { AdmissionOptions, AuthorizationAttributes, DiscoveryAnswer } from '../../admission/types.js';
import { arr, field, isRecord, str } from '../../util/json.js';
import type { KubeClient } from './client.js';

const SAR_CACHE_MS = 1000;

/** `authorize` asking the API server with a SubjectAccessReview per signer name. */
export function sarAuthorizer(client: KubeClient, now: () => number = Date.now): NonNullable<AdmissionOptions['authorize']> {
  const cache = new Map<string, { allowed: boolean; at: number }>();
  return async (a: AuthorizationAttributes) => {
    const key = JSON.stringify(a);
    const hit = cache.get(key);
    if (hit && now() - hit.at < SAR_CACHE_MS) return hit.allowed;
    const review = {
      apiVersion: 'authorization.k8s.io/v1',
      kind: 'SubjectAccessReview',
      spec: {
        user: a.user.username,
        ...(a.user.uid ? { uid: a.user.uid } : {}),
        ...(a.user.groups ? { groups: a.user.groups } : {}),
        ...(a.user.extra ? { extra: a.user.extra } : {}),
        resourceAttributes: {
          verb: a.verb,
          group: a.group,
          version: a.version,
          resource: a.resource,
          name: a.name,
          namespace: a.namespace,
        },
      },
    };
    const answer = await client.post('/apis/authorization.k8s.io/v1/subjectaccessreviews', review);
    const allowed = field(answer, 'status', 'allowed') === true;
    if (cache.size > 10_000) cache.clear();
    cache.set(key, { allowed, at: now() });
    return allowed;
  };
}

/**
 * `discover` over the API server's discovery documents: the group's versions in listed order,
 * the first top-level resource of the kind. `undefined` when the group is not served, `null`
 * when it is served without that kind.
 */
export function apiDiscovery(client: KubeClient): NonNullable<AdmissionOptions['discover']> {
  return async ({ group, kind }): Promise<DiscoveryAnswer> => {
    const groups = arr(await client.get('/apis'), 'groups') ?? [];
    const found = groups.find((g) => str(g, 'name') === group);
    if (!found) return undefined;
    for (const v of arr(found, 'versions') ?? []) {
      const groupVersion = str(v, 'groupVersion');
      if (!groupVersion) continue;
      const resources = arr(await client.get(`/apis/${groupVersion}`), 'resources') ?? [];
      const r = resources.find((x) => isRecord(x) && x.kind === kind && !str(x, 'name').includes('/'));
      if (r) return { resource: str(r, 'name'), namespaced: field(r, 'namespaced') === true };
    }
    return null;
  };
}
