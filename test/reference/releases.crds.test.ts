// Issue 12 acceptance: every release's generated v1 schemas against that release's upstream CRDs,
// and every field a release lacks is an unknown field for that release (not for master).
// Reads the reference CRDs from ../shared/crds next to the project; fails (never skips) without them.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { parseAllowList } from '../../scripts/compare-crds/allow.js';
import { compareCrds, formatFinding } from '../../scripts/compare-crds/compare.js';
import { type Crd, loadCrds } from '../../scripts/compare-crds/load-crds.js';
import { CERT_MANAGER_RELEASES, type CertManagerRelease } from '../../src/release/release.js';
import { checkSchema } from '../../src/schema/check.js';
import type { Group, Kind } from '../../src/scheme/kinds.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const crdRoot = process.env.CMAPI_REFERENCE_CRDS ?? join(root, '..', 'shared', 'crds');
const crdFolder = (r: CertManagerRelease) => (r === 'master' ? join(crdRoot, 'latest') : join(crdRoot, 'releases', r));

function referenceCrds(r: CertManagerRelease): Crd[] {
  const folder = crdFolder(r);
  if (!existsSync(folder)) {
    throw new Error(`reference CRDs of ${r} not found at ${folder}: this test needs the upstream CRD folders next to the project`);
  }
  const { crds, problems } = loadCrds(folder);
  expect(problems).toEqual([]);
  return crds;
}

const allowFile = (name: string) => parseAllowList(JSON.parse(readFileSync(join(root, 'scripts', name), 'utf8'))).entries;
const allow = [...allowFile('compare-crds.allow.json'), ...allowFile('compare-crds.releases.allow.json')];

describe.each(CERT_MANAGER_RELEASES)('release %s', (r) => {
  test(`schemas/releases/${r} matches the ${r} CRDs (property paths, types, enums, required, bounds)`, () => {
    const report = compareCrds(referenceCrds(r), { schemasDir: join(root, 'schemas', 'releases', r), allow });
    expect(report.compared).toHaveLength(6);
    expect(report.findings.filter((f) => !f.allowedBy).map(formatFinding)).toEqual([]);
  });
});

// ---- unknown fields: every path of master's CRD that a release's CRD lacks ----

type Json = Record<string, unknown>;
const rec = (v: unknown): Json => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : {});

/** The v1 schema of each kind in a CRD folder. */
function v1Schemas(crds: readonly Crd[]): Map<string, { group: Group; kind: Kind; schema: Json }> {
  const out = new Map<string, { group: Group; kind: Kind; schema: Json }>();
  for (const c of crds) {
    const v = c.versions.find((x) => x.name === 'v1');
    if (v) out.set(c.kind, { group: c.group as Group, kind: c.kind as Kind, schema: rec(v.schema) });
  }
  return out;
}

/** Paths (`spec.a[].b`) of properties in `master` that `release` lacks (the topmost only). */
function missingPaths(master: Json, release: Json, path = ''): string[] {
  const out: string[] = [];
  const mp = rec(master.properties);
  const rp = rec(release.properties);
  for (const name of Object.keys(mp)) {
    const p = path === '' ? name : `${path}.${name}`;
    if (!(name in rp)) out.push(p);
    else out.push(...missingPaths(rec(mp[name]), rec(rp[name]), p));
  }
  if (master.items !== undefined && release.items !== undefined)
    out.push(...missingPaths(rec(master.items), rec(release.items), `${path}[]`));
  return out;
}

const required = (s: Json): string[] => (Array.isArray(s.required) ? (s.required as string[]) : []);

/** A small value that the schema accepts, with the fields `also` (the release's schema of the node) requires too. */
function sample(s: Json, also: Json = {}): unknown {
  if (Array.isArray(s.enum) && s.enum.length > 0) return s.enum[0];
  if (s['x-kubernetes-int-or-string'] === true) return 1;
  switch (s.type) {
    case 'object': {
      const o: Json = {};
      for (const name of new Set([...required(s), ...required(also)])) {
        o[name] = sample(rec(rec(s.properties)[name]), rec(rec(also.properties)[name]));
      }
      return o;
    }
    case 'array':
      return [];
    case 'integer':
    case 'number':
      return typeof s.minimum === 'number' ? s.minimum : 1;
    case 'boolean':
      return true;
    default:
      if (s.format === 'date-time') return '2024-01-01T00:00:00Z';
      if (s.format === 'byte') return 'AA==';
      return 'a';
  }
}

/**
 * An object valid for both master's and the release's schema, except that it carries the field
 * at `path` (lists get one item), which only master has.
 */
function objectCarrying(schema: Json, releaseSchema: Json, path: string): { object: Json; field: string } {
  const object = { ...(sample(schema, releaseSchema) as Json) };
  let node: Json = object;
  let s = schema;
  let o = releaseSchema;
  const field: string[] = [];
  const segments = path.split('.');
  segments.forEach((segment, i) => {
    const list = segment.endsWith('[]');
    const name = list ? segment.slice(0, -2) : segment;
    const child = rec(rec(s.properties)[name]);
    const otherChild = rec(rec(o.properties)[name]);
    const last = i === segments.length - 1;
    field.push(list ? `${name}[0]` : name);
    if (list) {
      const item = rec(child.items);
      const otherItem = rec(otherChild.items);
      const existing = Array.isArray(node[name]) ? (node[name] as unknown[]) : [];
      const first = existing.length > 0 ? rec(existing[0]) : (sample(item, otherItem) as Json);
      node[name] = [first];
      node = first;
      s = item;
      o = otherItem;
    } else if (last) {
      node[name] = sample(child);
    } else {
      node[name] = rec(node[name] ?? sample(child, otherChild));
      node = node[name] as Json;
      s = child;
      o = otherChild;
    }
  });
  return { object, field: field.join('.') };
}

const masterSchemas = v1Schemas(referenceCrds('master'));

describe.each(CERT_MANAGER_RELEASES.filter((r) => r !== 'master'))('fields missing from the %s CRD', (r) => {
  const releaseSchemas = v1Schemas(referenceCrds(r));
  const cases = [...masterSchemas.values()].flatMap(({ group, kind, schema }) => {
    const other = releaseSchemas.get(kind);
    if (other === undefined) throw new Error(`${r} has no ${kind} CRD`);
    // metadata is only `type: object` in the CRDs; cmapi checks its fields the same in every release.
    return missingPaths(schema, other.schema).map((path) => ({ group, kind, path, schema, releaseSchema: other.schema }));
  });

  test(`${r} lacks at least one field of master`, () => {
    expect(cases.length).toBeGreaterThan(0);
  });

  test.each(cases.map((c) => [`${c.kind} ${c.path}`, c] as const))('%s: unknown for ' + r + ', accepted by master', (_name, c) => {
    const { object, field } = objectCarrying(c.schema, c.releaseSchema, c.path);
    const full = { apiVersion: `${c.group}/v1`, kind: c.kind, metadata: { name: 'x', namespace: 'default' }, ...object };
    expect(checkSchema(full, c.group, 'v1', c.kind)).toEqual([]);
    const errors = checkSchema(full, c.group, 'v1', c.kind, r);
    expect(errors.map((e) => [e.type, e.field])).toEqual([['FieldValueUnknown', field]]);
  });
});
