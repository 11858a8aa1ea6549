// Property: the fast name predicates (charCode scans on the success path) say "valid" exactly when
// the message-producing reference checks of the Go ports find no problem.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { dns1123LabelProblems, dns1123SubdomainProblems, isDns1123Label, isDns1123Subdomain } from '../../src/go/apimachinery/dns1123.js';
import { isAnnotationKey, isLabelKey, isLabelValue, labelKeyProblems, labelValueProblems } from '../../src/go/apimachinery/labels.js';

const SEED = 16017;

/** Characters that matter to the checks, plus unicode whose lower-case form is ASCII (Kelvin sign) or longer (İ). */
const CHARS = [...'abcz019AZ.-_/', '.', '-', 'é', '\u212a', '\u0130', '\u00df', '😀', '\ud800', ' '];

const piece = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...CHARS) },
  { weight: 2, arbitrary: fc.constantFrom('example', 'com', 'a-b', 'app.kubernetes.io', 'cert-manager.io/', 'x_y') },
  { weight: 1, arbitrary: fc.integer({ min: 55, max: 70 }).map((n) => 'a'.repeat(n)) },
  { weight: 1, arbitrary: fc.integer({ min: 245, max: 260 }).map((n) => 'b'.repeat(n)) },
);

/** Name-like strings: concatenated pieces, including lengths at and around 63 and 253. */
const nameLike = fc.array(piece, { maxLength: 12 }).map((ps) => ps.join(''));

/** Strings of exact lengths around the limits, made of valid parts and one varied character. */
const nearLimit = fc
  .tuple(fc.constantFrom(62, 63, 64, 252, 253, 254, 256, 317), fc.constantFrom('a', 'A', '.', '-', 'é'), fc.nat({ max: 400 }))
  .map(([n, c, at]) => {
    const base = 'a'.repeat(n).split('');
    if (n > 0) base[at % n] = c;
    return base.join('');
  });

/** Label keys with a prefix near the limits. */
const keyLike = fc
  .tuple(fc.oneof(nameLike, nearLimit), fc.oneof(nameLike, nearLimit), fc.boolean())
  .map(([prefix, name, slash]) => (slash ? `${prefix}/${name}` : name));

/** Short strings over the separators, dense in the corner cases (`a-.b`, `a..b`, `-a`, `a/`). */
const separators = fc.string({ unit: fc.constantFrom('a', 'Z', '0', '-', '.', '_', '/'), maxLength: 10 });

/** Dotted names whose parts are mostly valid: every way a part can start or end with '-' or be empty. */
const dotted = fc
  .array(fc.string({ unit: fc.constantFrom('a', '0', '-', 'b'), maxLength: 4 }), { minLength: 1, maxLength: 4 })
  .map((parts) => parts.join('.'));
const dottedKey = fc.tuple(dotted, dotted).map(([prefix, name]) => `${prefix}/${name}`);

const inputs = fc.oneof(
  nameLike,
  nearLimit,
  keyLike,
  separators,
  dotted,
  dottedKey,
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.string({ maxLength: 300 }),
);

const options = { seed: SEED, numRuns: 3000 };

describe('fast name predicates equal the reference checks', () => {
  test('H-DNS1123SUBDOMAIN: isDns1123Subdomain', () => {
    fc.assert(
      fc.property(inputs, (s) => {
        expect(isDns1123Subdomain(s)).toBe(dns1123SubdomainProblems(s).length === 0);
      }),
      options,
    );
  });

  test('META-NAMESPACE: isDns1123Label', () => {
    fc.assert(
      fc.property(inputs, (s) => {
        expect(isDns1123Label(s)).toBe(dns1123LabelProblems(s).length === 0);
      }),
      options,
    );
  });

  test('H-LABELKEY: isLabelKey', () => {
    fc.assert(
      fc.property(inputs, (s) => {
        expect(isLabelKey(s)).toBe(labelKeyProblems(s).length === 0);
      }),
      options,
    );
  });

  test('H-ANNOTATIONS: isAnnotationKey (keys are checked lower-cased)', () => {
    fc.assert(
      fc.property(inputs, (s) => {
        expect(isAnnotationKey(s)).toBe(labelKeyProblems(s.toLowerCase()).length === 0);
      }),
      options,
    );
  });

  test('H-LABELVALUE: isLabelValue', () => {
    fc.assert(
      fc.property(inputs, (s) => {
        expect(isLabelValue(s)).toBe(labelValueProblems(s).length === 0);
      }),
      options,
    );
  });

  test('the generators reach both answers of every predicate', () => {
    const samples = fc.sample(inputs, { seed: SEED, numRuns: 3000 });
    for (const p of [isDns1123Subdomain, isDns1123Label, isLabelKey, isAnnotationKey, isLabelValue]) {
      expect(samples.some(p)).toBe(true);
      expect(samples.some((s) => !p(s))).toBe(true);
    }
    expect(samples.some((s) => isDns1123Subdomain(s) && s.length > 200)).toBe(true);
    expect(samples.some((s) => isLabelKey(s) && s.includes('/'))).toBe(true);
  });
});
