import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { escapeToken, parsePointer, toPointer, unescapeToken } from '../../src/patch/pointer.js';

describe('RFC 6901 JSON Pointers', () => {
  test('~ becomes ~0 and / becomes ~1, in that order', () => {
    expect(escapeToken('cert-manager.io/issuer-name')).toBe('cert-manager.io~1issuer-name');
    expect(escapeToken('a~b')).toBe('a~0b');
    expect(escapeToken('~1')).toBe('~01');
    expect(unescapeToken('~01')).toBe('~1');
  });

  test('paths become pointers; numbers are indices; the empty path is the whole document', () => {
    expect(toPointer(['metadata', 'annotations', 'a/b~c'])).toBe('/metadata/annotations/a~1b~0c');
    expect(toPointer(['items', 0, 'spec'])).toBe('/items/0/spec');
    expect(toPointer([''])).toBe('/');
    expect(toPointer([])).toBe('');
  });

  test('parsePointer reads pointers back and rejects text that is not one', () => {
    expect(parsePointer('/a~1b/0/~0')).toEqual(['a/b', '0', '~']);
    expect(parsePointer('')).toEqual([]);
    expect(parsePointer('a/b')).toBeUndefined();
  });

  test('round trip: parsePointer(toPointer(p)) = p for any keys', () => {
    fc.assert(
      fc.property(fc.array(fc.string()), (p) => {
        expect(parsePointer(toPointer(p))).toEqual(p);
      }),
    );
  });
});
