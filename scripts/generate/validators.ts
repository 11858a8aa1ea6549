/**
 * JSON Schemas → precompiled validators (`src/schema/generated/validators.js`): ajv standalone
 * code, ESM, one exported function per (group, version, kind). Definitions are added to the
 * same Ajv instance under ids derived from their file paths, so the relative `$ref`s resolve
 * and each definition is compiled once into a function shared by every kind that uses it.
 */
import { _, Ajv } from 'ajv';
import { transformSync } from 'esbuild';
import standalone from 'ajv/dist/standalone/index.js';
import { formats } from '../../src/schema/ajv-runtime.js';
import type { JsonSchema } from './json-schema.js';
import { GENERATED_HEADER } from './typescript.js';

/** A schema file: its path below `schemas/` and its contents. */
export interface SchemaFile {
  readonly path: string;
  readonly schema: JsonSchema;
}

/** A kind schema to export a validator for. */
export interface KindSchemaFile extends SchemaFile {
  readonly key: string; // group/version/Kind
  readonly exportName: string;
}

/** Base URI of the schema ids inside Ajv (never written to a file). */
const BASE = 'https://cmapi.invalid/schemas/';

/** Keywords with no run-time effect, kept in the JSON files but not in the compiled code. */
const DROPPED = new Set(['description', 'default', 'x-kubernetes-validations', 'nullable']);

/** Kubernetes vendor extensions, registered as annotation keywords so strict mode accepts them. */
const ANNOTATIONS = [
  'x-kubernetes-preserve-unknown-fields',
  'x-kubernetes-int-or-string',
  'x-kubernetes-list-type',
  'x-kubernetes-list-map-keys',
  'x-kubernetes-map-type',
  'x-kubernetes-embedded-resource',
];

// CommonJS interop: the module object is the function (and has it as `default` too).
const standaloneCode = standalone as unknown as typeof standalone.default;

/**
 * The schema as it is compiled: annotation-only keywords dropped (`properties` keys are data
 * and are kept), and int-or-string written as `type: [integer, string]` instead of `anyOf`, so a
 * wrong type gives one error and a `pattern` beside it applies to the string form.
 */
function runtimeCopy(s: unknown): unknown {
  if (Array.isArray(s)) return s.map(runtimeCopy);
  if (typeof s !== 'object' || s === null) return s;
  const out: JsonSchema = {};
  if ((s as JsonSchema)['x-kubernetes-int-or-string'] === true) out.type = ['integer', 'string'];
  for (const [k, v] of Object.entries(s)) {
    if (k === 'properties') out[k] = Object.fromEntries(Object.entries(v as JsonSchema).map(([n, c]) => [n, runtimeCopy(c)]));
    else if (k === 'enum') out[k] = v;
    else if (k === 'anyOf' && out.type !== undefined) continue;
    else if (!DROPPED.has(k)) out[k] = runtimeCopy(v);
  }
  return out;
}

/** Imports for ajv's run-time helpers that the generated code may reference. */
const RUNTIME_HELPERS: Readonly<Record<string, string>> = {
  'require("ajv/dist/runtime/ucs2length").default': 'ucs2length',
};

/** Rewrites ajv's CommonJS `require`s to imports from our own small run-time module. */
function toEsm(code: string, runtimeModule: string): string {
  let out = code;
  const used = ['formats'];
  for (const [from, name] of Object.entries(RUNTIME_HELPERS)) {
    if (out.includes(from)) {
      out = out.replaceAll(from, name);
      used.push(name);
    }
  }
  const left = /require\([^)]*\)/.exec(out);
  if (left) throw new Error(`generated validators need ${left[0]}; add it to RUNTIME_HELPERS and ajv-runtime.ts`);
  out = out.replace(/^"use strict";/, '');
  return `import { ${used.join(', ')} } from ${JSON.stringify(runtimeModule)};\n${out}`;
}

/**
 * ajv appends each error with the same five statements (`const errN = {…}; if (vErrors ===
 * null) {…} else {…} errors++;`); they become one call of a small helper. Also drops
 * `schemaPath` from the error objects (the error mapping works from instance paths).
 */
function shortenErrorPushes(code: string): string {
  const push =
    /const (err\d+) = (\{instancePath[^\n]*\});\nif\(vErrors === null\)\{\nvErrors = \[\1\];\n\}\nelse \{\nvErrors\.push\(\1\);\n\}\n/g;
  const helpers =
    'function addError(list, error) {\nif (list === null) return [error];\nlist.push(error);\nreturn list;\n}\n' +
    Object.entries(SHORT_ERRORS)
      .map(
        ([name, [keyword, param]]) =>
          `const ${name} = (list, instancePath, v) => addError(list, {instancePath,keyword:"${keyword}",params:{${param}: v}});\n`,
      )
      .join('');
  let out = code.replace(/schemaPath:"(?:[^"\\]|\\.)*",/g, '').replace(push, 'vErrors = addError(vErrors, $2);\n');
  for (const [name, [keyword, param]] of Object.entries(SHORT_ERRORS)) {
    const one = new RegExp(
      `addError\\(vErrors, \\{instancePath(?::(.*?))?,keyword:"${keyword}",params:\\{${param}: ([^{}]*?)\\}\\}\\);$`,
      'gm',
    );
    out = out.replace(one, (_m, path: string | undefined, value: string) => `${name}(vErrors, ${path ?? 'instancePath'}, ${value});`);
  }
  return helpers + pathsOnFailure(withoutParentData(declaredPropertyChecks(out)));
}

/**
 * ajv builds each referenced validator's instance path (`instancePath + "/solvers/" + i`, in an
 * options object) before the call, valid data or not. Here a referenced validator checks from an
 * empty path and, only when it fails, its errors get the path in front: a valid object allocates
 * no paths.
 */
function pathsOnFailure(code: string): string {
  const call =
    /if\(!\((validate\d+)\(([^\n]*?), \{instancePath:([^\n]*)\}\)\)\)\{\nvErrors = vErrors === null \? \1\.errors : vErrors\.concat\(\1\.errors\);\n/g;
  const out = code
    .replace(call, 'if(!($1($2))){\nvErrors = addNestedErrors(vErrors, $1.errors, $3);\n')
    .replaceAll('(data, {instancePath=""}={}){', '(data){\nconst instancePath = "";');
  if (/validate\d+\([^\n]*, \{instancePath:/.test(out) || out.includes('{instancePath=""}'))
    throw new Error('generated validators still pass instance paths to referenced validators; check pathsOnFailure');
  const helper =
    'function addNestedErrors(list, nested, path) {\nfor (const e of nested) e.instancePath = path + e.instancePath;\nreturn list === null ? nested : list.concat(nested);\n}\n';
  return helper + out;
}

/**
 * ajv passes `parentData`, `parentDataProperty` and `rootData` to every referenced validator;
 * only `$data` references (which cmapi does not use) read them, so they are dropped.
 */
function withoutParentData(code: string): string {
  const out = code
    .replaceAll('{instancePath="", parentData, parentDataProperty, rootData=data}={}', '{instancePath=""}={}')
    .replace(/,parentData:[\w.]+,parentDataProperty:(?:[\w.]+|"(?:[^"\\]|\\.)*"),rootData\}/g, '}');
  if (/\b(?:parentData|rootData)\b/.test(out))
    throw new Error('generated validators still use parentData/rootData; check withoutParentData');
  return out;
}

/**
 * ajv tells a declared property from an unknown one with `hasOwnProperty.call(schemaN.properties,
 * key)` once an object declares many properties. A chain of `===` against the declared names
 * answers the same (for-in keys and the names are interned strings) several times faster; the
 * names are read from the schema literal ajv writes into the code.
 */
function declaredPropertyChecks(code: string): string {
  const hasOwn = /^const (func\d+) = Object\.prototype\.hasOwnProperty;$/m.exec(code)?.[1];
  if (hasOwn === undefined) return code;
  const names = new Map<string, string[]>();
  for (const [, schema, literal] of code.matchAll(/^const (schema\d+) = (\{.*\});$/gm)) {
    const properties = (JSON.parse(literal as string) as JsonSchema).properties;
    if (typeof properties === 'object' && properties !== null) names.set(schema as string, Object.keys(properties));
  }
  const call = new RegExp(`\\b${hasOwn}\\.call\\((schema\\d+)\\.properties, (key\\d+)\\)`, 'g');
  const out = code.replace(call, (_m, schema: string, key: string) => {
    const declared = names.get(schema);
    // An object literal's "__proto__" would set a prototype, not declare a name: keep such a check as it is.
    if (declared === undefined || declared.includes('__proto__')) throw new Error(`cannot read the properties of ${schema}`);
    return declared.length === 0 ? 'false' : `(${declared.map((n) => `${key} === ${JSON.stringify(n)}`).join(' || ')})`;
  });
  if (out.includes(`${hasOwn}.call(`)) throw new Error('generated validators still call hasOwnProperty; check declaredPropertyChecks');
  return out;
}

/** The most frequent errors get a helper each: name → [keyword, its one parameter]. */
const SHORT_ERRORS: Readonly<Record<string, readonly [string, string]>> = {
  addTypeError: ['type', 'type'],
  addRequiredError: ['required', 'missingProperty'],
  addUnknownError: ['additionalProperties', 'additionalProperty'],
};

/**
 * Minifies the code, tree-shaking away unused constants (the schemas ajv writes out but no
 * code reads). Smaller code parses faster at start-up.
 */
function compact(code: string): string {
  return transformSync(code, { format: 'esm', minify: true, treeShaking: true, target: 'es2022' }).code;
}

/** The generated validators module and its declarations. */
export function validatorFiles(
  defs: readonly SchemaFile[],
  kinds: readonly KindSchemaFile[],
  runtimeModule = '../ajv-runtime.js',
): { js: string; dts: string } {
  const ajv = new Ajv({
    allErrors: true,
    strict: true,
    allowUnionTypes: true,
    inlineRefs: false,
    messages: false,
    code: { source: true, esm: true, lines: true, formats: _`formats` },
  });
  for (const keyword of ANNOTATIONS) ajv.addKeyword({ keyword });
  for (const [name, f] of Object.entries(formats)) ajv.addFormat(name, f as Parameters<Ajv['addFormat']>[1]);
  for (const f of [...defs, ...kinds]) ajv.addSchema(runtimeCopy(f.schema) as object, BASE + f.path);
  const code = standaloneCode(ajv, Object.fromEntries(kinds.map((k) => [k.exportName, BASE + k.path])));
  const table = kinds.map((k) => `  ${JSON.stringify(k.key)}: ${k.exportName},\n`).join('');
  const js = GENERATED_HEADER + compact(`${toEsm(shortenErrorPushes(code), runtimeModule)}\nexport const VALIDATORS = {\n${table}};\n`);
  const dts =
    `${GENERATED_HEADER}import type { SchemaValidator } from '../ajv-runtime.js';\n\n` +
    kinds
      .map((k) => `/** Checks a ${k.key} object against its JSON Schema. */\nexport declare const ${k.exportName}: SchemaValidator;\n`)
      .join('') +
    '/** Every validator by `group/version/Kind`. */\nexport declare const VALIDATORS: Readonly<Record<string, SchemaValidator>>;\n';
  return { js, dts };
}
