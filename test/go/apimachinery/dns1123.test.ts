import { describe, expect, test } from 'vitest';
import { dns1123SubdomainProblems, isDns1123SubdomainSyntax } from '../../../src/go/apimachinery/dns1123.js';

describe('H-DNS1123SUBDOMAIN', () => {
  test.each(['a', 'abc', 'example.com', 'a-b.c-d', '0', 'a'.repeat(100), `${'a'.repeat(63)}.${'b'.repeat(189)}`])(
    'H-DNS1123SUBDOMAIN: %s is valid',
    (v) => expect(dns1123SubdomainProblems(v)).toEqual([]),
  );

  test.each(['', 'A', 'a_b', '-a', 'a-', 'a..b', '.a', 'a.', 'a.-b', 'ä', 'a b'])(
    'H-DNS1123SUBDOMAIN: %j is invalid (one message)',
    (v) => {
      expect(dns1123SubdomainProblems(v)).toHaveLength(1);
      expect(isDns1123SubdomainSyntax(v)).toBe(false);
    },
  );

  test('H-DNS1123SUBDOMAIN: longer than 253 bytes and malformed gives two messages', () => {
    const long = `${'A'.repeat(254)}`;
    const msgs = dns1123SubdomainProblems(long);
    expect(msgs).toHaveLength(2);
    expect(msgs[0]).toContain('253 characters');
  });

  test('H-DNS1123SUBDOMAIN: exactly 253 bytes is fine, 254 is too long', () => {
    const ok = `${'a'.repeat(63)}.${'a'.repeat(63)}.${'a'.repeat(63)}.${'a'.repeat(61)}`;
    expect(ok.length).toBe(253);
    expect(dns1123SubdomainProblems(ok)).toEqual([]);
    expect(dns1123SubdomainProblems(`${ok}a`)).toEqual(['must be no more than 253 characters']);
    expect(dns1123SubdomainProblems(`${ok}a`, 'bytes')).toEqual(['must be no more than 253 bytes']);
  });
});
