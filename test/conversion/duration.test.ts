import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { canonicalDuration, formatDuration, HOUR, MINUTE, parseDuration, SECOND } from '../../src/go/time/duration.js';

const ok = (s: string): bigint | undefined => {
  const p = parseDuration(s);
  return p.ok ? p.value : undefined;
};

describe('parseDuration (Go time.ParseDuration)', () => {
  test.each([
    ['0', 0n],
    ['-0', 0n],
    ['+0', 0n],
    ['0s', 0n],
    ['5s', 5n * SECOND],
    ['30s', 30n * SECOND],
    ['1478s', 1478n * SECOND],
    ['-5s', -5n * SECOND],
    ['+5s', 5n * SECOND],
    ['5.0s', 5n * SECOND],
    ['5.6s', 5n * SECOND + 600_000_000n],
    ['5.s', 5n * SECOND],
    ['.5s', 500_000_000n],
    ['1.004s', 1_004_000_000n],
    ['100.00100s', 100n * SECOND + 1_000_000n],
    ['10ns', 10n],
    ['11us', 11_000n],
    ['12µs', 12_000n],
    ['12μs', 12_000n],
    ['13ms', 13_000_000n],
    ['14s', 14n * SECOND],
    ['15m', 15n * MINUTE],
    ['16h', 16n * HOUR],
    ['3h30m', 3n * HOUR + 30n * MINUTE],
    ['10.5s4m', 4n * MINUTE + 10n * SECOND + 500_000_000n],
    ['-2m3.4s', -(2n * MINUTE + 3n * SECOND + 400_000_000n)],
    ['1h2m3s4ms5us6ns', HOUR + 2n * MINUTE + 3n * SECOND + 4_000_000n + 5000n + 6n],
    ['39h9m14.425s', 39n * HOUR + 9n * MINUTE + 14n * SECOND + 425_000_000n],
    ['52763797000ns', 52_763_797_000n],
    ['0.3333333333333333333h', 20n * MINUTE],
    ['9007199254740993ns', 9007199254740993n],
    ['9223372036854775807ns', 9223372036854775807n],
    ['9223372036854775.807us', 9223372036854775807n],
    ['-9223372036854775808ns', -9223372036854775808n],
    ['0.100000000000000000000h', 6n * MINUTE],
    ['0.830103483285477580700h', 49n * MINUTE + 48n * SECOND + 372_539_827n],
  ])('parses %s', (text, want) => {
    expect(ok(text)).toBe(want);
  });

  test.each([
    ['', 'time: invalid duration ""'],
    ['3', 'time: missing unit in duration "3"'],
    ['-', 'time: invalid duration "-"'],
    ['s', 'time: invalid duration "s"'],
    ['.', 'time: invalid duration "."'],
    ['-.', 'time: invalid duration "-."'],
    ['.s', 'time: invalid duration ".s"'],
    ['+.s', 'time: invalid duration "+.s"'],
    ['1d', 'time: unknown unit "d" in duration "1d"'],
    ['1.1.1s', 'time: missing unit in duration "1.1.1s"'],
    ['9223372036854775808ns', 'time: invalid duration "9223372036854775808ns"'],
    ['9223372036854775.808us', 'time: invalid duration "9223372036854775.808us"'],
    ['3000000h', 'time: invalid duration "3000000h"'],
    ['1 h', 'time: unknown unit " h" in duration "1 h"'],
  ])('rejects %j', (text, error) => {
    const p = parseDuration(text);
    expect(p.ok).toBe(false);
    if (!p.ok) expect(p.error).toBe(error);
  });
});

describe('formatDuration (Go Duration.String)', () => {
  test.each([
    [0n, '0s'],
    [1n, '1ns'],
    [1100n, '1.1µs'],
    [2_200_000n, '2.2ms'],
    [3_300_000_000n, '3.3s'],
    [4n * MINUTE + 5n * SECOND, '4m5s'],
    [4n * MINUTE + 5_001_000_000n, '4m5.001s'],
    [5n * HOUR + 6n * MINUTE + 7_001_000_000n, '5h6m7.001s'],
    [8n * MINUTE + 1n, '8m0.000000001s'],
    [HOUR, '1h0m0s'],
    [2160n * HOUR, '2160h0m0s'],
    [-1n, '-1ns'],
    [(1n << 63n) - 1n, '2562047h47m16.854775807s'],
    [-(1n << 63n), '-2562047h47m16.854775808s'],
  ])('prints %s as %s', (d, want) => {
    expect(formatDuration(d)).toBe(want);
  });

  test('canonicalDuration re-prints in Go form', () => {
    expect(canonicalDuration('2160h')).toBe('2160h0m0s');
    expect(canonicalDuration('90m')).toBe('1h30m0s');
    expect(canonicalDuration('nope')).toBeUndefined();
  });

  test('format then parse is identity over int64', () => {
    const int64 = fc.bigInt({ min: -(1n << 63n), max: (1n << 63n) - 1n });
    fc.assert(fc.property(int64, (d) => ok(formatDuration(d)) === d));
  });

  test('parse never throws on arbitrary strings', () => {
    fc.assert(fc.property(fc.string(), (s) => typeof parseDuration(s).ok === 'boolean'));
  });
});
