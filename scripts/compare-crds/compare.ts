/**
 * Compares every selected CRD schema with our `schemas/<group>/<version>/<Kind>.json` and
 * sorts the differences into documented (allow-listed) and undocumented ones.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type AllowEntry, findAllowance, globToRegExp } from './allow.js';
import { compareSchemas, type Difference } from './diff.js';
import type { Crd } from './load-crds.js';
import { resolveRefs } from './resolve.js';
import { selectTargets, targetLabel } from './select.js';

/** One difference with the target it belongs to and the allow-list entry covering it. */
export interface Finding extends Difference {
  readonly target: string;
  readonly allowedBy?: AllowEntry;
}

/** What a comparison run found. */
export interface Report {
  readonly findings: readonly Finding[];
  readonly compared: readonly string[];
  /** Allow-list entries that matched nothing (probably stale). */
  readonly unusedAllowances: readonly AllowEntry[];
}

/** Options of {@link compareCrds}. */
export interface CompareOptions {
  readonly schemasDir: string;
  readonly allow?: readonly AllowEntry[];
  /** Only targets whose label contains one of these strings (e.g. `/Certificate`). */
  readonly only?: readonly string[];
}

const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

/** The printed form of a finding: `<group>/<version>/<Kind> <path>: <what>`. */
export const formatFinding = (f: Finding): string => `${f.target} ${f.path === '' ? '(root)' : f.path}: ${f.what}`;

/** Runs the comparison for all CRDs (see select.ts for which CRD is used per version). */
export function compareCrds(crds: readonly Crd[], options: CompareOptions): Report {
  const allow = options.allow ?? [];
  const used = new Set<AllowEntry>();
  const findings: Finding[] = [];
  const compared: string[] = [];
  for (const t of selectTargets(crds)) {
    const target = targetLabel(t);
    if (options.only && !options.only.some((o) => target.includes(o))) continue;
    compared.push(`${target} <- ${t.file}`);
    const file = join(options.schemasDir, t.group, t.version, `${t.kind}.json`);
    const diffs: Difference[] = existsSync(file)
      ? compareSchemas(t.schema, resolveRefs(readJson(file), file, readJson))
      : [{ path: '', what: `no schema file ${join(t.group, t.version, `${t.kind}.json`)}` }];
    for (const d of diffs) {
      const allowedBy = findAllowance(allow, target, d);
      if (allowedBy) used.add(allowedBy);
      findings.push({ ...d, target, ...(allowedBy ? { allowedBy } : {}) });
    }
  }
  // An entry is only stale if it concerns a target that was compared in this run.
  const labels = compared.map((c) => c.split(' ')[0] ?? '');
  const inScope = (e: AllowEntry) =>
    (typeof e.target === 'string' ? [e.target] : e.target).some((t) => labels.some((l) => globToRegExp(t).test(l)));
  const unusedAllowances = allow.filter((e) => !used.has(e) && inScope(e));
  return { findings, compared, unusedAllowances };
}
