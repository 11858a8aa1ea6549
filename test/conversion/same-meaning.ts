/**
 * The round-trip comparison the conversion tests use: equality by meaning, in exactly the sense
 * of src/conversion/meaning.ts (docs/conversion.md): a Go zero value where absence means the
 * same, and a duration, byte string or whole-second time re-printed in Go form, are not a
 * change; every other difference is. A preservation record never restores `status` (the
 * controller's) or `metadata` (whose times Go re-prints at whole seconds), so those are
 * expected as upstream's own round trip leaves them.
 */
import { expect } from 'vitest';
import { meaningOf } from '../../src/conversion/meaning.js';
import { plainConvert } from '../../src/conversion/plain.js';
import { identify } from '../../src/scheme/identify.js';
import type { Version } from '../../src/scheme/kinds.js';

type Obj = Record<string, unknown>;

/** Asserts that `back` (the input after a round trip through `via`) means what `input` means. */
export function expectSameMeaning(back: unknown, input: Obj, via: string | readonly string[]): void {
  const id = identify(input);
  if (!id.ok || id.identity.shape !== 'object') throw new Error('expectSameMeaning takes a single object');
  const { group, kind, version } = id.identity;
  let expected = input;
  if (Object.hasOwn(input, 'status') || Object.hasOwn(input, 'metadata')) {
    let upstream = input;
    let at: Version = version;
    for (const v of [...(typeof via === 'string' ? [via] : via), `${group}/${version}`]) {
      const to = v.slice(v.lastIndexOf('/') + 1) as Version;
      upstream = plainConvert(upstream, group, kind, at, to);
      at = to;
    }
    expected = { ...input };
    for (const k of ['status', 'metadata']) {
      if (Object.hasOwn(upstream, k)) expected[k] = upstream[k];
      else delete expected[k];
    }
  }
  expect(meaningOf(back as Obj, kind)).toEqual(meaningOf(expected, kind));
}
