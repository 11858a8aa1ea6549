// Every regular expression in src/ is checked for ReDoS with recheck (static scan: regex literals
// and RegExp(…) calls). A pattern built at run time cannot be checked and fails the test too.
import { checkSync } from 'recheck';
import { describe, expect, test } from 'vitest';
import { findRegexes } from './regexes.js';

/**
 * Patterns known to be polynomial, in code this change does not own, fixed elsewhere (issue 15
 * §3 and the CLI's path locator): `file` and `text` must match a regex found by the scan, so an
 * entry whose regex is gone fails the test and must be removed.
 */
const PENDING: ReadonlyArray<{ file: string; text: string }> = [];

const found = findRegexes();
const pending = (where: string, text: string) => PENDING.some((p) => where.startsWith(`${p.file}:`) && p.text === text);

test('the scan finds the regexes of src/', () => {
  expect(found.length).toBeGreaterThan(30);
  expect(found.some((r) => r.where.startsWith('src/go/strconv/quote.ts:') && r.text === '/^[ !#-[\\]-~]*$/')).toBe(true);
  for (const p of PENDING)
    expect(
      found.some((r) => r.where.startsWith(`${p.file}:`) && r.text === p.text),
      `stale PENDING entry ${p.file} ${p.text}`,
    ).toBe(true);
});

describe('no regex in src/ is open to ReDoS', () => {
  for (const r of found.filter((x) => !pending(x.where, x.text))) {
    test(`${r.where} ${r.text.slice(0, 80)}`, () => {
      expect(r.source, `a pattern built at run time cannot be checked: ${r.text}`).toBeDefined();
      const d = checkSync(r.source as string, r.flags, { timeout: 20_000 });
      const why = d.status === 'vulnerable' ? `${d.complexity.type}: ${d.attack.pattern}` : d.status === 'unknown' ? d.error.kind : '';
      expect(d.status, why).toBe('safe');
    });
  }
});
