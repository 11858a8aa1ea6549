/**
 * The ACME issuer configuration (`spec.acme` of Issuer and ClusterIssuer). v1 adds `profile`
 * and `renewalInformationSource` (CRD default `ARI`).
 */
import { bool, bytes, def, enumOf, obj, ref, since, str } from '../dsl.js';
import { challengeSolver } from './acme-solver.js';
import { byDnsKeys, variantDef } from './issuer-variants.js';
import { isLegacy, secretKeySelector, versionList } from './refs.js';

/** External Account Binding: ties the ACME account to an account at the CA. */
export const externalAccountBinding = def(
  'ACMEExternalAccountBinding',
  obj(
    {
      keyID: str({ description: 'Key id given by the CA.' }),
      keySecretRef: ref(secretKeySelector),
      keyAlgorithm: enumOf(['HS256', 'HS384', 'HS512'], { description: 'Deprecated: the MAC algorithm (HS256 is always used).' }),
    },
    { required: ['keyID', 'keySecretRef'], description: 'External Account Binding credentials.' },
  ),
);

/** The ACME issuer. */
export const acmeIssuer = variantDef('ACMEIssuer', byDnsKeys, (version) =>
  obj(
    {
      email: str({ description: 'Email address registered with the ACME account.' }),
      server: str({ description: 'URL of the ACME directory.' }),
      preferredChain: str({ maxLength: 64, description: 'Common name of the root to prefer among alternative chains.' }),
      caBundle: bytes({ description: 'PEM CA certificates to trust for the ACME server.' }),
      skipTLSVerify: bool({ description: 'Do not verify the ACME server certificate (insecure).' }),
      externalAccountBinding: ref(externalAccountBinding),
      privateKeySecretRef: ref(secretKeySelector),
      solvers: versionList(version, ref(challengeSolver(version)), 'Solvers for the challenges of this issuer.'),
      disableAccountKeyGeneration: bool({ description: 'Use the existing account key; never generate one.' }),
      enableDurationFeature: bool({ description: 'Send the requested duration to the ACME server.' }),
      ...(isLegacy(version)
        ? {}
        : {
            profile: since('v1.18', str({ description: 'ACME certificate profile to request.' })),
            renewalInformationSource: enumOf(['ARI', 'None'], {
              since: 'master',
              default: 'ARI',
              description: 'Where renewal times come from: ACME Renewal Information or none.',
            }),
          }),
    },
    { required: ['privateKeySecretRef', 'server'], description: 'Issue certificates from an ACME server.' },
  ),
);
