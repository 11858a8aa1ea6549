/**
 * The v1 fields added after v1.15.5 (versions.md §9): the old Go types do not know them, so
 * upstream drops them converting to an old version, and drops them from an old object on
 * decode. Paths use v1 names; cmapi keeps the values in the preservation annotation.
 */
import type { Kind } from '../scheme/kinds.js';
import { mapRows, type Pattern, pattern } from './walk.js';

const SOLVER_ONLY = [
  'waitInsteadOfSelfCheck',
  'dns01.nameservers',
  'dns01.azureDNS.zoneType',
  'dns01.azureDNS.managedIdentity.tenantID',
  'dns01.rfc2136.protocol',
  'http01.gatewayHTTPRoute.podTemplate',
  'http01.ingress.podTemplate.spec.securityContext',
  'http01.ingress.podTemplate.spec.resources',
];

const ISSUER_ONLY = [
  'spec.acme.profile',
  'spec.acme.renewalInformationSource',
  ...SOLVER_ONLY.map((p) => `spec.acme.solvers[*].${p}`),
  'spec.vault.serverName',
  'spec.vault.auth.clientCertificate',
  'spec.vault.auth.aws',
  'spec.venafi.tpp.caBundleSecretRef',
  'spec.venafi.ngts',
];

/** Per kind, the path patterns (`[*]` = every list item) that exist only in v1. */
export const V1_ONLY: Readonly<Record<Kind, readonly string[]>> = {
  Certificate: [
    'spec.renewBeforePercentage',
    'spec.renewal',
    'spec.signatureAlgorithm',
    'spec.keystores.jks.password',
    'spec.keystores.pkcs12.password',
    'status.acme',
  ],
  CertificateRequest: [],
  Issuer: ISSUER_ONLY,
  ClusterIssuer: ISSUER_ONLY,
  Order: ['spec.profile', 'spec.replaces'],
  Challenge: [...SOLVER_ONLY.map((p) => `spec.solver.${p}`), 'status.presentedAt'],
};

/** {@link V1_ONLY} with the patterns parsed. */
export const V1_ONLY_PATTERNS: Readonly<Record<Kind, readonly Pattern[]>> = mapRows(V1_ONLY, pattern);
