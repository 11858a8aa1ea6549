import { describe, expect, test } from 'vitest';
import { emailProblem } from '../../../src/validation/helpers/email.js';

describe('H-EMAIL', () => {
  test.each([
    'alice@example.com',
    'a.b+c@sub.example.com',
    "!#$%&'*+-/=?^_`{|}~@x",
    'ünïcode@exämple.com',
    'user@[192.0.2.1]',
    'user@[2001:db8::1]',
    'a@b',
  ])('H-EMAIL: %s is a bare address', (s) => expect(emailProblem(s)).toBeUndefined());

  test.each([
    ['alice.example.com', "mail: missing '@' or angle-addr"],
    ['mailto:alice@example.com', 'mail: expected comma'],
    ['', 'mail: no address'],
    ['a@', "mail: missing '@' or angle-addr"],
    ['Alice Smith', 'mail: no angle-addr'],
    ['.a@b', undefined],
    ['a..b@c', undefined],
    ['a.@b', undefined],
    ['a@b..c', undefined],
    ['a@[not-an-ip]', undefined],
    ['a@[1.2.3.4', undefined],
    ['a b@c', undefined],
    ['<a@b', 'mail: unclosed angle-addr'],
    ['a@b c@d', undefined],
    ['a@b (unclosed', 'mail: misformatted parenthetical comment'],
    ['g: a@b, c@d;', 'mail: group with multiple addresses'],
    ['g: ;', 'mail: empty group'],
  ])('H-EMAIL: %j fails to parse', (s, error) => {
    const p = emailProblem(s);
    expect(p?.kind).toBe('parse');
    if (error !== undefined && p?.kind === 'parse') expect(p.error).toBe(error);
  });

  test.each([
    'Alice <alice@example.com>',
    '<alice@example.com>',
    ' alice@example.com',
    'alice@example.com ',
    'alice@example.com (comment)',
    '"a b"@c',
    '"ab"@c',
    'g: a@b;',
  ])('H-EMAIL: %j parses but is not bare', (s) => expect(emailProblem(s)).toEqual({ kind: 'not-bare' }));

  test('H-EMAIL: linear on long hostile input', () => {
    const start = performance.now();
    emailProblem(`${'('.repeat(50_000)}a@b`);
    emailProblem(`"${'\\"'.repeat(50_000)}`);
    emailProblem(`${'a.'.repeat(50_000)}@`);
    expect(performance.now() - start).toBeLessThan(2000);
  });
});
