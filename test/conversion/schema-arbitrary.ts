/**
 * A small JSON Schema → fast-check arbitrary translator for the project's schemas
 * (schemas/<group>/<version>/<Kind>.json with $refs into schemas/_defs). It knows the keywords
 * those schemas use; optional members appear with some probability and nesting is bounded so
 * that the large issuer schemas stay fast to generate.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';

type Json = unknown;
type JsonSchema = Record<string, Json>;

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../schemas');
const cache = new Map<string, JsonSchema>();

function load(file: string): JsonSchema {
  let s = cache.get(file);
  if (!s) {
    s = JSON.parse(readFileSync(file, 'utf8')) as JsonSchema;
    cache.set(file, s);
  }
  return s;
}

/** Value generators for fields whose schema says only "string" but whose values matter. */
const DURATION = fc.constantFrom('2160h', '2160h0m0s', '90m', '1h30m', '45s', '1.5h', '0s', 'not-a-duration');
const TIME = fc.constantFrom('2024-01-01T00:00:00Z', '2024-01-01T01:00:00+01:00', '2024-02-29T12:30:45.123Z', 'yesterday');
const BYTES = fc.constantFrom('dGVzdA==', 'dGVzdA', 'dGVzdB==', 'ZGF0YQ==\n', '!!');
const BY_NAME: Record<string, fc.Arbitrary<Json>> = {
  duration: DURATION,
  renewBefore: DURATION,
  windowDuration: DURATION,
  waitInsteadOfSelfCheck: DURATION,
  keyAlgorithm: fc.constantFrom('rsa', 'ecdsa', 'RSA', 'ECDSA', 'Ed25519', ''),
  keyEncoding: fc.constantFrom('pkcs1', 'pkcs8', 'PKCS1', 'PKCS8', ''),
  algorithm: fc.constantFrom('rsa', 'ecdsa', 'RSA', 'ECDSA', 'Ed25519', ''),
  encoding: fc.constantFrom('pkcs1', 'pkcs8', 'PKCS1', 'PKCS8', ''),
  type: fc.constantFrom('http-01', 'dns-01', 'HTTP-01', 'DNS-01', 'tls-alpn-01', ''),
  preferredChain: fc.constantFrom('', 'ISRG Root X1'),
};

const text = fc.string({ maxLength: 6 });
const key = fc.stringMatching(/^[a-z][a-z0-9.-]{0,8}(\/[a-z0-9]{1,4})?$/);

interface Ctx {
  readonly file: string;
  readonly depth: number;
  readonly name: string;
}

/** An arbitrary for the schema at `file` (absolute), with `fixed` root members. */
export function arbitraryFor(file: string, fixed: Record<string, Json>, maxDepth = 7): fc.Arbitrary<Record<string, Json>> {
  const root = load(file);
  const props = (root.properties ?? {}) as Record<string, JsonSchema>;
  const members: Record<string, fc.Arbitrary<Json>> = {};
  for (const [k, s] of Object.entries(props)) {
    if (!Object.hasOwn(fixed, k)) members[k] = build(s, { file, depth: 1, name: k }, maxDepth);
  }
  return fc.record(members, { requiredKeys: [] }).map((r) => ({ ...fixed, ...r }) as Record<string, Json>);
}

/** The schema file of a kind and version. */
export const schemaFile = (group: string, version: string, kind: string): string => join(ROOT, group, version, `${kind}.json`);

function build(schema: JsonSchema, ctx: Ctx, maxDepth: number): fc.Arbitrary<Json> {
  if (typeof schema.$ref === 'string') {
    const file = resolve(dirname(ctx.file), schema.$ref);
    return build(load(file), { ...ctx, file }, maxDepth);
  }
  const named = BY_NAME[ctx.name];
  if (named && schema.type === 'string' && !schema.enum) return named;
  if (Array.isArray(schema.enum)) return fc.constantFrom(...(schema.enum as Json[]));
  if (schema['x-kubernetes-int-or-string'] === true) return fc.oneof(fc.integer({ min: 0, max: 100 }), fc.constantFrom('50%', '1Gi'));
  const deep = ctx.depth >= maxDepth;
  switch (schema.type) {
    case 'string':
      return schema.format === 'date-time' ? TIME : schema.format === 'byte' ? BYTES : text;
    case 'integer':
      return fc.integer({ min: (schema.minimum as number) ?? 0, max: Math.min((schema.maximum as number) ?? 9000, 9000) });
    case 'number':
      return fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 });
    case 'boolean':
      return fc.boolean();
    case 'array': {
      if (deep) return fc.constant([]);
      const item = build((schema.items ?? {}) as JsonSchema, { ...ctx, depth: ctx.depth + 1, name: `${ctx.name}[]` }, maxDepth);
      return fc.array(item, { maxLength: 3 });
    }
    case 'object':
      return objectArb(schema, ctx, maxDepth, deep);
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

function objectArb(schema: JsonSchema, ctx: Ctx, maxDepth: number, deep: boolean): fc.Arbitrary<Json> {
  const props = schema.properties as Record<string, JsonSchema> | undefined;
  const extra = schema.additionalProperties;
  if (!props && extra && typeof extra === 'object') {
    if (deep) return fc.constant({});
    const values = build(extra as JsonSchema, { ...ctx, depth: ctx.depth + 1, name: `${ctx.name}{}` }, maxDepth);
    return fc.dictionary(key, values, { maxKeys: 3 });
  }
  if (!props)
    return schema['x-kubernetes-preserve-unknown-fields']
      ? fc.dictionary(key, fc.jsonValue({ maxDepth: 1 }), { maxKeys: 2 })
      : fc.constant({});
  const required = (schema.required ?? []) as string[];
  const members: Record<string, fc.Arbitrary<Json>> = {};
  for (const [k, s] of Object.entries(props)) {
    if (deep && !required.includes(k)) continue;
    members[k] = build(s, { file: ctx.file, depth: ctx.depth + 1, name: k }, maxDepth);
  }
  return fc.record(members, { requiredKeys: [] });
}
