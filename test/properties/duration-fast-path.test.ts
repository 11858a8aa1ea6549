// Property: parseDuration and durationValue (a fast path in front of the Go port) give exactly
// what the port parseDurationPort gives, on duration-like and arbitrary strings; formatDuration
// (float digits) prints exactly what the bigint port formatDurationPort prints.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { durationValue, formatDuration, formatDurationPort, parseDuration, parseDurationPort } from '../../src/go/time/duration.js';

const SEED = 16016;
const UNITS = ['ns', 'us', '\u00b5s', '\u03bcs', 'ms', 's', 'm', 'h', 'hs', 'mss', 'sm', 'd', '', 'M', 'S'];

/** A decimal number: small, near 2^53 or near 2^63 (as digits), sometimes with a fraction. */
const number = fc.oneof(
  fc.nat({ max: 100_000 }).map(String),
  fc.bigInt({ min: 0n, max: 1n << 64n }).map(String),
  fc.bigInt({ min: (1n << 53n) - 1000n, max: (1n << 53n) + 1000n }).map(String),
  fc.integer({ min: 0, max: 20 }).map((n) => '0'.repeat(n)),
  fc.tuple(fc.nat({ max: 999 }), fc.nat({ max: 999_999 })).map(([a, b]) => `${a}.${b}`),
  fc.constantFrom('.5', '5.', '.', ''),
);

/** Duration-shaped text: an optional sign and a sequence of numbers with (possibly wrong) units. */
const durationLike = fc
  .tuple(fc.constantFrom('', '-', '+', '--'), fc.array(fc.tuple(number, fc.constantFrom(...UNITS)), { minLength: 0, maxLength: 5 }))
  .map(([sign, parts]) => sign + parts.map(([n, u]) => n + u).join(''));

/** Arbitrary strings over the characters a duration uses, plus any unicode. */
const anyText = fc.oneof(
  fc.string({ unit: fc.constantFrom(...'0123456789.-+nsumhµμ x'.split('')), maxLength: 24 }),
  fc.string({ unit: 'grapheme', maxLength: 12 }),
);

function agrees(s: string): void {
  const port = parseDurationPort(s);
  expect(parseDuration(s)).toEqual(port);
  expect(durationValue(s)).toBe(port.ok ? port.value : undefined);
}

describe('duration fast path', () => {
  test('equals the port on duration-shaped text', () => {
    fc.assert(fc.property(durationLike, agrees), { seed: SEED, numRuns: 3000 });
  });

  test('equals the port on arbitrary text', () => {
    fc.assert(fc.property(anyText, agrees), { seed: SEED, numRuns: 2000 });
  });

  test('equals the port on whole h/m/s/ms durations up to past int64 (years-long certificate durations)', () => {
    const part = fc.tuple(fc.bigInt({ min: 0n, max: 3_000_000n }), fc.constantFrom('h', 'm', 's', 'ms', 'us', 'ns'));
    const text = fc
      .tuple(fc.constantFrom('', '-', '+'), fc.array(part, { minLength: 1, maxLength: 4 }))
      .map(([sign, parts]) => sign + parts.map(([n, u]) => `${n}${u}`).join(''));
    fc.assert(fc.property(text, agrees), { seed: SEED, numRuns: 3000 });
  });

  test('equals the port at the edges of the exact range and of int64', () => {
    for (const s of [
      '0',
      '-0',
      '+0',
      '00',
      '0s',
      '-0s',
      '9007199254740991ns',
      '9007199254740992ns',
      '9007199254740993ns',
      '2501999h',
      '2502h',
      '9223372036854775807ns',
      '9223372036854775808ns',
      '-9223372036854775808ns',
      '2562047h47m16s854775807ns',
      '2562047h47m16s854775808ns',
      '2562047h47m17s',
      '-2562047h47m16s854775808ns',
      '87600h',
      '87600h0m0s',
      '8760h30m15s500ms',
      '2562047h',
      '2562048h',
      '2501999999999h',
      '1h1h1h',
      '2160h0m0s',
      '1µs',
      '1\u03bcs',
      '1h.5m',
      '1.5h',
      '-',
      '+',
      '',
    ])
      agrees(s);
  });

  test('formatDuration equals the port on every int64 scale and beyond', () => {
    const ns = fc.oneof(
      fc.bigInt({ min: -(1n << 64n), max: 1n << 64n }),
      fc.bigInt({ min: -2_000_000_000n, max: 2_000_000_000n }),
      fc.bigInt({ min: -(10n ** 16n), max: 10n ** 16n }),
      fc
        .tuple(
          fc.bigInt({ min: -100_000n, max: 100_000n }),
          fc.constantFrom(1n, 1000n, 10n ** 6n, 10n ** 9n, 6n * 10n ** 10n, 36n * 10n ** 11n),
        )
        .map(([n, unit]) => n * unit),
      fc.constantFrom(
        0n,
        1n,
        -1n,
        999n,
        1000n,
        999_999n,
        10n ** 9n - 1n,
        10n ** 9n,
        (1n << 63n) - 1n,
        -(1n << 63n),
        1n << 63n,
        -(1n << 63n) - 1n,
      ),
    );
    fc.assert(
      fc.property(ns, (d) => {
        expect(formatDuration(d)).toBe(formatDurationPort(d));
      }),
      { seed: SEED, numRuns: 3000 },
    );
  });
});
