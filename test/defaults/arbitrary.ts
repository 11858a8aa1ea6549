/**
 * fast-check arbitraries for cert-manager objects, translated from the schema model (model/):
 * one per kind and version, so property tests cover every shape the schemas allow. Fields on
 * the way to a default ("hot" keys) are present more often so that defaults are reached; any
 * field may be `null`; in chaos mode hot fields may also hold JSON of the wrong type.
 */
import fc from 'fast-check';
import type { Schema } from '../../model/dsl.js';

/** Keys on the paths to the defaults of spec/defaults.md, generated more often than others. */
const HOT = new Set([
  'spec',
  'issuerRef',
  'kind',
  'group',
  'name',
  'privateKey',
  'rotationPolicy',
  'acme',
  'renewalInformationSource',
  'solvers',
  'solver',
  'http01',
  'gatewayHTTPRoute',
  'ingress',
  'parentRefs',
  'podTemplate',
  'imagePullSecrets',
  'metadata',
  'annotations',
]);

const ABSENT = Symbol('absent');
const MAX_DEPTH = 14;

/** Options of {@link arbitraryOf}. */
export interface ArbitraryOptions {
  /** Hot fields sometimes hold arbitrary JSON of the wrong type. */
  readonly chaos: boolean;
}

const annotationKeys = fc.constantFrom('a', 'cert-manager.io/issuer-name', 'x~y', 'a/b~1', '');

/** An arbitrary of the JSON values `schema` describes (not necessarily passing its patterns). */
export function arbitraryOf(schema: Schema, options: ArbitraryOptions, depth = 0): fc.Arbitrary<unknown> {
  switch (schema.kind) {
    case 'ref':
      return arbitraryOf(schema.def.schema, options, depth);
    case 'string':
      return schema.enum ? fc.constantFrom('', ...schema.enum) : fc.oneof(fc.constantFrom('', 'x', 'a/b'), fc.string({ maxLength: 5 }));
    case 'integer':
    case 'number':
      return fc.integer({ min: -1, max: 5000 });
    case 'boolean':
      return fc.boolean();
    case 'int-or-string':
      return fc.oneof(fc.integer({ min: 0, max: 100 }), fc.string({ maxLength: 4 }));
    case 'any':
      return fc.jsonValue({ maxDepth: 1 });
    case 'array':
      return depth > MAX_DEPTH ? fc.constant([]) : fc.array(arbitraryOf(schema.items, options, depth + 1), { maxLength: 2 });
    case 'map':
      return fc.dictionary(annotationKeys, arbitraryOf(schema.values, options, depth + 1), { maxKeys: 2 });
    case 'object':
      return depth > MAX_DEPTH ? fc.constant({}) : objectOf(schema.properties, options, depth);
  }
}

function objectOf(properties: Readonly<Record<string, Schema>>, options: ArbitraryOptions, depth: number): fc.Arbitrary<unknown> {
  const entries = Object.entries(properties).map(([key, s]) => {
    const hot = HOT.has(key);
    const branches: fc.WeightedArbitrary<unknown>[] = [
      { arbitrary: fc.constant(ABSENT), weight: hot ? 2 : 14 },
      { arbitrary: arbitraryOf(s, options, depth + 1), weight: hot ? 6 : 2 },
      { arbitrary: fc.constant(null), weight: 1 },
    ];
    if (options.chaos && hot) branches.push({ arbitrary: fc.jsonValue({ maxDepth: 1 }), weight: 1 });
    return fc.tuple(fc.constant(key), fc.oneof(...branches));
  });
  return fc.tuple(...entries).map((pairs) => Object.fromEntries(pairs.filter(([, v]) => v !== ABSENT)));
}

/** An arbitrary object of one kind and version: the model's shape with the right apiVersion and kind. */
export function objectArbitrary(
  root: Schema,
  apiVersion: string,
  kind: string,
  options: ArbitraryOptions,
): fc.Arbitrary<Record<string, unknown>> {
  return arbitraryOf(root, options).map((o) => ({ ...(o as Record<string, unknown>), apiVersion, kind }));
}
