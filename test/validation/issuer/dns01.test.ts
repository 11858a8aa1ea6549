import { describe, expect, test } from 'vitest';
import { issuerErrors, N0, run, withDns01 } from './run.js';

const webhook = { webhook: { groupName: 'acme.example', solverName: 'example' } };
const digitalocean = { digitalocean: { tokenSecretRef: { name: 'do', key: 'token' } } };

describe('4.2.3 DNS01 common rules', () => {
  test.each(['', 'None', 'Follow'])('ISS-DNS01-CNAMESTRATEGY-INVALID: %j is allowed', (cnameStrategy) => {
    expect(issuerErrors(withDns01({ cnameStrategy, ...webhook }))).toEqual([]);
  });

  test('ISS-DNS01-CNAMESTRATEGY-INVALID: other values (also other case) are invalid', () => {
    expect(issuerErrors(withDns01({ cnameStrategy: 'follow', ...webhook }))).toEqual([`Invalid ${N0}.cnameStrategy`]);
  });

  test('ISS-DNS01-NAMESERVER-INVALID: each bad entry is reported by index with a detail naming the format', () => {
    const nameservers = ['8.8.8.8:53', '8.8.8.8', 'https://1.1.1.1/dns-query', 'https://', 'ns1.example.com:53'];
    const r = run(withDns01({ nameservers, ...webhook }));
    expect(r.errors.map((e) => [e.type, e.field, e.badValue])).toEqual([
      ['FieldValueInvalid', `${N0}.nameservers[1]`, '8.8.8.8'],
      ['FieldValueInvalid', `${N0}.nameservers[3]`, 'https://'],
    ]);
    expect(r.errors[0]?.detail).toMatch(/<host>:<port>/);
    expect(r.errors[1]?.detail).toMatch(/https:\/\/<DoH RFC 8484 server address>/);
  });

  test('common rules come before provider rules: CNAMESTRATEGY, NAMESERVER, provider, PROVIDER-REQUIRED', () => {
    expect(issuerErrors(withDns01({ cnameStrategy: 'x', nameservers: ['a'] }))).toEqual([
      `Invalid ${N0}.cnameStrategy`,
      `Invalid ${N0}.nameservers[0]`,
      `Required ${N0}`,
    ]);
  });
});

describe('4.2.3 DNS01 provider selection', () => {
  test('ISS-DNS01-PROVIDER-REQUIRED: dns01 without a provider', () => {
    expect(issuerErrors(withDns01({}))).toEqual([`Required ${N0}`]);
  });

  test('ISS-DNS01-PROVIDER-MULTIPLE: a later provider is reported at its own path and not validated', () => {
    expect(issuerErrors(withDns01({ ...digitalocean, webhook: {}, rfc2136: {} }))).toEqual([
      `Forbidden ${N0}.rfc2136`,
      `Forbidden ${N0}.webhook`,
    ]);
  });

  test('ISS-DNS01-PROVIDER-MULTIPLE: errors appear at each provider position in provider order', () => {
    const dns01 = { webhook: {}, route53: {}, azureDNS: {} };
    expect(issuerErrors(withDns01(dns01))).toEqual([
      `Required ${N0}.azureDNS.subscriptionID`,
      `Required ${N0}.azureDNS.resourceGroupName`,
      `Forbidden ${N0}.route53`,
      `Forbidden ${N0}.webhook`,
    ]);
  });

  test('ISS-DNS01-PROVIDER-MULTIPLE: akamai is always validated, and counts', () => {
    const akamai = {
      serviceConsumerDomain: 'x',
      accessTokenSecretRef: { name: 'a', key: 'k' },
      clientSecretSecretRef: { name: 'a', key: 'k' },
      clientTokenSecretRef: { name: 'a', key: 'k' },
    };
    expect(issuerErrors(withDns01({ akamai, ...webhook }))).toEqual([`Forbidden ${N0}.webhook`]);
  });

  test('ISS-DNS01-PROVIDER-MULTIPLE: acmeDNS is never reported as extra (upstream quirk) but counts for later ones', () => {
    const acmeDNS = { host: 'https://acme-dns.example', accountSecretRef: { name: 'a', key: 'k' } };
    expect(issuerErrors(withDns01({ cloudDNS: { project: 'p' }, acmeDNS }))).toEqual([]);
    expect(issuerErrors(withDns01({ acmeDNS, ...digitalocean }))).toEqual([`Forbidden ${N0}.digitalocean`]);
  });

  test('ISS-DNS01-PROVIDER-REQUIRED: a null or non-object provider does not count as present', () => {
    expect(issuerErrors(withDns01({ webhook: null, route53: 'x' }))).toEqual([`Required ${N0}`]);
  });
});
