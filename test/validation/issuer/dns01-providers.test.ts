import { describe, expect, test } from 'vitest';
import { issuerErrors, N0, run, withDns01 } from './run.js';

const sel = { name: 'secret', key: 'key' };
const errs = (dns01: unknown) => issuerErrors(withDns01(dns01));

describe('4.2.3 akamai', () => {
  const A = `${N0}.akamai`;
  test('ISS-DNS01-AKAMAI-ACCESSTOKEN, ISS-DNS01-AKAMAI-CLIENTSECRET, ISS-DNS01-AKAMAI-CLIENTTOKEN, ISS-DNS01-AKAMAI-SCD-REQUIRED: paths drop the SecretRef suffix', () => {
    expect(errs({ akamai: {} })).toEqual([
      `Required ${A}.accessToken.name`,
      `Required ${A}.accessToken.key`,
      `Required ${A}.clientSecret.name`,
      `Required ${A}.clientSecret.key`,
      `Required ${A}.clientToken.name`,
      `Required ${A}.clientToken.key`,
      `Required ${A}.serviceConsumerDomain`,
    ]);
  });
  test('a complete akamai section is valid', () => {
    const akamai = { serviceConsumerDomain: 'x', accessTokenSecretRef: sel, clientSecretSecretRef: sel, clientTokenSecretRef: sel };
    expect(errs({ akamai })).toEqual([]);
  });
});

describe('4.2.3 azureDNS', () => {
  const Z = `${N0}.azureDNS`;
  const base = { subscriptionID: 'sub', resourceGroupName: 'rg' };
  test('ISS-DNS01-AZURE-SUBSCRIPTIONID-REQUIRED and ISS-DNS01-AZURE-RESOURCEGROUP-REQUIRED; ambient identity is valid', () => {
    expect(errs({ azureDNS: {} })).toEqual([`Required ${Z}.subscriptionID`, `Required ${Z}.resourceGroupName`]);
    expect(errs({ azureDNS: base })).toEqual([]);
  });

  test('ISS-DNS01-AZURE-SP-CLIENTID-REQUIRED: tenantID and a secret without clientID', () => {
    expect(errs({ azureDNS: { ...base, tenantID: 't', clientSecretSecretRef: sel } })).toEqual([`Required ${Z}.clientID`]);
  });

  test('ISS-DNS01-AZURE-SP-CLIENTSECRET-REQUIRED and ISS-DNS01-AZURE-SP-TENANTID-REQUIRED: clientID alone', () => {
    expect(errs({ azureDNS: { ...base, clientID: 'c' } })).toEqual([`Required ${Z}.clientSecretSecretRef`, `Required ${Z}.tenantID`]);
  });

  test('ISS-DNS01-AZURE-SP-CLIENTSECRET: the secret selector is checked in service-principal mode', () => {
    expect(errs({ azureDNS: { ...base, clientID: 'c', tenantID: 't', clientSecretSecretRef: { name: 's' } } })).toEqual([
      `Required ${Z}.clientSecretSecretRef.key`,
    ]);
    expect(errs({ azureDNS: { ...base, clientID: 'c', tenantID: 't', clientSecretSecretRef: sel } })).toEqual([]);
  });

  test('ISS-DNS01-AZURE-SP-MI-FORBIDDEN: managedIdentity with service-principal fields', () => {
    const azureDNS = { ...base, clientID: 'c', tenantID: 't', clientSecretSecretRef: sel, managedIdentity: { clientID: 'x' } };
    expect(errs({ azureDNS })).toEqual([`Forbidden ${Z}.managedIdentity`]);
  });

  test('ISS-DNS01-AZURE-MI-CLIENTID-RESOURCEID-EXCLUSIVE', () => {
    expect(errs({ azureDNS: { ...base, managedIdentity: { clientID: 'c', resourceID: 'r' } } })).toEqual([
      `Forbidden ${Z}.managedIdentity`,
    ]);
  });

  test('ISS-DNS01-AZURE-MI-TENANTID-RESOURCEID-EXCLUSIVE and ISS-DNS01-AZURE-MI-TENANTID-NEEDS-CLIENTID', () => {
    expect(errs({ azureDNS: { ...base, managedIdentity: { tenantID: 't', resourceID: 'r' } } })).toEqual([
      `Forbidden ${Z}.managedIdentity`,
      `Required ${Z}.managedIdentity`,
    ]);
    expect(errs({ azureDNS: { ...base, managedIdentity: { tenantID: 't', clientID: 'c' } } })).toEqual([]);
  });

  test('ISS-DNS01-AZURE-ENVIRONMENT-INVALID: only the four clouds (or empty) are allowed', () => {
    for (const environment of ['', 'AzurePublicCloud', 'AzureChinaCloud', 'AzureGermanCloud', 'AzureUSGovernmentCloud']) {
      expect(errs({ azureDNS: { ...base, environment } })).toEqual([]);
    }
    const r = run(withDns01({ azureDNS: { ...base, environment: 'azurepubliccloud' } }));
    expect(r.errors.map((e) => [e.field, e.badValue])).toEqual([[`${Z}.environment`, 'azurepubliccloud']]);
    expect(r.errors[0]?.detail).toMatch(/AzureUSGovernmentCloud/);
  });
});

describe('4.2.3 cloudDNS', () => {
  const G = `${N0}.cloudDNS`;
  test('ISS-DNS01-CLOUDDNS-PROJECT-REQUIRED; no serviceAccountSecretRef means ambient credentials', () => {
    expect(errs({ cloudDNS: {} })).toEqual([`Required ${G}.project`]);
    expect(errs({ cloudDNS: { project: 'p' } })).toEqual([]);
  });
  test('ISS-DNS01-CLOUDDNS-SERVICEACCOUNT: a present selector is checked', () => {
    expect(errs({ cloudDNS: { project: 'p', serviceAccountSecretRef: {} } })).toEqual([
      `Required ${G}.serviceAccountSecretRef.name`,
      `Required ${G}.serviceAccountSecretRef.key`,
    ]);
  });
});

describe('4.2.3 cloudflare', () => {
  const F = `${N0}.cloudflare`;
  test('ISS-DNS01-CLOUDFLARE-CREDENTIAL-REQUIRED: neither apiKeySecretRef nor apiTokenSecretRef', () => {
    expect(errs({ cloudflare: {} })).toEqual([`Required ${F}`]);
  });
  test('ISS-DNS01-CLOUDFLARE-APITOKEN: the token selector is checked', () => {
    expect(errs({ cloudflare: { apiTokenSecretRef: { key: 'k' } } })).toEqual([`Required ${F}.apiTokenSecretRef.name`]);
    expect(errs({ cloudflare: { apiTokenSecretRef: sel } })).toEqual([]);
  });
  test('ISS-DNS01-CLOUDFLARE-APIKEY and ISS-DNS01-CLOUDFLARE-EMAIL-REQUIRED: an API key needs an email', () => {
    expect(errs({ cloudflare: { apiKeySecretRef: { name: 'n' } } })).toEqual([`Required ${F}.apiKeySecretRef.key`, `Required ${F}.email`]);
    expect(errs({ cloudflare: { apiKeySecretRef: sel, email: 'me@example.com' } })).toEqual([]);
  });
  test('ISS-DNS01-CLOUDFLARE-CREDENTIAL-EXCLUSIVE: both credentials, after the selector checks', () => {
    expect(errs({ cloudflare: { apiKeySecretRef: sel, apiTokenSecretRef: {}, email: 'e' } })).toEqual([
      `Required ${F}.apiTokenSecretRef.name`,
      `Required ${F}.apiTokenSecretRef.key`,
      `Forbidden ${F}`,
    ]);
  });
});

describe('4.2.3 route53', () => {
  const R = `${N0}.route53`;
  test('ISS-DNS01-ROUTE53-REGION-REQUIRED is v1.15.5 only: an empty route53 is valid (ambient credentials, no region)', () => {
    expect(errs({ route53: {} })).toEqual([]);
  });
  test('ISS-DNS01-ROUTE53-ACCESSKEYID-EXCLUSIVE: accessKeyID with accessKeyIDSecretRef is Required (sic) at route53', () => {
    expect(errs({ route53: { accessKeyID: 'AKIA', accessKeyIDSecretRef: sel } })).toEqual([`Required ${R}`]);
  });
  test('ISS-DNS01-ROUTE53-ACCESSKEYIDSECRETREF: a present selector is checked', () => {
    expect(errs({ route53: { accessKeyIDSecretRef: { name: 'n' } } })).toEqual([`Required ${R}.accessKeyIDSecretRef.key`]);
  });
});

describe('4.2.3 acmeDNS, digitalocean, webhook', () => {
  test('ISS-DNS01-ACMEDNS-ACCOUNTSECRET and ISS-DNS01-ACMEDNS-HOST-REQUIRED', () => {
    const C = `${N0}.acmeDNS`;
    expect(errs({ acmeDNS: {} })).toEqual([
      `Required ${C}.accountSecretRef.name`,
      `Required ${C}.accountSecretRef.key`,
      `Required ${C}.host`,
    ]);
    expect(errs({ acmeDNS: { host: 'h', accountSecretRef: sel } })).toEqual([]);
  });
  test('ISS-DNS01-DIGITALOCEAN-TOKEN', () => {
    const D = `${N0}.digitalocean`;
    expect(errs({ digitalocean: {} })).toEqual([`Required ${D}.tokenSecretRef.name`, `Required ${D}.tokenSecretRef.key`]);
    expect(errs({ digitalocean: { tokenSecretRef: sel } })).toEqual([]);
  });
  test('ISS-DNS01-WEBHOOK-SOLVERNAME-REQUIRED; groupName and config are not checked', () => {
    expect(errs({ webhook: { config: { anything: [1, null] } } })).toEqual([`Required ${N0}.webhook.solverName`]);
    expect(errs({ webhook: { solverName: 's' } })).toEqual([]);
  });
});

describe('4.2.3 rfc2136', () => {
  const T = `${N0}.rfc2136`;
  test('ISS-DNS01-RFC2136-NAMESERVER-REQUIRED: an empty nameserver', () => {
    expect(errs({ rfc2136: {} })).toEqual([`Required ${T}.nameserver`]);
  });
  test('ISS-DNS01-RFC2136-NAMESERVER-INVALID: an unbracketed IPv6 address', () => {
    expect(errs({ rfc2136: { nameserver: '2001:db8::1' } })).toEqual([`Invalid ${T}.nameserver`]);
    expect(errs({ rfc2136: { nameserver: '[2001:db8::1]:53' } })).toEqual([]);
  });
  test('ISS-DNS01-RFC2136-TSIGALGORITHM-UNSUPPORTED: case-insensitive, reports "" as the value', () => {
    expect(errs({ rfc2136: { nameserver: 'ns', tsigAlgorithm: 'HmAcMd5' } })).toEqual([]);
    const r = run(withDns01({ rfc2136: { nameserver: 'ns', tsigAlgorithm: 'HMACSHA384' } }));
    expect(r.errors.map((e) => [e.type, e.field, e.badValue])).toEqual([['FieldValueNotSupported', `${T}.tsigAlgorithm`, '']]);
    expect(r.errors[0]?.detail).toMatch(/"HMACMD5", "HMACSHA1", "HMACSHA256", "HMACSHA512"/);
  });
  test('ISS-DNS01-RFC2136-TSIGSECRET: a tsigKeyName needs a complete secret selector', () => {
    expect(errs({ rfc2136: { nameserver: 'ns', tsigKeyName: 'k' } })).toEqual([
      `Required ${T}.tsigSecretSecretRef.name`,
      `Required ${T}.tsigSecretSecretRef.key`,
    ]);
  });
  test('ISS-DNS01-RFC2136-TSIGKEYNAME-REQUIRED: a complete secret selector without tsigKeyName; a name-only selector passes', () => {
    expect(errs({ rfc2136: { nameserver: 'ns', tsigSecretSecretRef: sel } })).toEqual([`Required ${T}.tsigKeyName`]);
    expect(errs({ rfc2136: { nameserver: 'ns', tsigSecretSecretRef: { name: 'only-name' } } })).toEqual([]);
  });
  test('rfc2136 order: nameserver, tsigAlgorithm, TSIG pair', () => {
    expect(errs({ rfc2136: { nameserver: ':53', tsigAlgorithm: 'x', tsigKeyName: 'k' } })).toEqual([
      `Invalid ${T}.nameserver`,
      `NotSupported ${T}.tsigAlgorithm`,
      `Required ${T}.tsigSecretSecretRef.name`,
      `Required ${T}.tsigSecretSecretRef.key`,
    ]);
  });
});
