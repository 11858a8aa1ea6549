/**
 * Reading and checking a preservation record (docs/conversion.md, "What a record may do").
 * Whoever can edit an object can write its annotations, so a record is untrusted input. It is
 * used only when:
 * - it is well-formed: `{"from":"<version>","patch":[…]}` with `add`/`remove`/`replace`
 *   operations only;
 * - its operations stay inside what conversion can drop or re-print: never the whole object,
 *   `apiVersion`, `kind`, `metadata` or `status`;
 * - it was written from the object's current version (`from`), and it matches the object it
 *   rides on: the object it restores converts back to this object, by meaning. A record can
 *   therefore change only what the object's own version cannot show.
 * This binds a record to its object against mistakes (a record copied to another object, an
 * object edited since); it is not authentication: it stops no one from setting a field that
 * their own edit rights allow them to set anyway.
 */
import type { Group, Kind, Version } from '../scheme/kinds.js';
import { isRecord, type JsonObject } from '../util/json.js';
import { copyJson } from './clone.js';
import { applyPatch, type PatchOp } from './json-patch.js';
import { sameMeaning } from './meaning.js';
import { plainConvert } from './plain.js';

/** Top-level members a record may never touch. */
const FORBIDDEN = new Set(['apiVersion', 'kind', 'metadata', 'status']);

/** Why an operation at `path` may not be in a record, or undefined when it may. */
export function forbiddenPath(path: string): string | undefined {
  if (path === '') return 'it replaces the whole object';
  const top = path.split('/')[1]?.replaceAll('~1', '/').replaceAll('~0', '~') ?? '';
  return FORBIDDEN.has(top) ? `it changes ${top}` : undefined;
}

/** A record as parsed, or why it cannot be used. */
export type ParsedRecord = { ok: true; from: string; patch: PatchOp[] } | { ok: false; problem: string };

/** Parses and structurally checks an annotation value. */
export function parseRecord(raw: unknown): ParsedRecord {
  if (typeof raw !== 'string') return { ok: false, problem: 'it is not a string' };
  let v: unknown;
  try {
    v = JSON.parse(raw);
  } catch {
    return { ok: false, problem: 'it is not JSON' };
  }
  if (!isRecord(v) || typeof v.from !== 'string' || !Array.isArray(v.patch))
    return { ok: false, problem: 'it is not {"from": "<version>", "patch": [...]}' };
  const patch: PatchOp[] = [];
  for (const o of v.patch) {
    if (!isRecord(o) || typeof o.path !== 'string') return { ok: false, problem: 'an operation has no path' };
    const why = forbiddenPath(o.path);
    if (why !== undefined) return { ok: false, problem: `an operation at "${o.path}" is not allowed: ${why}` };
    if (o.op === 'remove') patch.push({ op: 'remove', path: o.path });
    else if ((o.op === 'add' || o.op === 'replace') && Object.hasOwn(o, 'value')) patch.push({ op: o.op, path: o.path, value: o.value });
    else return { ok: false, problem: `an operation at "${o.path}" is not add, remove or replace with a value` };
  }
  return { ok: true, from: v.from, patch };
}

/** The outcome of checking a record against the object it rides on. */
export type CheckedRecord = { ok: true; restored: JsonObject; redundant: boolean } | { ok: false; problem: string };

/** Where a record is checked: the object (without the record) in version `from`, and its kind. */
export interface RecordSite {
  readonly object: JsonObject;
  readonly group: Group;
  readonly kind: Kind;
  readonly from: Version;
}

/**
 * Checks the record `raw` that restores `site.object` as it was in version `to`, and returns
 * the restored object. `plain`, when given, is upstream's conversion of `site.object` to `to`.
 */
export function checkRecord(raw: unknown, site: RecordSite, to: Version, plain?: JsonObject): CheckedRecord {
  const parsed = parseRecord(raw);
  if (!parsed.ok) return parsed;
  if (parsed.from !== site.from)
    return { ok: false, problem: `it was written for a ${parsed.from} object, and this object is ${site.from}` };
  const base = plain ?? plainConvert(site.object, site.group, site.kind, site.from, to);
  const restored = applyPatch(copyJson(base), parsed.patch);
  if (!isRecord(restored)) return { ok: false, problem: 'it does not give an object' };
  restored.apiVersion = `${site.group}/${to}`;
  const back = plainConvert(restored, site.group, site.kind, to, site.from);
  if (!sameMeaning(back, site.object, site.kind))
    return {
      ok: false,
      problem: 'it does not match the object it rides on (the object was changed, or the record was written for another one)',
    };
  return { ok: true, restored, redundant: sameMeaning(restored, base, site.kind) };
}
