/**
 * The ACME challenge solver: which challenges it applies to (`selector`) and how it solves
 * them (`http01` or `dns01`). Issuers list solvers in `spec.acme.solvers`; a Challenge copies
 * the chosen one into `spec.solver`, so both use the same definition.
 */
import type { Version } from '../../src/scheme/kinds.js';
import { obj, ref, type Schema, str, stringMap } from '../dsl.js';
import { dns01Solver } from './acme-dns01.js';
import { http01Solver } from './acme-http01.js';
import { byDnsKeys, byEra, variantDef } from './issuer-variants.js';
import { isLegacy, stringList } from './refs.js';

/** Which certificates' challenges a solver handles. */
export const solverSelector = variantDef('CertificateDNSNameSelector', byEra, (version) =>
  obj(
    {
      matchLabels: stringMap({ description: 'Labels the Certificate (or Order) must carry.' }),
      dnsNames: stringList(version, 'Exact DNS names the solver handles.'),
      dnsZones: stringList(version, 'DNS zones (and their subdomains) the solver handles.'),
    },
    { description: 'Restricts the solver to some challenges; the most specific solver wins.' },
  ),
);

/** One ACME challenge solver. */
export const challengeSolver = variantDef('ACMEChallengeSolver', byDnsKeys, (version) =>
  obj(
    {
      selector: ref(solverSelector(version)),
      http01: ref(http01Solver(version)),
      dns01: ref(dns01Solver(version)),
      ...(isLegacy(version)
        ? {}
        : {
            waitInsteadOfSelfCheck: str({ since: 'v1.21', description: 'Wait this long (a duration) instead of running the self check.' }),
          }),
    },
    { description: 'How to solve one kind of ACME challenge.' },
  ),
);

/** The schema of one ACME challenge solver in the given API version. */
export function acmeChallengeSolver(version: Version): Schema {
  return ref(challengeSolver(version));
}
