/**
 * Derives the schema of each cert-manager release from the one model: fields outside their
 * presence range are dropped and the keyword history (enum, required, list type, default, CEL
 * rules …) of each node is rolled back. Only v1 has release history; the old versions' schemas
 * are the same for every release.
 */
import { CERT_MANAGER_RELEASES, type CertManagerRelease, isAtLeast, isInRange, releaseIndex } from '../src/release/release.js';
import type { Definition, Presence, Schema } from './dsl.js';
import type { KindModel } from './index.js';

/** True when a node with these presence annotations exists in `release`. */
export function presentIn(p: Presence, release: CertManagerRelease): boolean {
  return isInRange(release, p.since, p.until) && !(p.absentIn ?? []).includes(release);
}

const ANNOTATIONS = ['since', 'until', 'absentIn', 'history'] as const;

function withoutAnnotations<T extends object>(s: T): T {
  const out = { ...s } as Record<string, unknown>;
  for (const k of ANNOTATIONS) delete out[k];
  return out as T;
}

/** Structural text of a derived schema (definitions by id), to tell identical derivations apart. */
function fingerprint(s: Schema): string {
  return JSON.stringify(s, (_k, v: unknown) => {
    if (v !== null && typeof v === 'object' && (v as { kind?: unknown }).kind === 'ref') return { ref: (v as { def: Definition }).def.id };
    return v;
  });
}

/** Derives definitions once per (definition, release); identical derivations share one id. */
class Deriver {
  private readonly schemas = new Map<Definition, Schema>();
  private readonly defs = new Map<Definition, Definition>();

  constructor(private readonly release: CertManagerRelease) {}

  /** The definition's schema in this release (nested definitions already derived). */
  definitionSchema(d: Definition): Schema {
    let s = this.schemas.get(d);
    if (s === undefined) {
      s = this.schema(d.schema);
      this.schemas.set(d, s);
    }
    return s;
  }

  definition(d: Definition): Definition {
    const known = this.defs.get(d);
    if (known) return known;
    const text = fingerprint(this.definitionSchema(d));
    let out: Definition;
    if (text === fingerprint(d.schema)) out = d;
    else if (this.release === 'master') out = { ...d, schema: this.definitionSchema(d) };
    else if (text === fingerprint(deriver('master').definitionSchema(d))) out = deriver('master').definition(d);
    else {
      // Named after the oldest release that derives the same schema, so that releases sharing
      // a variant share its file.
      const first = CERT_MANAGER_RELEASES.find((r) => fingerprint(deriver(r).definitionSchema(d)) === text) ?? this.release;
      out = { id: `${d.id}@${first}`, typeName: d.typeName, schema: this.definitionSchema(d) };
    }
    this.defs.set(d, out);
    return out;
  }

  schema(s: Schema): Schema {
    if (s.kind === 'ref') return { kind: 'ref', def: this.definition(s.def) };
    const out = withoutAnnotations(s) as unknown as Record<string, unknown>;
    const history = [...(s.history ?? [])].sort((a, b) => releaseIndex(b.until) - releaseIndex(a.until));
    for (const change of history) {
      if (!isAtLeast(this.release, change.until)) Object.assign(out, change.was);
    }
    for (const [k, v] of Object.entries(out)) if (v === undefined) delete out[k];
    const node = out as unknown as Schema;
    switch (node.kind) {
      case 'object': {
        const properties: Record<string, Schema> = {};
        for (const [name, child] of Object.entries(node.properties)) {
          if (presentIn(child, this.release)) properties[name] = this.schema(child);
        }
        return { ...node, properties };
      }
      case 'map':
        return { ...node, values: this.schema(node.values) };
      case 'array':
        return { ...node, items: this.schema(node.items) };
      default:
        return node;
    }
  }
}

const DERIVERS = new Map<CertManagerRelease, Deriver>();
function deriver(release: CertManagerRelease): Deriver {
  let d = DERIVERS.get(release);
  if (d === undefined) {
    d = new Deriver(release);
    DERIVERS.set(release, d);
  }
  return d;
}

/** The root schema of one kind as the CRD of `release` has it (v1 only; other versions are returned as they are). */
export function kindAtRelease(model: KindModel, release: CertManagerRelease): KindModel {
  if (model.version !== 'v1') return model;
  return { ...model, schema: deriver(release).schema(model.schema) as KindModel['schema'] };
}

/** Every model as the CRDs of `release` have it (definitions are derived once per release). */
export function modelsAtRelease(models: readonly KindModel[], release: CertManagerRelease): KindModel[] {
  return models.map((m) => kindAtRelease(m, release));
}
