/**
 * Model → JSON Schema (draft-07) with the Kubernetes vendor extensions kept verbatim, so the
 * output can be compared with the upstream CRDs. Definitions are never inlined: a `ref` becomes
 * a relative `$ref` to the definition's own file.
 */
import type { Common, Definition, Schema } from '../../model/dsl.js';

/** A JSON Schema node as plain JSON. */
export type JsonSchema = { [key: string]: unknown };

/** How a `ref` is written from the file being emitted (e.g. `../../_defs/` or ``). */
export interface EmitOptions {
  /** A fixed prefix, or one chosen per definition (release schemas refer to two folders). */
  readonly refPrefix: string | ((d: Definition) => string);
}

/** The `$ref` target of a definition, relative to the folder of the referring file. */
export function defFileName(d: Definition): string {
  return `${d.id}.json`;
}

/** Converts one model node to JSON Schema. */
export function toJsonSchema(s: Schema, o: EmitOptions): JsonSchema {
  if (s.kind === 'ref') return { $ref: (typeof o.refPrefix === 'string' ? o.refPrefix : o.refPrefix(s.def)) + defFileName(s.def) };
  const out: JsonSchema = {};
  if (s.description !== undefined) out.description = s.description;
  switch (s.kind) {
    case 'string':
      Object.assign(out, { type: 'string' }, pick(s, ['format', 'enum', 'pattern', 'minLength', 'maxLength']));
      break;
    case 'integer':
      Object.assign(out, { type: 'integer' }, pick(s, ['format', 'enum', 'minimum', 'maximum']));
      break;
    case 'number':
      Object.assign(out, { type: 'number' }, pick(s, ['minimum', 'maximum']));
      break;
    case 'boolean':
      out.type = 'boolean';
      break;
    case 'object': {
      out.type = 'object';
      const props: JsonSchema = {};
      for (const [name, child] of Object.entries(s.properties)) props[name] = toJsonSchema(child, o);
      out.properties = props;
      if (s.required && s.required.length > 0) out.required = [...s.required];
      if (s.preserveUnknownFields) out['x-kubernetes-preserve-unknown-fields'] = true;
      else out.additionalProperties = false;
      Object.assign(out, pick(s, ['minProperties', 'maxProperties']));
      if (s.mapType !== undefined) out['x-kubernetes-map-type'] = s.mapType;
      break;
    }
    case 'map':
      Object.assign(out, { type: 'object', additionalProperties: toJsonSchema(s.values, o) }, pick(s, ['maxProperties']));
      break;
    case 'array':
      Object.assign(out, { type: 'array', items: toJsonSchema(s.items, o) }, pick(s, ['minItems', 'maxItems']));
      if (s.listType !== undefined) out['x-kubernetes-list-type'] = s.listType;
      if (s.listMapKeys !== undefined) out['x-kubernetes-list-map-keys'] = [...s.listMapKeys];
      break;
    case 'int-or-string':
      Object.assign(out, { anyOf: [{ type: 'integer' }, { type: 'string' }], 'x-kubernetes-int-or-string': true }, pick(s, ['pattern']));
      break;
    case 'any':
      out['x-kubernetes-preserve-unknown-fields'] = true;
      break;
  }
  return Object.assign(out, annotations(s));
}

function annotations(s: Common): JsonSchema {
  const out: JsonSchema = {};
  if (s.default !== undefined) out.default = s.default;
  if (s.nullable) out.nullable = true;
  if (s.validations && s.validations.length > 0) out['x-kubernetes-validations'] = s.validations.map((v) => ({ ...v }));
  return out;
}

function pick<T extends object>(s: T, keys: readonly (keyof T & string)[]): JsonSchema {
  const out: JsonSchema = {};
  for (const k of keys) {
    const v = s[k];
    if (v !== undefined) out[k] = Array.isArray(v) ? [...v] : v;
  }
  return out;
}
