// docs/release-rules.md lists every entry of RELEASE_RULES with the same since/until releases,
// and its gate table matches releaseFeatureGates, so the page cannot drift from the code.
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { CERT_MANAGER_RELEASES } from '../../src/release/release.js';
import { type FeatureGate, gateExists, releaseFeatureGates } from '../../src/validation/feature-gates.js';
import { RELEASE_RULES, type ReleaseSpan } from '../../src/validation/release-rules.js';

const doc = readFileSync(new URL('../../docs/release-rules.md', import.meta.url), 'utf8');
const rows = new Map(
  doc
    .split('\n')
    .filter((l) => l.startsWith('| ') && !l.startsWith('| rule') && !l.startsWith('| gate'))
    .map((l) => l.split('|').map((c) => c.trim()))
    .map((cells) => [cells[1] ?? '', cells.slice(2, -1)] as const),
);

test.each(Object.entries(RELEASE_RULES) as [string, ReleaseSpan][])('%s is documented with its releases', (id, span) => {
  const cells = rows.get(id);
  expect(cells, `${id} has no row`).toBeDefined();
  expect(cells?.slice(0, 2)).toEqual([span.since ?? '', span.until ?? '']);
});

test('every documented rule row is in RELEASE_RULES', () => {
  const ruleRows = [...rows.keys()].filter((k) => !k.startsWith('`'));
  expect(ruleRows.filter((k) => !(k in RELEASE_RULES))).toEqual([]);
});

test.each(Object.keys(releaseFeatureGates('master')) as FeatureGate[])('gate %s: the documented defaults are the code defaults', (gate) => {
  const cells = rows.get(`\`${gate}\``);
  expect(cells, `${gate} has no row`).toBeDefined();
  const documented = (cells ?? []).map((c) => c.replace(/[¹²³]/g, ''));
  const actual = CERT_MANAGER_RELEASES.map((r) => (!gateExists(gate, r) ? '–' : releaseFeatureGates(r)[gate] ? 'on' : 'off'));
  expect(documented).toEqual(actual);
});
