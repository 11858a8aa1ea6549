/**
 * Chooses, for each (group, version, kind), the one CRD to compare our schema with.
 *
 * A folder may hold two CRDs of the same kind that both define a version: the legacy set
 * (all four versions) and the latest set (only v1). The rule: for `v1`, use the CRD that
 * defines **only** v1 (the newest schema, which our v1 follows); for any other version, use the
 * CRD that defines the **most** versions (the legacy set, the only one that has them). Ties
 * keep the first file in path order. When no CRD defines only v1, the v1 of the CRD with the
 * fewest versions is used.
 */
import type { Crd, CrdVersion } from './load-crds.js';

/** One schema to compare: where it comes from and what it is. */
export interface Target {
  readonly group: string;
  readonly version: string;
  readonly kind: string;
  readonly file: string;
  readonly schema: unknown;
}

/** The label printed in front of every difference, e.g. `cert-manager.io/v1/Certificate`. */
export const targetLabel = (t: { group: string; version: string; kind: string }): string => `${t.group}/${t.version}/${t.kind}`;

function better(version: string, a: Crd, b: Crd): boolean {
  if (version === 'v1') {
    const onlyA = a.versions.length === 1;
    const onlyB = b.versions.length === 1;
    if (onlyA !== onlyB) return onlyA;
    return a.versions.length < b.versions.length;
  }
  return a.versions.length > b.versions.length;
}

/** One target per (group, version, kind), chosen by the rule above, sorted by label. */
export function selectTargets(crds: readonly Crd[]): Target[] {
  const chosen = new Map<string, { crd: Crd; v: CrdVersion }>();
  for (const crd of crds) {
    for (const v of crd.versions) {
      const key = targetLabel({ group: crd.group, version: v.name, kind: crd.kind });
      const current = chosen.get(key);
      if (!current || better(v.name, crd, current.crd)) chosen.set(key, { crd, v });
    }
  }
  return [...chosen.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([, { crd, v }]) => ({ group: crd.group, version: v.name, kind: crd.kind, file: crd.file, schema: v.schema }));
}
