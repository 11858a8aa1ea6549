import { expect, test } from 'vitest';
import { durationString, readDuration } from '../../../src/validation/helpers/duration-string.js';

test.each([
  [3_600_000_000_000n, '1h0m0s'],
  [300_000_000_000n, '5m0s'],
  [2160n * 3_600_000_000_000n, '2160h0m0s'],
  [5_400_000_000_000n, '1h30m0s'],
  [1_500_000_000n, '1.5s'],
  [500_000_000n, '500ms'],
  [0n, '0s'],
])('H-DURATION-STRING: %s ns prints as %s', (ns, s) => expect(durationString(ns)).toBe(s));

test('H-DURATION-STRING: reading metav1.Duration values', () => {
  expect(readDuration('1h')).toBe(3_600_000_000_000n);
  expect(readDuration(undefined)).toBe('absent');
  expect(readDuration(null)).toBe('absent');
  expect(readDuration('1 hour')).toBe('undecodable');
  expect(readDuration(3600)).toBe('undecodable');
});
