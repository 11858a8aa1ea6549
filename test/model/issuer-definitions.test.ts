// Definition hygiene of the issuer model: one id means one shape, and a type name is unique
// within a version.
import { describe, expect, test } from 'vitest';
import type { Definition } from '../../model/dsl.js';
import { issuerSchema } from '../../model/kinds/issuer.js';
import { VERSIONS } from '../../src/scheme/kinds.js';
import { definitions } from './schema-path.js';

describe('issuer definitions', () => {
  test('definitions with the same id are identical across all versions and both kinds', () => {
    const byId = new Map<string, Definition>();
    for (const v of VERSIONS) {
      for (const kind of ['Issuer', 'ClusterIssuer'] as const) {
        for (const d of definitions(issuerSchema(v, kind))) {
          const seen = byId.get(d.id);
          if (seen) expect(JSON.stringify(d.schema), d.id).toBe(JSON.stringify(seen.schema));
          else byId.set(d.id, d);
        }
      }
    }
    expect(byId.size).toBeGreaterThan(20);
  });
  test('type names are unique within a version', () => {
    for (const v of VERSIONS) {
      const defs = definitions(issuerSchema(v, 'Issuer'));
      const names = defs.map((d) => d.typeName);
      expect(new Set(names).size, v).toBe(names.length);
    }
  });
  test('every definition has a description of its own', () => {
    for (const d of definitions(issuerSchema('v1', 'Issuer'))) {
      const s = d.schema;
      expect(s.kind !== 'ref' && typeof s.description === 'string' && s.description.length > 0, d.id).toBe(true);
    }
  });
});
