/**
 * The Venafi issuer configuration: TPP, Cloud and (v1 only) NGTS. v1 also states the
 * "exactly one of tpp, cloud, ngts" rule as a CEL annotation; the semantic rules enforce it.
 */
import { bytes, def, obj, ref, since, str } from '../dsl.js';
import { byEra, variantDef } from './issuer-variants.js';
import { isLegacy, localObjectReference, secretKeySelector } from './refs.js';

/** Venafi Trust Protection Platform. */
export const venafiTPP = variantDef('VenafiTPP', byEra, (version) =>
  obj(
    {
      url: str({ description: 'Base URL of the TPP instance, e.g. https://tpp.example.com/vedsdk.' }),
      credentialsRef: ref(localObjectReference),
      caBundle: bytes({ description: 'PEM CA certificates to trust for the TPP server.' }),
      ...(isLegacy(version) ? {} : { caBundleSecretRef: since('v1.16', ref(secretKeySelector)) }),
    },
    { required: ['credentialsRef', 'url'], description: 'Issue through Venafi TPP.' },
  ),
);

/** Venafi Cloud (TLS Protect Cloud). */
export const venafiCloud = def(
  'VenafiCloud',
  obj(
    {
      url: str({ description: 'Base URL of the Venafi Cloud API.' }),
      apiTokenSecretRef: ref(secretKeySelector),
    },
    { required: ['apiTokenSecretRef'], description: 'Issue through Venafi Cloud.' },
  ),
);

/** Venafi NGTS (v1 only). */
export const venafiNGTS = def(
  'VenafiNGTS',
  obj(
    {
      url: str({ description: 'Base URL of the NGTS API.' }),
      tokenEndpoint: str({ description: 'OAuth token endpoint.' }),
      tsgID: str({ description: 'Tenant service group id.' }),
      credentialsRef: ref(localObjectReference),
    },
    { required: ['credentialsRef', 'tsgID'], description: 'Issue through Venafi NGTS.' },
  ),
);

/** CEL rule of the v1 CRD: exactly one connection type. */
const EXACTLY_ONE = '(has(self.tpp) ? 1 : 0) + (has(self.cloud) ? 1 : 0) + (has(self.ngts) ? 1 : 0) == 1';

/** The Venafi issuer. */
export const venafiIssuer = variantDef('VenafiIssuer', byEra, (version) =>
  obj(
    {
      zone: str({ description: 'Venafi policy zone (folder or application/issuing template).' }),
      tpp: ref(venafiTPP(version)),
      cloud: ref(venafiCloud),
      ...(isLegacy(version) ? {} : { ngts: since('v1.21', ref(venafiNGTS)) }),
    },
    {
      required: ['zone'],
      ...(isLegacy(version)
        ? {}
        : {
            validations: [{ rule: EXACTLY_ONE, message: 'set exactly one of tpp, cloud or ngts' }],
            // Before ngts (v1.21) the CRD had no rule here; the webhook checked tpp/cloud.
            history: [{ until: 'v1.21', was: { validations: undefined } }],
          }),
      description: 'Issue through Venafi (CyberArk) Certificate Manager.',
    },
  ),
);
