/**
 * The per-release outputs of `npm run generate`:
 * - `schemas/releases/<release>/<group>/v1/<Kind>.json`: each release's v1 schemas. Definitions
 *   that a release has as master does are shared with `schemas/_defs/`; those it has in another
 *   form live in `schemas/releases/_defs/<id>@<release>.json`, named after the oldest release
 *   that has that form, so releases that agree share one file.
 * - `src/schema/generated/releases.ts`: the run-time overlay of each release on master's
 *   validator (see src/schema/release-edits.ts).
 */
import type { Definition, Schema } from '../../model/dsl.js';
import type { KindModel } from '../../model/index.js';
import { modelsAtRelease } from '../../model/releases.js';
import { CERT_MANAGER_RELEASES } from '../../src/release/release.js';
import type { ReleaseEdit, ReleaseEdits } from '../../src/schema/release-edits.js';
import { collectDefs } from './defs.js';
import { type JsonSchema, toJsonSchema } from './json-schema.js';
import { GENERATED_HEADER } from './typescript.js';

const DRAFT_07 = 'http://json-schema.org/draft-07/schema#';
const json = (v: JsonSchema): string => `${JSON.stringify(v, null, 2)}\n`;
/** A definition that exists only in older releases. */
const isReleaseDef = (d: Definition): boolean => d.id.includes('@');

/** The release JSON Schema files: path → contents. */
export function releaseSchemaFiles(models: readonly KindModel[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const release of CERT_MANAGER_RELEASES) {
    const derived = modelsAtRelease(models, release).filter((m) => m.version === 'v1');
    for (const m of derived) {
      const fromKind = (d: Definition) => (isReleaseDef(d) ? '../../../_defs/' : '../../../../_defs/');
      out.set(
        `schemas/releases/${release}/${m.group}/v1/${m.kind}.json`,
        json({ $schema: DRAFT_07, ...toJsonSchema(m.schema, { refPrefix: fromKind }) }),
      );
    }
    for (const d of collectDefs(derived.map((m) => m.schema)).values()) {
      if (!isReleaseDef(d)) continue;
      const fromDef = (x: Definition) => (isReleaseDef(x) ? '' : '../../_defs/');
      out.set(`schemas/releases/_defs/${d.id}.json`, json({ $schema: DRAFT_07, ...toJsonSchema(d.schema, { refPrefix: fromDef }) }));
    }
  }
  return out;
}

const sameList = (a: readonly unknown[] | undefined, b: readonly unknown[] | undefined): boolean =>
  JSON.stringify([...(a ?? [])].sort()) === JSON.stringify([...(b ?? [])].sort());

/** Keywords that change validation but that the overlay cannot express: a change of one is refused. */
const FIXED = [
  'format',
  'pattern',
  'minLength',
  'maxLength',
  'minimum',
  'maximum',
  'minItems',
  'maxItems',
  'minProperties',
  'maxProperties',
  'preserveUnknownFields',
];

/** Computes the overlay of release schema `rel` on master schema `master`. */
class EditBuilder {
  readonly defs: Record<string, ReleaseEdit> = {};
  private readonly memo = new Map<string, ReleaseEdit | undefined>();

  constructor(private readonly release: string) {}

  node(master: Schema, rel: Schema, where: string): ReleaseEdit | undefined {
    if (master.kind === 'ref' || rel.kind === 'ref') {
      if (master.kind !== 'ref' || rel.kind !== 'ref') throw this.refuse(where, 'a reference became inline or the reverse');
      if (master.def === rel.def) return undefined;
      const id = master.def.id;
      if (!this.memo.has(id)) {
        const e = this.node(master.def.schema, rel.def.schema, id);
        this.memo.set(id, e);
        if (e) this.defs[id] = e;
      }
      return this.memo.has(id) && this.memo.get(id) !== undefined ? { r: id } : undefined;
    }
    if (master.kind !== rel.kind) throw this.refuse(where, `kind ${master.kind} → ${rel.kind}`);
    for (const k of FIXED) {
      const a = (master as unknown as Record<string, unknown>)[k];
      const b = (rel as unknown as Record<string, unknown>)[k];
      if (JSON.stringify(a) !== JSON.stringify(b)) throw this.refuse(where, `${k} differs`);
    }
    const e: { -readonly [K in keyof ReleaseEdit]: ReleaseEdit[K] } = {};
    if ((master.kind === 'string' || master.kind === 'integer') && (rel.kind === 'string' || rel.kind === 'integer')) {
      if (!sameList(master.enum, rel.enum)) e.e = rel.enum ? [...rel.enum] : 0;
    }
    if (master.kind === 'object' && rel.kind === 'object') {
      const u = Object.keys(master.properties).filter((n) => !(n in rel.properties));
      const extra = Object.keys(rel.properties).filter((n) => !(n in master.properties));
      if (extra.length > 0) throw this.refuse(where, `fields ${extra.join(', ')} exist only in the release`);
      if (u.length > 0) e.u = u;
      if (!sameList(master.required, rel.required)) e.q = [...(rel.required ?? [])];
      const p: Record<string, ReleaseEdit> = {};
      for (const [name, child] of Object.entries(rel.properties)) {
        const c = this.node(master.properties[name] as Schema, child, `${where}.${name}`);
        if (c) p[name] = c;
      }
      if (Object.keys(p).length > 0) e.p = p;
    }
    if (master.kind === 'map' && rel.kind === 'map') {
      const i = this.node(master.values, rel.values, `${where}{}`);
      if (i) e.i = i;
    }
    if (master.kind === 'array' && rel.kind === 'array') {
      const typed = (s: typeof master) => (s.listType === 'set' ? 'set' : s.listType === 'map' ? [...(s.listMapKeys ?? [])] : 0);
      if (JSON.stringify(typed(master)) !== JSON.stringify(typed(rel))) e.l = typed(rel);
      const i = this.node(master.items, rel.items, `${where}[]`);
      if (i) e.i = i;
    }
    return Object.keys(e).length > 0 ? e : undefined;
  }

  private refuse(where: string, what: string): Error {
    return new Error(`${this.release} ${where}: ${what}; the release overlay (src/schema/release-edits.ts) cannot express this`);
  }
}

/** The overlay of every release that differs from master. */
export function releaseEdits(models: readonly KindModel[]): Record<string, ReleaseEdits> {
  const out: Record<string, ReleaseEdits> = {};
  const masters = modelsAtRelease(models, 'master');
  for (const release of CERT_MANAGER_RELEASES) {
    const builder = new EditBuilder(release);
    const roots: Record<string, ReleaseEdit> = {};
    const derived = modelsAtRelease(models, release);
    derived.forEach((m, i) => {
      const master = masters[i] as KindModel;
      if (m.version !== 'v1') return;
      const e = builder.node(master.schema, m.schema, `${m.group}/${m.version}/${m.kind}`);
      if (e) roots[`${m.group}/${m.version}/${m.kind}`] = e;
    });
    if (Object.keys(roots).length > 0) out[release] = { defs: builder.defs, roots };
  }
  return out;
}

/** The contents of `src/schema/generated/releases.ts`. */
export function releaseEditsFile(models: readonly KindModel[]): string {
  // Releases next to each other mostly share an edit: each distinct edit is written once, with the releases it belongs to.
  const tables: Record<'defs' | 'roots', Map<string, Map<string, string[]>>> = { defs: new Map(), roots: new Map() };
  for (const [release, edits] of Object.entries(releaseEdits(models))) {
    for (const part of ['defs', 'roots'] as const) {
      for (const [key, e] of Object.entries(edits[part])) {
        const byEdit = tables[part].get(key) ?? new Map<string, string[]>();
        tables[part].set(key, byEdit);
        const text = JSON.stringify(e);
        byEdit.set(text, [...(byEdit.get(text) ?? []), release]);
      }
    }
  }
  const part = (t: Map<string, Map<string, string[]>>) =>
    [...t.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(
        ([key, byEdit]) => `    ${JSON.stringify(key)}: [${[...byEdit].map(([e, rs]) => `[${e}, ${JSON.stringify(rs)}]`).join(', ')}],\n`,
      )
      .join('');
  return (
    `${GENERATED_HEADER}import type { ReleaseEditSource } from '../release-edits.js';\n\n` +
    "/** The older releases' overlays on master's schemas, each distinct edit with its releases (see ../release-edits.ts). */\n" +
    `export const RELEASE_EDIT_SOURCE: ReleaseEditSource = {\n  defs: {\n${part(tables.defs)}  },\n  roots: {\n${part(tables.roots)}  },\n};\n`
  );
}
