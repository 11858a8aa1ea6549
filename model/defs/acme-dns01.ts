/**
 * The ACME DNS01 solver: one of the providers plus shared settings. v1alpha2/v1alpha3 spell
 * three provider keys in lower case (`clouddns`, `azuredns`, `acmedns`); v1 adds `nameservers`.
 */
import { enumOf, obj, ref, type Schema, since } from '../dsl.js';
import { azureDNS, cloudDNS, route53 } from './acme-dns-cloud.js';
import { acmeDNS, akamai, cloudflare, digitalocean, rfc2136, webhook } from './acme-dns-providers.js';
import { byDnsKeys, lowerCaseDnsKeys, variantDef } from './issuer-variants.js';
import { isLegacy, stringList } from './refs.js';

/** The DNS01 solver. */
export const dns01Solver = variantDef('ACMEChallengeSolverDNS01', byDnsKeys, (version) => {
  const lower = lowerCaseDnsKeys(version);
  const providers: Record<string, Schema> = {
    akamai: ref(akamai),
    [lower ? 'clouddns' : 'cloudDNS']: ref(cloudDNS),
    cloudflare: ref(cloudflare),
    route53: ref(route53(version)),
    [lower ? 'azuredns' : 'azureDNS']: ref(azureDNS(version)),
    digitalocean: ref(digitalocean),
    [lower ? 'acmedns' : 'acmeDNS']: ref(acmeDNS),
    rfc2136: ref(rfc2136(version)),
    webhook: ref(webhook),
  };
  return obj(
    {
      cnameStrategy: enumOf(['None', 'Follow'], { description: 'Whether to follow CNAME records to the zone to update.' }),
      ...(isLegacy(version)
        ? {}
        : { nameservers: since('master', stringList(version, 'DNS servers (host:port) used for the self check.')) }),
      ...providers,
    },
    { description: 'Solve challenges by publishing a TXT record.' },
  );
});
