/**
 * The spellings of a conversion target that `convert` and `cmapi convert` both accept
 * (docs/conversion.md, "Targets"): `GROUP/VERSION` (`cert-manager.io/v1alpha2`,
 * `acme.cert-manager.io/v1`) or a bare `VERSION` (`v1alpha2`), which means the version of the
 * object's own group. Nothing else: no other case, spaces or `GROUP/` alone.
 */
import { type Group, isVersion, KINDS, type Version, VERSIONS } from '../scheme/kinds.js';

/** The cert-manager API groups. */
export const GROUPS: readonly Group[] = [...new Set(KINDS.map((k) => k.group))];

/** A parsed target: the version, and the group when the spelling names one. */
export type ParsedTarget = { ok: true; group: Group | undefined; version: Version } | { ok: false; problem: string };

/** Parses a target spelling; `problem` says what is wrong and what is accepted. */
export function parseTargetSpelling(text: string): ParsedTarget {
  const slash = text.lastIndexOf('/');
  const group = slash < 0 ? undefined : text.slice(0, slash);
  const version = text.slice(slash + 1);
  if (group !== undefined && !(GROUPS as readonly string[]).includes(group))
    return { ok: false, problem: `unknown group ${group}; use ${GROUPS.join(' or ')}, or a bare version` };
  if (!isVersion(version)) return { ok: false, problem: `unknown version ${version}; use one of ${VERSIONS.join(', ')}` };
  return { ok: true, group: group as Group | undefined, version };
}
