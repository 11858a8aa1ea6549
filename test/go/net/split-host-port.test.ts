import { describe, expect, test } from 'vitest';
import { splitHostPort } from '../../../src/go/net/split-host-port.js';

describe('H-SPLITHOSTPORT', () => {
  test.each([
    ['8.8.8.8:53', '8.8.8.8', '53'],
    ['8.8.8.8:', '8.8.8.8', ''],
    ['[2001:db8::1]:53', '2001:db8::1', '53'],
    ['[::1]:', '::1', ''],
    ['ns.example.com:dns', 'ns.example.com', 'dns'],
    [':53', '', '53'],
    ['[]:53', '', '53'],
    ['http://x', 'http', '//x'],
  ])('H-SPLITHOSTPORT: %s splits into host %s and port %s', (input, host, port) => {
    expect(splitHostPort(input)).toEqual({ ok: true, host, port });
  });

  test.each([
    ['8.8.8.8', 'missing port in address'],
    ['', 'missing port in address'],
    ['2001:db8::1', 'too many colons in address'],
    ['[2001:db8::1]', 'missing port in address'],
    ['[2001:db8::1', "missing ']' in address"],
    ['[::1]x:53', 'missing port in address'],
    ['[::1]:53:54', 'too many colons in address'],
    ['a[b:53', "unexpected '[' in address"],
    ['a]b:53', "unexpected ']' in address"],
    ['[a[b]:53', "unexpected '[' in address"],
    ['[ab]]:53', 'missing port in address'],
  ])('H-SPLITHOSTPORT: %s is rejected (%s)', (input, reason) => {
    expect(splitHostPort(input)).toEqual({ ok: false, reason });
  });
});
