// Rule coverage: lists every rule ID of a validation spec (table rows of spec/validation.md whose
// first cell is an ID) and the test names that carry it, and fails when an ID has no test.
//
//   npx tsx scripts/rule-coverage.ts <path/to/validation.md> [--markdown]
//
// Test names come from a vitest run with the JSON reporter, so names built from tables count.
// The spec lives outside the repository, so this is not part of `npm test`.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';

const [specPath, ...flags] = process.argv.slice(2);
if (!specPath) {
  console.error('usage: tsx scripts/rule-coverage.ts <validation.md> [--markdown]');
  process.exit(2);
}

const ids = [
  ...new Set([...readFileSync(specPath, 'utf8').matchAll(/^\|\s*([A-Z][A-Z0-9]*(?:-[A-Z0-9]+)+)\s*\|/gm)].map((m) => m[1] as string)),
];

// The full names of every test, as vitest reports them (templated names resolved).
const report = spawnSync(
  process.execPath,
  ['node_modules/vitest/vitest.mjs', 'run', '--reporter=json', '--outputFile=temp/test-names.json'],
  {
    stdio: ['ignore', 'ignore', 'inherit'],
  },
);
if (report.error) throw report.error;
const results = JSON.parse(readFileSync('temp/test-names.json', 'utf8')) as {
  testResults: { name: string; assertionResults: { fullName: string; status: string }[] }[];
};
const names = results.testResults.flatMap((f) =>
  f.assertionResults.map((a) => ({ file: relative(process.cwd(), f.name), name: a.fullName, passed: a.status === 'passed' })),
);

const rows = ids.map((id) => {
  const re = new RegExp(`(^|[^A-Z0-9-])${id}($|[^A-Z0-9-])`);
  const hits = names.filter((n) => n.passed && re.test(n.name));
  return { id, hits };
});
const covered = rows.filter((r) => r.hits.length > 0);
if (flags.includes('--markdown')) {
  console.log('| rule ID | tests | first test |');
  console.log('|---|---|---|');
  for (const r of rows)
    console.log(`| ${r.id} | ${r.hits.length} | ${r.hits[0] ? `${r.hits[0].file}: ${r.hits[0].name.slice(0, 80)}` : '**none**'} |`);
}
console.log(`${covered.length} of ${ids.length} rule IDs appear in test names`);
for (const r of rows) if (r.hits.length === 0) console.log(`missing: ${r.id}`);
process.exitCode = covered.length === ids.length ? 0 : 1;
