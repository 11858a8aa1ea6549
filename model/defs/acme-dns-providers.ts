/**
 * The smaller DNS01 providers: Akamai, Cloudflare, DigitalOcean, ACME-DNS, RFC 2136 and
 * webhook. Only RFC 2136 changed in v1 (it gained `protocol`).
 */
import { any, def, enumOf, obj, ref, str } from '../dsl.js';
import { byEra, variantDef } from './issuer-variants.js';
import { isLegacy, secretKeySelector } from './refs.js';

const secret = () => ref(secretKeySelector);

/** The Akamai Edge DNS provider. */
export const akamai = def(
  'ACMEIssuerDNS01ProviderAkamai',
  obj(
    {
      serviceConsumerDomain: str({ description: 'Akamai API host.' }),
      clientTokenSecretRef: secret(),
      clientSecretSecretRef: secret(),
      accessTokenSecretRef: secret(),
    },
    {
      required: ['accessTokenSecretRef', 'clientSecretSecretRef', 'clientTokenSecretRef', 'serviceConsumerDomain'],
      description: 'Solve DNS01 with Akamai Edge DNS.',
    },
  ),
);

/** The Cloudflare provider (API token, or email plus global API key). */
export const cloudflare = def(
  'ACMEIssuerDNS01ProviderCloudflare',
  obj(
    {
      email: str({ description: 'Account email, used with an API key.' }),
      apiKeySecretRef: secret(),
      apiTokenSecretRef: secret(),
    },
    { description: 'Solve DNS01 with Cloudflare.' },
  ),
);

/** The DigitalOcean provider. */
export const digitalocean = def(
  'ACMEIssuerDNS01ProviderDigitalOcean',
  obj({ tokenSecretRef: secret() }, { required: ['tokenSecretRef'], description: 'Solve DNS01 with DigitalOcean.' }),
);

/** The ACME-DNS provider. */
export const acmeDNS = def(
  'ACMEIssuerDNS01ProviderAcmeDNS',
  obj(
    {
      host: str({ description: 'URL of the ACME-DNS server.' }),
      accountSecretRef: secret(),
    },
    { required: ['accountSecretRef', 'host'], description: 'Solve DNS01 with an ACME-DNS server.' },
  ),
);

/** The RFC 2136 (dynamic DNS update) provider. */
export const rfc2136 = variantDef('ACMEIssuerDNS01ProviderRFC2136', byEra, (version) =>
  obj(
    {
      nameserver: str({ description: 'Server to send updates to: host or IP, with an optional port.' }),
      tsigSecretSecretRef: secret(),
      tsigKeyName: str({ description: 'Name of the TSIG key.' }),
      tsigAlgorithm: str({ description: 'TSIG algorithm, e.g. HMACSHA256.' }),
      ...(isLegacy(version) ? {} : { protocol: enumOf(['TCP', 'UDP'], { since: 'v1.19', description: 'Transport for updates.' }) }),
    },
    { required: ['nameserver'], description: 'Solve DNS01 with RFC 2136 dynamic updates.' },
  ),
);

/** An out-of-tree provider served by a webhook. */
export const webhook = def(
  'ACMEIssuerDNS01ProviderWebhook',
  obj(
    {
      groupName: str({ description: 'API group of the webhook solver.' }),
      solverName: str({ description: 'Name of the solver within the group.' }),
      config: any({ description: 'Solver-specific configuration, passed as is.' }),
    },
    { required: ['groupName', 'solverName'], description: 'Solve DNS01 through an external webhook.' },
  ),
);
