import { describe, expect, test } from 'vitest';
import { isCidr, isIp, parseCidr, parseIp } from '../../../src/go/net/ip.js';

describe('H-IP', () => {
  test.each([
    '127.0.0.1',
    '0.0.0.0',
    '255.255.255.255',
    '::',
    '::1',
    '2001:db8::1',
    '2001:DB8:0:0:0:0:0:1',
    '1:2:3:4:5:6:7:8',
    '::ffff:1.2.3.4',
    '1:2:3:4:5:6:1.2.3.4',
    '1::1.2.3.4',
    'fe80::',
  ])('H-IP: %s is valid', (s) => expect(isIp(s)).toBe(true));

  test.each([
    '',
    '1.2.3',
    '1.2.3.4.5',
    '01.2.3.4',
    '1.2.3.256',
    '1..2.3',
    '.1.2.3',
    '1.2.3.4.',
    ' 1.2.3.4',
    '1.2.3.4 ',
    '1.2.3.4/32',
    'fe80::1%eth0',
    '[::1]',
    '1:2:3:4:5:6:7:8:9',
    '1:2:3:4:5:6:7',
    '1::2::3',
    '12345::',
    ':1::',
    '1:',
    '1:2:3:4:5:6:7:8::',
    '1:2:3:4:1.2.3.4',
    '::1.2.3',
    'localhost',
    '%',
    '1:2:3:4:5:6:7::8',
  ])('H-IP: %j is invalid', (s) => expect(isIp(s)).toBe(false));

  test('H-IP: bytes of a compressed IPv6 address', () => {
    expect(Array.from(parseIp('2001:db8::1')!.bytes)).toEqual([0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1]);
    expect(Array.from(parseIp('10.1.2.3')!.bytes)).toEqual([10, 1, 2, 3]);
  });
});

describe('H-CIDR', () => {
  test.each(['10.0.0.0/8', '10.0.0.1/8', '0.0.0.0/0', '1.2.3.4/32', '::/0', '2001:db8::/128', '::ffff:1.2.3.4/96', '10.0.0.0/008'])(
    'H-CIDR: %s is valid',
    (s) => expect(isCidr(s)).toBe(true),
  );

  test.each([
    '10.0.0.0',
    '10.0.0.0/',
    '10.0.0.0/33',
    '::/129',
    '10.0.0.0/+8',
    '10.0.0.0/8/8',
    '/8',
    'fe80::%1/64',
    '1.2.3.4/ 8',
    '1.2.3.4/99999999',
  ])('H-CIDR: %j is invalid', (s) => expect(isCidr(s)).toBe(false));

  test('H-CIDR: an IPv4-mapped address takes IPv6 prefix lengths', () => {
    expect(parseCidr('::ffff:1.2.3.4/100')?.prefix).toBe(100);
  });
});
