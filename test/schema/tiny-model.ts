/**
 * A tiny model compiled at test time (through the real generator) to exercise schema keywords
 * the real model may not use: minItems/maxItems, maxProperties, int-or-string with a pattern,
 * set and map lists, maps of objects, and one definition shared by two kinds.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { def, enumOf, int32, intOrString, list, map, obj, ref, str, time } from '../../model/dsl.js';
import { root } from '../../model/defs/meta.js';
import type { KindModel } from '../../model/index.js';
import { generateAll } from '../../scripts/generate/outputs.js';
import { shapeTables } from '../../scripts/generate/shapes.js';
import type { SchemaValidator } from '../../src/schema/ajv-runtime.js';
import type { ShapeTables } from '../../src/schema/shape.js';

/** A definition used by both tiny kinds. */
export const tinyRef = def(
  'TinyRef',
  obj({ name: str({ maxLength: 5 }), kind: enumOf(['A', 'B']) }, { required: ['name'], description: 'A shared reference.' }),
);

const tinySpec = obj(
  {
    ref: ref(tinyRef),
    names: list(str(), { minItems: 1, maxItems: 2, listType: 'set' }),
    ports: list(obj({ name: str(), port: int32({ minimum: 1, maximum: 65535 }) }, { required: ['port'] }), {
      listType: 'map',
      listMapKeys: ['name'],
    }),
    size: intOrString({ pattern: '^[0-9]+(Mi|Gi)?$' }),
    when: time(),
    byName: map(ref(tinyRef), { maxProperties: 2 }),
    code: str({ minLength: 2 }),
  },
  { required: ['ref'] },
);

/** Two tiny kinds sharing {@link tinyRef}. */
export const TINY_MODELS: readonly KindModel[] = [
  { group: 'cert-manager.io', version: 'v1', kind: 'Certificate', schema: root({ spec: tinySpec }) },
  { group: 'cert-manager.io', version: 'v1', kind: 'Issuer', schema: root({ spec: obj({ ref: ref(tinyRef) }), required: ['spec'] }) },
];

/** The tiny model's validators (imported from a temporary file) and shape tables. */
export async function compileTiny(): Promise<{
  validators: Record<string, SchemaValidator>;
  tables: ShapeTables;
  files: Map<string, string>;
}> {
  const runtimeModule = pathToFileURL(resolve('src/schema/ajv-runtime.ts')).href;
  const files = generateAll(TINY_MODELS, { runtimeModule });
  const dir = mkdtempSync(join(tmpdir(), 'cmapi-tiny-'));
  const file = join(dir, 'validators.js');
  writeFileSync(file, files.get('src/schema/generated/validators.js') ?? '');
  const mod = (await import(pathToFileURL(file).href)) as { VALIDATORS: Record<string, SchemaValidator> };
  return { validators: mod.VALIDATORS, tables: shapeTables(TINY_MODELS), files };
}
