/**
 * The `default:` values of the v1 CRD schemas of cert-manager master (spec/defaults.md §2.3,
 * spec/versions.md §8a), as paths from the object root, each with the first release whose CRD
 * has it. `[]` stands for every item of the list
 * named just before it. No old version's schema has a default. A test cross-checks this table
 * against the `default` keywords of the project's schemas so that the two cannot drift.
 */
import type { CertManagerRelease } from '../release/release.js';
import type { Kind } from '../scheme/kinds.js';

/** One schema default: where it goes and what it is. */
export interface SchemaDefault {
  /** Field names from the object root; `[]` means "each item of the preceding list". */
  readonly path: readonly string[];
  readonly value: unknown;
  /** The first release whose CRD has this default (every release when unset). */
  readonly since?: CertManagerRelease;
}

/** The marker for "each item of the list" in a {@link SchemaDefault} path. */
export const EACH = '[]';

/** The Gateway API group a solver's `parentRefs[].group` defaults to. */
export const GATEWAY_GROUP = 'gateway.networking.k8s.io';
/** The kind a solver's `parentRefs[].kind` defaults to. */
export const GATEWAY_KIND = 'Gateway';
/** The value `issuer.spec.acme.renewalInformationSource` defaults to. */
export const DEFAULT_RENEWAL_INFORMATION_SOURCE = 'ARI';

/** The defaults inside one ACME challenge solver, relative to the solver. */
function solverDefaults(solver: readonly string[]): SchemaDefault[] {
  const http01 = [...solver, 'http01'];
  return [
    // §2.3 Gateway API parentRefs[].group / parentRefs[].kind
    { path: [...http01, 'gatewayHTTPRoute', 'parentRefs', EACH, 'group'], value: GATEWAY_GROUP },
    { path: [...http01, 'gatewayHTTPRoute', 'parentRefs', EACH, 'kind'], value: GATEWAY_KIND },
    // §2.3 imagePullSecrets[].name "" (core LocalObjectReference), in both pod templates: since
    // v1.15 in the CRDs; the Gateway API solver has a pod template only from v1.16.
    { path: [...http01, 'gatewayHTTPRoute', 'podTemplate', 'spec', 'imagePullSecrets', EACH, 'name'], value: '', since: 'v1.16' },
    { path: [...http01, 'ingress', 'podTemplate', 'spec', 'imagePullSecrets', EACH, 'name'], value: '', since: 'v1.15' },
  ];
}

const issuerDefaults: readonly SchemaDefault[] = [
  // §2.3 spec.acme.renewalInformationSource: ARI
  { path: ['spec', 'acme', 'renewalInformationSource'], value: DEFAULT_RENEWAL_INFORMATION_SOURCE, since: 'master' },
  ...solverDefaults(['spec', 'acme', 'solvers', EACH]),
];

/** The schema defaults of each v1 kind (kinds without any are absent). */
export const V1_SCHEMA_DEFAULTS: Readonly<Partial<Record<Kind, readonly SchemaDefault[]>>> = {
  Issuer: issuerDefaults,
  ClusterIssuer: issuerDefaults,
  Challenge: solverDefaults(['spec', 'solver']),
};
