/**
 * Everything `npm run generate` writes, computed in memory: file path (relative to the
 * project root, `/`-separated) → contents. Pure and deterministic, so a check can compare it
 * with the files on disk.
 */
import { listEnvelope } from '../../model/defs/meta.js';
import { modelsAtRelease } from '../../model/releases.js';
import { MODELS, type KindModel } from '../../model/index.js';
import { VERSIONS } from '../../src/scheme/kinds.js';
import { LIST_ENVELOPE_KEY } from '../../src/schema/shape.js';
import { collectDefs } from './defs.js';
import { guardsFile, versionIndexFile } from './guards.js';
import { type JsonSchema, toJsonSchema } from './json-schema.js';
import { releaseEditsFile, releaseSchemaFiles } from './releases.js';
import { shapesFile } from './shapes.js';
import { sharedDefinitionsFile, typesFile, versionDefs } from './typescript.js';
import { type KindSchemaFile, type SchemaFile, validatorFiles } from './validators.js';

const DRAFT_07 = 'http://json-schema.org/draft-07/schema#';

/** The folders whose files are all generated (stale extra files there are reported). */
export const GENERATED_DIRS = ['schemas', 'src/schema/generated'] as const;

/** Generated files outside {@link GENERATED_DIRS}. */
export const generatedApiFiles = (): string[] => [
  'src/apis/shared/definitions.ts',
  ...VERSIONS.flatMap((v) => ['types', 'guards', 'index'].map((f) => `src/apis/${v}/${f}.ts`)),
];

const json = (v: JsonSchema): string => `${JSON.stringify(v, null, 2)}\n`;

/** Options of {@link generateAll}. */
export interface GenerateOptions {
  /** The module the validators import their run-time helpers from (tests point it elsewhere). */
  readonly runtimeModule?: string;
}

/** All generated files for the given models (default: the real model). */
export function generateAll(annotated: readonly KindModel[] = MODELS, options: GenerateOptions = {}): Map<string, string> {
  const out = new Map<string, string>();
  // Master's schemas (and the TypeScript types) are the model as master has it; older releases are derived below.
  const models = modelsAtRelease(annotated, 'master');
  const defs = collectDefs([...models.map((m) => m.schema), listEnvelope]);
  const defFiles: SchemaFile[] = [...defs.values()].map((d) => ({
    path: `_defs/${d.id}.json`,
    schema: { $schema: DRAFT_07, ...toJsonSchema(d.schema, { refPrefix: '' }) },
  }));
  const kindFiles: KindSchemaFile[] = models.map((m) => ({
    path: `${m.group}/${m.version}/${m.kind}.json`,
    key: `${m.group}/${m.version}/${m.kind}`,
    exportName: `${m.kind}_${m.version}`,
    schema: { $schema: DRAFT_07, ...toJsonSchema(m.schema, { refPrefix: '../../_defs/' }) },
  }));
  const envelope: KindSchemaFile = {
    path: 'List.json',
    key: LIST_ENVELOPE_KEY,
    exportName: 'List',
    schema: { $schema: DRAFT_07, ...toJsonSchema(listEnvelope, { refPrefix: '_defs/' }) },
  };
  for (const f of [...defFiles, ...kindFiles, envelope]) out.set(`schemas/${f.path}`, json(f.schema));
  const { js, dts } = validatorFiles(defFiles, [...kindFiles, envelope], options.runtimeModule);
  out.set('src/schema/generated/validators.js', js);
  out.set('src/schema/generated/validators.d.ts', dts);
  out.set('src/schema/generated/shapes.ts', shapesFile(models));
  out.set('src/schema/generated/releases.ts', releaseEditsFile(annotated));
  for (const [path, text] of releaseSchemaFiles(annotated)) out.set(path, text);
  // Definitions used by two or more versions are declared once, in src/apis/shared/definitions.ts.
  const perVersion = VERSIONS.map((v) => models.filter((m) => m.version === v))
    .filter((ofVersion) => ofVersion.length > 0)
    .map(versionDefs);
  const uses = new Map<string, number>();
  for (const defsOfVersion of perVersion) for (const id of defsOfVersion.keys()) uses.set(id, (uses.get(id) ?? 0) + 1);
  const shared = new Set([...uses].filter(([, n]) => n > 1).map(([id]) => id));
  const sharedDefs = [...collectDefs(perVersion.flatMap((m) => [...m.values()].map((def) => ({ kind: 'ref' as const, def })))).values()];
  if (shared.size > 0) out.set('src/apis/shared/definitions.ts', sharedDefinitionsFile(sharedDefs.filter((d) => shared.has(d.id))));
  for (const v of VERSIONS) {
    const ofVersion = models.filter((m) => m.version === v);
    if (ofVersion.length === 0) continue;
    out.set(`src/apis/${v}/types.ts`, typesFile(ofVersion, shared));
    out.set(`src/apis/${v}/guards.ts`, guardsFile(ofVersion));
    out.set(`src/apis/${v}/index.ts`, versionIndexFile(v));
  }
  return new Map([...out.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
