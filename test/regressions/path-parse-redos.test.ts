// Regression (issue 15, ReDoS scan): Path.parse read a printed field path with the global regex
// /([^.[\]]+)|\[([^\]]*)\]/g, which rescans to the end of the text from every unclosed `[`:
// quadratic in the length of the path (recheck: '['.repeat(n)). It is a scanner now, and
// Path.toString walks the parents in a loop instead of recursing once per segment.
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { Path } from '../../src/field/path.js';

/** The former parser, kept as the oracle of what a path means. */
function regexParse(printed: string): string {
  let p = Path.root();
  for (const m of printed.matchAll(/([^.[\]]+)|\[([^\]]*)\]/g)) {
    if (m[1] !== undefined) p = p.child(m[1]);
    else p = /^\d+$/.test(m[2] ?? '') ? p.index(Number(m[2])) : p.key(m[2] ?? '');
  }
  return p.toString();
}

test('the scanner reads every path as the former regex did', () => {
  const text = fc.string({ unit: fc.constantFrom('.', '[', ']', 'a', 'b', '0', '7', '/'), maxLength: 40 });
  fc.assert(
    fc.property(text, (s) => {
      expect(Path.parse(s).toString()).toBe(regexParse(s));
    }),
    { numRuns: 3000, seed: 15 },
  );
  expect(Path.parse('spec.solvers[0].selector.matchLabels[app.kubernetes.io/name]').toString()).toBe(
    'spec.solvers[0].selector.matchLabels[app.kubernetes.io/name]',
  );
});

test('a million unclosed brackets parse, and a 100 000-segment path prints', () => {
  expect(Path.parse(`${'['.repeat(1_000_000)}a`).toString()).toBe('a');
  let p = Path.root('spec');
  for (let i = 0; i < 100_000; i++) p = p.index(i);
  expect(p.toString().endsWith('[99999]')).toBe(true);
});
