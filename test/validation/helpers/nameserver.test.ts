import { describe, expect, test } from 'vitest';
import { dns01NameserverProblem, isValidRfc2136Nameserver } from '../../../src/validation/helpers/nameserver.js';

describe('H-RFC2136-NAMESERVER', () => {
  test.each([
    '127.0.0.1',
    '8.8.8.8:',
    '8.8.8.8:53',
    '[2001:db8::1]',
    '[2001:db8::1]:53',
    'dns.example.com',
    'dns',
    'dns:',
    'dns:abc',
    ' 8.8.8.8 ',
    '\u00a08.8.8.8',
  ])('H-RFC2136-NAMESERVER: %j is valid', (ns) => expect(isValidRfc2136Nameserver(ns)).toBe(true));
  test.each(['', '   ', '2001:db8::1', '[]:53', ':53', '[]', 'a[b:53', '[::1]:53:54'])('H-RFC2136-NAMESERVER: %j is invalid', (ns) =>
    expect(isValidRfc2136Nameserver(ns)).toBe(false),
  );
});

describe('H-DNS01-NAMESERVER', () => {
  test.each([
    '8.8.8.8:53',
    'ns.example.com:53',
    '8.8.8.8:',
    '[2001:db8::1]:53',
    'http://x',
    'HTTPS://x',
    'https://1.1.1.1/dns-query',
    'https://dns.example',
  ])('H-DNS01-NAMESERVER: %j is valid', (ns) => expect(dns01NameserverProblem(ns)).toBeUndefined());
  test.each(['8.8.8.8', '2001:db8::1', '', 'ns.example.com'])('H-DNS01-NAMESERVER: %j is not host:port', (ns) =>
    expect(dns01NameserverProblem(ns)).toMatch(/<host>:<port>/),
  );
  test.each(['https://', 'https:///dns-query', 'https://a b', 'https://a:x/'])('H-DNS01-NAMESERVER: %j is not a DoH URL', (ns) =>
    expect(dns01NameserverProblem(ns)).toMatch(/https:\/\/<DoH RFC 8484 server address>/),
  );
});
