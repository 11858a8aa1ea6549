/**
 * Reduces a schema node (CRD or ours) to the structural facts we compare, so that different
 * spellings of the same fact agree: `type: [x, "null"]` is `type: x` plus `nullable`, a
 * single-element `allOf` is merged, the `anyOf` of int-or-string is implied by
 * `x-kubernetes-int-or-string`, and `additionalProperties: false` (our closed objects; CRD
 * objects are closed by being structural) is dropped.
 */

/** The keywords whose values must agree. */
export const COMPARED_KEYS = [
  'type',
  'format',
  'enum',
  'required',
  'nullable',
  'default',
  'pattern',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'minLength',
  'maxLength',
  'minItems',
  'maxItems',
  'minProperties',
  'maxProperties',
  'uniqueItems',
  'x-kubernetes-int-or-string',
  'x-kubernetes-preserve-unknown-fields',
  'x-kubernetes-embedded-resource',
  'x-kubernetes-list-type',
  'x-kubernetes-list-map-keys',
  'x-kubernetes-map-type',
  'x-kubernetes-validations',
] as const;

/** A schema node reduced to compared facts and its children. */
export interface Node {
  readonly facts: Readonly<Record<string, unknown>>;
  readonly properties?: Readonly<Record<string, unknown>>;
  readonly items?: unknown;
  readonly additionalProperties?: unknown;
}

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const key = (x: unknown): string => JSON.stringify(x) ?? '';
const sorted = (v: unknown): unknown => (Array.isArray(v) ? [...v].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0)) : v);

function mergeAllOf(s: Record<string, unknown>): Record<string, unknown> {
  const allOf = s.allOf;
  if (!Array.isArray(allOf) || allOf.length !== 1 || !isRecord(allOf[0])) return s;
  const { allOf: _, ...rest } = s;
  return { ...mergeAllOf(allOf[0]), ...rest };
}

/** The normalized form of one schema node (anything that is not an object gives no facts). */
export function normalize(schema: unknown): Node {
  if (!isRecord(schema)) return { facts: {} };
  const s = mergeAllOf(schema);
  const facts: Record<string, unknown> = {};
  for (const key of COMPARED_KEYS) if (s[key] !== undefined) facts[key] = s[key];
  if (Array.isArray(s.type)) {
    const types = s.type.filter((t) => t !== 'null');
    if (types.length < s.type.length) facts.nullable = true;
    facts.type = types.length === 1 ? types[0] : types;
  }
  if (facts['x-kubernetes-int-or-string'] === true) delete facts.type;
  if (facts.nullable === false) delete facts.nullable;
  for (const flag of ['x-kubernetes-int-or-string', 'x-kubernetes-preserve-unknown-fields', 'x-kubernetes-embedded-resource']) {
    if (facts[flag] === false) delete facts[flag];
  }
  // Order carries no meaning in these keywords.
  for (const key of ['required', 'enum']) if (facts[key] !== undefined) facts[key] = sorted(facts[key]);
  if (Array.isArray(facts['x-kubernetes-validations'])) {
    facts['x-kubernetes-validations'] = sorted(facts['x-kubernetes-validations'].map((r) => (isRecord(r) ? r.rule : r)));
  }
  if (Array.isArray(facts.required) && facts.required.length === 0) delete facts.required;
  return {
    facts,
    ...(isRecord(s.properties) ? { properties: s.properties } : {}),
    ...(s.items !== undefined ? { items: s.items } : {}),
    ...(isRecord(s.additionalProperties) ? { additionalProperties: s.additionalProperties } : {}),
  };
}
