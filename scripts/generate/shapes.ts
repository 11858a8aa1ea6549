/**
 * Model → the run-time shape table (`src/schema/generated/shapes.ts`, see src/schema/shape.ts):
 * closed objects' field names, maps, `set`/`map` lists and definition uses; scalar branches are
 * pruned.
 */
import type { Definition, Schema } from '../../model/dsl.js';
import { listEnvelope } from '../../model/defs/meta.js';
import type { KindModel } from '../../model/index.js';
import { LIST_ENVELOPE_KEY, type Shape } from '../../src/schema/shape.js';
import { collectDefs } from './defs.js';
import { GENERATED_HEADER } from './typescript.js';

type MutableShape = { -readonly [K in keyof Shape]: Shape[K] };

/** The shape of a node, or undefined when nothing below it matters at run time. */
function shapeOf(s: Schema, useful: (d: Definition) => boolean): Shape | undefined {
  const out: MutableShape = {};
  switch (s.kind) {
    case 'ref':
      return useful(s.def) ? { r: s.def.id } : undefined;
    case 'object': {
      if (!s.preserveUnknownFields) out.f = Object.keys(s.properties);
      const p: Record<string, Shape> = {};
      for (const [name, child] of Object.entries(s.properties)) {
        const c = shapeOf(child, useful);
        if (c) p[name] = c;
      }
      if (Object.keys(p).length > 0) out.p = p;
      break;
    }
    case 'map': {
      out.m = 1;
      const i = shapeOf(s.values, useful);
      if (i) out.i = i;
      break;
    }
    case 'array': {
      const i = shapeOf(s.items, useful);
      if (i) out.i = i;
      if (s.listType === 'set') out.l = 'set';
      if (s.listType === 'map') out.l = [...(s.listMapKeys ?? [])];
      break;
    }
    default:
      return undefined;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

/** The shape tables of all models. */
export function shapeTables(models: readonly KindModel[]): { defs: Record<string, Shape>; roots: Record<string, Shape> } {
  const defs = collectDefs([...models.map((m) => m.schema), listEnvelope]);
  const memo = new Map<string, Shape | undefined>();
  const useful = (d: Definition): boolean => {
    if (!memo.has(d.id)) {
      memo.set(d.id, undefined); // models are not recursive; this only guards against loops
      memo.set(d.id, shapeOf(d.schema, useful));
    }
    return memo.get(d.id) !== undefined;
  };
  const defTable: Record<string, Shape> = {};
  for (const d of defs.values()) {
    if (useful(d)) defTable[d.id] = memo.get(d.id) as Shape;
  }
  const roots: Record<string, Shape> = {};
  for (const m of models) roots[`${m.group}/${m.version}/${m.kind}`] = shapeOf(m.schema, useful) ?? {};
  roots[LIST_ENVELOPE_KEY] = shapeOf(listEnvelope, useful) ?? {};
  return { defs: defTable, roots };
}

/** The contents of the generated shape table for all models. */
export function shapesFile(models: readonly KindModel[]): string {
  const { defs: defTable, roots } = shapeTables(models);
  const entries = (t: Record<string, Shape>) =>
    Object.entries(t)
      .map(([k, v]) => `    ${JSON.stringify(k)}: ${JSON.stringify(v)},\n`)
      .join('');
  return (
    `${GENERATED_HEADER}import type { ShapeTables } from '../shape.js';\n\n` +
    '/** Field names, maps, typed lists and definition uses of every definition and kind (see ../shape.ts). */\n' +
    `export const SHAPES: ShapeTables = {\n  defs: {\n${entries(defTable)}  },\n  roots: {\n${entries(roots)}  },\n};\n`
  );
}
