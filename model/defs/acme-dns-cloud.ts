/**
 * DNS01 providers of the large clouds: AWS Route53, Azure DNS and Google Cloud DNS. Route53
 * and Azure DNS changed after the old versions were removed, so they come in two variants.
 */
import { def, enumOf, obj, ref, since, str } from '../dsl.js';
import { byEra, variantDef } from './issuer-variants.js';
import { isLegacy, secretKeySelector } from './refs.js';
import { serviceAccountRef } from './service-account.js';

const secret = () => ref(secretKeySelector);

/** Route53 ambient credentials from a Kubernetes ServiceAccount token. */
export const route53Auth = variantDef('Route53Auth', byEra, (version) =>
  obj(
    {
      kubernetes: obj(
        { serviceAccountRef: ref(serviceAccountRef(version)) },
        { required: ['serviceAccountRef'], description: 'Authenticate with a ServiceAccount token (IRSA-style).' },
      ),
    },
    { required: ['kubernetes'], description: 'How cert-manager obtains AWS credentials.' },
  ),
);

/** The AWS Route53 DNS01 provider. The old versions require `region`. */
export const route53 = variantDef('ACMEIssuerDNS01ProviderRoute53', byEra, (version) =>
  obj(
    {
      accessKeyID: str({ description: 'AWS access key id given inline.' }),
      accessKeyIDSecretRef: secret(),
      secretAccessKeySecretRef: secret(),
      auth: since('v1.15', ref(route53Auth(version))),
      role: str({ description: 'IAM role ARN to assume.' }),
      hostedZoneID: str({ description: 'Hosted zone to use, skipping zone discovery.' }),
      region: str({ description: 'AWS region.' }),
    },
    {
      ...(isLegacy(version) ? { required: ['region'] } : { history: [{ until: 'v1.16', was: { required: ['region'] } }] }),
      description: 'Solve DNS01 with AWS Route53.',
    },
  ),
);

/** The Azure DNS DNS01 provider. */
export const azureDNS = variantDef('ACMEIssuerDNS01ProviderAzureDNS', byEra, (version) =>
  obj(
    {
      clientID: str({ description: 'Service principal client id.' }),
      clientSecretSecretRef: ref(secretKeySelector),
      subscriptionID: str({ description: 'Azure subscription id.' }),
      tenantID: str({ description: 'Azure AD tenant id of the service principal.' }),
      resourceGroupName: str({ description: 'Resource group of the DNS zone.' }),
      hostedZoneName: str({ description: 'DNS zone name.' }),
      environment: enumOf(['AzurePublicCloud', 'AzureChinaCloud', 'AzureGermanCloud', 'AzureUSGovernmentCloud'], {
        description: 'Azure cloud environment.',
      }),
      managedIdentity: obj(
        {
          clientID: str({ description: 'Client id of the managed identity.' }),
          resourceID: str({ description: 'Resource id of the managed identity.' }),
          ...(isLegacy(version) ? {} : { tenantID: str({ since: 'v1.17', description: 'Tenant id of the managed identity.' }) }),
        },
        { description: 'Use a managed identity (pod or workload identity).' },
      ),
      ...(isLegacy(version)
        ? {}
        : { zoneType: enumOf(['AzurePublicZone', 'AzurePrivateZone'], { since: 'v1.20', description: 'Public or private DNS zone.' }) }),
    },
    { required: ['resourceGroupName', 'subscriptionID'], description: 'Solve DNS01 with Azure DNS.' },
  ),
);

/** The Google Cloud DNS DNS01 provider. */
export const cloudDNS = def(
  'ACMEIssuerDNS01ProviderCloudDNS',
  obj(
    {
      serviceAccountSecretRef: ref(secretKeySelector),
      project: str({ description: 'Google Cloud project.' }),
      hostedZoneName: str({ description: 'Managed zone to use, skipping zone discovery.' }),
    },
    { required: ['project'], description: 'Solve DNS01 with Google Cloud DNS.' },
  ),
);
