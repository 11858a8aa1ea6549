// Property: a memoised predicate or parser answers exactly as the function it wraps, whatever the
// order of inputs, repeats, long strings and clearing when the memo is full; the memo stays bounded.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { isDns1123Label, isDns1123Subdomain } from '../../src/go/apimachinery/dns1123.js';
import { isAnnotationKey, isLabelKey, isLabelValue } from '../../src/go/apimachinery/labels.js';
import { MEMO_MAX_LENGTH, memoAccepted, memoParse } from '../../src/go/memo.js';
import { durationValue, parseDuration } from '../../src/go/time/duration.js';

const SEED = 16021;

/** Few distinct strings (so repeats are common), some longer than the memo keeps. */
const word = fc.oneof(
  fc.constantFrom('a', 'b', 'ab', 'a-b', 'A', '', '1h', '90m', 'x/y', 'app.kubernetes.io/name', '-a', 'a.'),
  fc.integer({ min: MEMO_MAX_LENGTH - 2, max: MEMO_MAX_LENGTH + 2 }).map((n) => 'a'.repeat(n)),
  fc.string({ maxLength: 6 }),
);

describe('bounded memos answer as the functions they wrap', () => {
  test('memoAccepted: same answers as the predicate, size never above the limit', () => {
    fc.assert(
      fc.property(fc.array(word, { maxLength: 60 }), fc.integer({ min: 1, max: 5 }), (inputs, limit) => {
        let calls = 0;
        const pred = (s: string): boolean => {
          calls++;
          return s.length % 2 === 0;
        };
        const memo = memoAccepted(pred, limit);
        for (const s of inputs) expect(memo(s)).toBe(s.length % 2 === 0);
        expect(calls).toBeLessThanOrEqual(inputs.length);
      }),
      { seed: SEED, numRuns: 500 },
    );
  });

  test('memoParse: same values as the parser, undefined never remembered', () => {
    fc.assert(
      fc.property(fc.array(word, { maxLength: 60 }), fc.integer({ min: 1, max: 5 }), (inputs, limit) => {
        const parse = (s: string): number | undefined => (s.startsWith('a') ? s.length : undefined);
        const memo = memoParse(parse, limit);
        for (const s of inputs) expect(memo(s)).toBe(parse(s));
      }),
      { seed: SEED, numRuns: 500 },
    );
  });

  test('a predicate is called again for a string past the memo length', () => {
    let calls = 0;
    const memo = memoAccepted(() => {
      calls++;
      return true;
    });
    const long = 'a'.repeat(MEMO_MAX_LENGTH + 1);
    memo(long);
    memo(long);
    memo('short');
    memo('short');
    expect(calls).toBe(3);
  });

  test('the memoised name predicates and durationValue give the same answer on repeated calls', () => {
    fc.assert(
      fc.property(fc.array(word, { maxLength: 40 }), (inputs) => {
        const twice = [...inputs, ...inputs];
        for (const p of [isDns1123Subdomain, isDns1123Label, isLabelKey, isAnnotationKey, isLabelValue]) {
          const first = new Map<string, boolean>();
          for (const s of twice) {
            const v = p(s);
            if (first.has(s)) expect(v).toBe(first.get(s));
            else first.set(s, v);
          }
        }
        for (const s of twice) {
          const parsed = parseDuration(s);
          expect(durationValue(s)).toBe(parsed.ok ? parsed.value : undefined);
        }
      }),
      { seed: SEED, numRuns: 300 },
    );
  });
});
