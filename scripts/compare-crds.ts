/**
 * Compares upstream CRD schemas with our generated JSON Schemas.
 *
 *   npx tsx scripts/compare-crds.ts <crd-folder> [--schemas <dir>] [--allow <file>] [--only <text>]... [--verbose]
 *   npx tsx scripts/compare-crds.ts <crd-folder-of-one-release> --release v1.14
 *
 * Prints one line per undocumented difference (`<group>/<version>/<Kind> <path>: <what>`) and a
 * total; exits 1 when any remain, 2 on usage or input errors. `--allow` defaults to
 * scripts/compare-crds.allow.json; `--verbose` also prints the allowed differences with their
 * reasons. `--release` compares with `schemas/releases/<release>/` and also applies
 * scripts/compare-crds.releases.allow.json. Which CRD is used when several define the same
 * version: see compare-crds/select.ts.
 * Not part of `npm test` (it needs a folder of upstream CRDs).
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parseAllowList } from './compare-crds/allow.js';
import { compareCrds, formatFinding } from './compare-crds/compare.js';
import { loadCrds } from './compare-crds/load-crds.js';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

function main(argv: string[]): number {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      schemas: { type: 'string', default: here('../schemas') },
      allow: { type: 'string', default: here('./compare-crds.allow.json') },
      only: { type: 'string', multiple: true },
      verbose: { type: 'boolean', default: false },
      release: { type: 'string' },
    },
  });
  const [folder] = positionals;
  if (!folder) {
    console.error('usage: compare-crds <crd-folder> [--schemas dir] [--allow file] [--only text]... [--verbose]');
    return 2;
  }
  const { crds, problems } = loadCrds(folder);
  const allowFiles = [values.allow, ...(values.release ? [here('./compare-crds.releases.allow.json')] : [])];
  const lists = allowFiles.filter((f) => existsSync(f)).map((f) => parseAllowList(JSON.parse(readFileSync(f, 'utf8'))));
  const allow = { entries: lists.flatMap((l) => l.entries), problems: lists.flatMap((l) => l.problems) };
  const schemasDir = values.release ? here(`../schemas/releases/${values.release}`) : values.schemas;
  for (const p of [...problems, ...allow.problems]) console.error(p);
  if (problems.length + allow.problems.length > 0) return 2;
  const report = compareCrds(crds, { schemasDir, allow: allow.entries, ...(values.only ? { only: values.only } : {}) });
  const open = report.findings.filter((f) => !f.allowedBy);
  for (const f of open) console.log(formatFinding(f));
  if (values.verbose)
    for (const f of report.findings.filter((x) => x.allowedBy)) console.log(`allowed: ${formatFinding(f)} (${f.allowedBy?.reason})`);
  for (const e of report.unusedAllowances) console.error(`unused allow-list entry: ${String(e.target)} ${e.path}`);
  console.log(
    `${report.compared.length} schemas compared, ${report.findings.length} differences: ${report.findings.length - open.length} documented, ${open.length} undocumented`,
  );
  return open.length > 0 ? 1 : 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (e) {
  // Unreadable folders or files, malformed JSON: report and exit with the usage/input code.
  console.error(`compare-crds: ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 2;
}
