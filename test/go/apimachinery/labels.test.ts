import { describe, expect, test } from 'vitest';
import { labelKeyProblems, labelValueProblems } from '../../../src/go/apimachinery/labels.js';

describe('H-LABELKEY', () => {
  test.each(['a', 'MyName', 'my.name', '123-abc', 'a_b', 'example.com/MyName', 'cert-manager.io/allow-direct-injection', 'x'.repeat(63)])(
    'H-LABELKEY: %s is valid',
    (k) => expect(labelKeyProblems(k)).toEqual([]),
  );

  test('H-LABELKEY: more than one slash gives exactly one message', () => {
    expect(labelKeyProblems('a/b/c')).toHaveLength(1);
    expect(labelKeyProblems('a/b/c')[0]).toMatch(/^a valid label key/);
  });

  test('H-LABELKEY: empty prefix', () => {
    expect(labelKeyProblems('/abc')).toEqual(['prefix part must be non-empty']);
  });

  test('H-LABELKEY: bad prefix messages are prefixed', () => {
    const msgs = labelKeyProblems('Example.com/abc');
    expect(msgs).toHaveLength(1);
    expect(msgs[0]).toMatch(/^prefix part must be a lowercase RFC 1123 subdomain/);
    expect(labelKeyProblems(`${'a'.repeat(254)}/x`)).toEqual(['prefix part must be no more than 253 bytes']);
  });

  test('H-LABELKEY: an empty name part gives two messages', () => {
    const msgs = labelKeyProblems('example.com/');
    expect(msgs).toHaveLength(2);
    expect(msgs[0]).toBe('name part must be non-empty');
    expect(labelKeyProblems('')).toHaveLength(2);
  });

  test('H-LABELKEY: name part longer than 63 bytes (UTF-8 bytes, not characters)', () => {
    expect(labelKeyProblems('x'.repeat(64))).toEqual(['name part must be no more than 63 bytes']);
    // 32 two-byte characters = 64 bytes: too long, and not alphanumeric either
    expect(labelKeyProblems('é'.repeat(32))).toHaveLength(2);
  });

  test.each(['-a', 'a-', '_a', 'a b', 'a@b', '.a'])('H-LABELKEY: malformed name %j', (k) => {
    expect(labelKeyProblems(k)).toHaveLength(1);
    expect(labelKeyProblems(k)[0]).toMatch(/^name part /);
  });
});

describe('H-LABELVALUE', () => {
  test.each(['', 'MyValue', 'my_value', '12345', 'a.b-c_d', 'v'.repeat(63)])('H-LABELVALUE: %j is valid', (v) =>
    expect(labelValueProblems(v)).toEqual([]),
  );

  test.each(['-a', 'a-', 'a b', 'a/b', 'ä'])('H-LABELVALUE: %j is invalid', (v) => expect(labelValueProblems(v)).toHaveLength(1));

  test('H-LABELVALUE: longer than 63 bytes', () => {
    expect(labelValueProblems('v'.repeat(64))).toEqual(['must be no more than 63 bytes']);
    expect(labelValueProblems(`-${'v'.repeat(64)}`)).toHaveLength(2);
  });
});
