import { describe, expect, test } from 'vitest';
import { parseRequestUri } from '../../../src/go/url/parse.js';

describe('Go url.ParseRequestURI', () => {
  test.each([
    ['https://dns.example.com/dns-query', 'https', 'dns.example.com'],
    ['https://1.1.1.1:443/dns-query?x=1', 'https', '1.1.1.1:443'],
    ['https://user:pa%20ss@dns.example/', 'https', 'dns.example'],
    ['https://[2001:db8::1]:443/q', 'https', '[2001:db8::1]:443'],
    ['https://[fe80::1%25en0]/q', 'https', '[fe80::1%en0]'],
    ['https://[::ffff:1.2.3.4]/', 'https', '[::ffff:1.2.3.4]'],
    ['HTTPS://Example.COM', 'https', 'Example.COM'],
    ['https://a:', 'https', 'a:'],
    ['https://münchen.example/', 'https', 'münchen.example'],
    ['https://a/#frag', 'https', 'a'],
  ])('%s parses with scheme %s and host %s', (raw, scheme, host) => {
    expect(parseRequestUri(raw)).toMatchObject({ scheme, host });
  });

  test.each([
    ['https://', ''],
    ['https:///path', ''],
    ['https://?q', ''],
    ['https://user@', ''],
    ['mailto:someone', ''],
    ['/just/a/path', ''],
  ])('%s parses with an empty host', (raw, host) => {
    expect(parseRequestUri(raw)?.host).toBe(host);
  });

  test.each([
    '',
    'https://a b/',
    'https://a#frag',
    'https://a:80x/',
    'https://[::1/',
    'https://[::1]x/',
    'https://[1.2.3.4]/',
    'https://[example.com]:443/',
    'https://[]/',
    'https://[fe80::1%25%ZZ]/',
    'https://a%2/',
    'https://a%41/',
    'https://a/%zz',
    'https://a\n/',
    'https://us{er@a/',
    'relative/path',
    ':nothing',
  ])('%j is rejected', (raw) => {
    expect(parseRequestUri(raw)).toBeUndefined();
  });
});
