// Issue 12: checkSchema and validate with a release use that release's CRD schema (an overlay on
// master's validator): enums, required fields, list types and unknown fields of the release.
import { describe, expect, test } from 'vitest';
import { type Definition, def, enumOf, list, type ObjectSchema, obj, ref, since, str } from '../../model/dsl.js';
import { root } from '../../model/defs/meta.js';
import type { KindModel } from '../../model/index.js';
import { kindAtRelease } from '../../model/releases.js';
import { releaseEdits, releaseSchemaFiles } from '../../scripts/generate/releases.js';
import { validate } from '../../src/index.js';
import { checkSchema } from '../../src/schema/check.js';

const pairs = (errors: readonly { type: string; field: string }[]) => errors.map((e) => [e.type, e.field]);

const certificate = (spec: Record<string, unknown>) => ({
  apiVersion: 'cert-manager.io/v1',
  kind: 'Certificate',
  metadata: { name: 'web', namespace: 'default' },
  spec: { secretName: 'web-tls', issuerRef: { name: 'ca' }, ...spec },
});
const check = (o: unknown, r?: Parameters<typeof checkSchema>[4]) => pairs(checkSchema(o, 'cert-manager.io', 'v1', 'Certificate', r));

describe('enum values of a release', () => {
  const obj = certificate({ keystores: { pkcs12: { create: true, password: 'x', profile: 'Modern2026' } } });
  test('pkcs12 profile Modern2026 is not supported before v1.21', () => {
    expect(check(obj, 'v1.20')).toEqual([['FieldValueNotSupported', 'spec.keystores.pkcs12.profile']]);
    const [e] = checkSchema(obj, 'cert-manager.io', 'v1', 'Certificate', 'v1.20');
    expect(e?.detail).not.toContain('Modern2026');
  });
  test('and is supported by v1.21 and master', () => {
    expect(check(obj, 'v1.21')).toEqual([]);
    expect(check(obj, 'master')).toEqual([]);
    expect(check(obj)).toEqual([]);
  });
  test('a value no release supports gets one error, with the release’s values', () => {
    const bad = certificate({ keystores: { pkcs12: { create: true, password: 'x', profile: 'Nope' } } });
    const errors = checkSchema(bad, 'cert-manager.io', 'v1', 'Certificate', 'v1.20');
    expect(pairs(errors)).toEqual([['FieldValueNotSupported', 'spec.keystores.pkcs12.profile']]);
    expect(errors[0]?.detail).not.toContain('Modern2026');
  });
});

describe('required fields of a release', () => {
  test('keystores require passwordSecretRef up to v1.16 (inline password from v1.17)', () => {
    const obj = certificate({ keystores: { jks: { create: true } } });
    expect(check(obj, 'v1.16')).toEqual([['FieldValueRequired', 'spec.keystores.jks.passwordSecretRef']]);
    expect(check(obj, 'v1.17')).toEqual([]);
  });
  test('the v1.12 CRD requires spec on a Certificate', () => {
    const { spec: _, ...bare } = certificate({});
    expect(check(bare, 'v1.12')).toEqual([['FieldValueRequired', 'spec']]);
    expect(check(bare, 'v1.13')).toEqual([]);
  });
  test('route53 requires region up to v1.15', () => {
    const issuer = {
      apiVersion: 'cert-manager.io/v1',
      kind: 'Issuer',
      metadata: { name: 'a', namespace: 'default' },
      spec: { acme: { server: 'https://acme.example', privateKeySecretRef: { name: 'k' }, solvers: [{ dns01: { route53: {} } }] } },
    };
    const at = (r: Parameters<typeof checkSchema>[4]) => pairs(checkSchema(issuer, 'cert-manager.io', 'v1', 'Issuer', r));
    expect(at('v1.15')).toEqual([['FieldValueRequired', 'spec.acme.solvers[0].dns01.route53.region']]);
    expect(at('v1.16')).toEqual([]);
  });
});

describe('list types of a release', () => {
  const challenge = {
    apiVersion: 'acme.cert-manager.io/v1',
    kind: 'Challenge',
    metadata: { name: 'c', namespace: 'default' },
    spec: {
      url: 'u',
      authorizationURL: 'a',
      dnsName: 'example.com',
      type: 'HTTP-01',
      token: 't',
      key: 'k',
      issuerRef: { name: 'i' },
      solver: { http01: { ingress: { podTemplate: { spec: { imagePullSecrets: [{ name: 'r' }, { name: 'r' }] } } } } },
    },
  };
  const at = (r: Parameters<typeof checkSchema>[4]) => pairs(checkSchema(challenge, 'acme.cert-manager.io', 'v1', 'Challenge', r));
  test('imagePullSecrets is a map list keyed by name from v1.19 only', () => {
    expect(at('master')).toEqual([['FieldValueDuplicate', 'spec.solver.http01.ingress.podTemplate.spec.imagePullSecrets[1]']]);
    expect(at('v1.19')).toEqual([['FieldValueDuplicate', 'spec.solver.http01.ingress.podTemplate.spec.imagePullSecrets[1]']]);
    expect(at('v1.18')).toEqual([]);
  });
});

describe('unknown fields of a release', () => {
  test('one error for the field, none for its contents; the detail names the release and not the field', () => {
    const obj = certificate({ nameConstraints: { critical: 'yes', permitted: { dnsDomains: 3 } } });
    expect(check(obj).map(([t]) => t)).toContain('FieldValueTypeInvalid');
    const errors = checkSchema(obj, 'cert-manager.io', 'v1', 'Certificate', 'v1.13');
    expect(pairs(errors)).toEqual([['FieldValueUnknown', 'spec.nameConstraints']]);
    expect(errors[0]?.detail).toContain('v1.13');
    expect(errors[0]?.detail).not.toContain('renewBeforePercentage');
  });
  test('a misspelt field is not pointed at a field the release lacks', () => {
    const obj = certificate({ renewBeforePercentag: 10 });
    const [master] = checkSchema(obj, 'cert-manager.io', 'v1', 'Certificate');
    expect(master?.detail).toContain('did you mean "renewBeforePercentage"');
    const errors = checkSchema(obj, 'cert-manager.io', 'v1', 'Certificate', 'v1.15');
    expect(pairs(errors)).toEqual([['FieldValueUnknown', 'spec.renewBeforePercentag']]);
    expect(errors[0]?.detail).not.toContain('renewBeforePercentage');
  });
  test('validate passes the release to the schema step: a Certificate with nameConstraints is refused by the v1.13 schema', () => {
    const obj = certificate({ dnsNames: ['a.example.com'], nameConstraints: { permitted: { dnsDomains: ['example.com'] } } });
    const r = validate(obj, { certManagerVersion: '1.13.6' });
    expect(pairs(r.errors)).toContainEqual(['FieldValueUnknown', 'spec.nameConstraints']);
    expect(pairs(validate(obj, { certManagerVersion: 'v1.14' }).errors)).not.toContainEqual(['FieldValueUnknown', 'spec.nameConstraints']);
  });
  test('old API versions keep their schema in every release', () => {
    const old = { ...certificate({ literalSubject: 'CN=a' }), apiVersion: 'cert-manager.io/v1beta1' };
    expect(pairs(checkSchema(old, 'cert-manager.io', 'v1beta1', 'Certificate', 'v1.12'))).toEqual(
      pairs(checkSchema(old, 'cert-manager.io', 'v1beta1', 'Certificate')),
    );
  });
});

describe('deriving releases from the model', () => {
  const shared: Definition = def('Shared', obj({ a: str(), b: since('v1.15', str()) }));
  const model: KindModel = {
    group: 'cert-manager.io',
    version: 'v1',
    kind: 'Certificate',
    schema: root({
      spec: obj(
        {
          mode: enumOf(['A', 'B', 'C'], {
            history: [
              { until: 'v1.20', was: { enum: ['A', 'B'] } },
              { until: 'v1.14', was: { enum: ['A'] } },
            ],
          }),
          shared: ref(shared),
          items: list(str(), { listType: 'set', history: [{ until: 'v1.19', was: { listType: undefined } }] }),
          gone: str({ until: 'v1.16' }),
        },
        { required: ['mode'], history: [{ until: 'v1.13', was: { required: ['mode', 'shared'] } }] },
      ),
    }),
  };
  const spec = (r: Parameters<typeof kindAtRelease>[1]) =>
    kindAtRelease(model, r).schema.properties.spec as unknown as { properties: Record<string, unknown>; required?: string[] };

  test('presence, the oldest applicable history entry, and renamed definitions', () => {
    expect(Object.keys(spec('v1.12').properties)).toEqual(['mode', 'shared', 'items', 'gone']);
    expect(Object.keys(spec('master').properties)).toEqual(['mode', 'shared', 'items']);
    expect((spec('v1.12').properties.mode as { enum: string[] }).enum).toEqual(['A']);
    expect((spec('v1.14').properties.mode as { enum: string[] }).enum).toEqual(['A', 'B']);
    expect((spec('v1.20').properties.mode as { enum: string[] }).enum).toEqual(['A', 'B', 'C']);
    expect(spec('v1.12').required).toEqual(['mode', 'shared']);
    expect(spec('v1.13').required).toEqual(['mode']);
    expect((spec('v1.14').properties.shared as { def: Definition }).def.id).toBe('Shared@v1.12');
    expect((spec('v1.15').properties.shared as { def: Definition }).def.id).toBe(shared.id);
  });

  test("a field that went away is refused by the overlay (master's validator would call it unknown)", () => {
    expect(() => releaseEdits([model])).toThrow(/v1\.12 .*spec: fields gone exist only in the release/);
  });

  test('the overlay names unknown fields, enums, required lists and list types per release', () => {
    const spec = model.schema.properties.spec as ObjectSchema;
    const { gone: _, ...properties } = spec.properties;
    const edits = releaseEdits([{ ...model, schema: root({ spec: { ...spec, properties } }) }]);
    expect(edits.master).toBeUndefined();
    expect(edits['v1.21']).toBeUndefined();
    expect(edits['v1.12']?.roots['cert-manager.io/v1/Certificate']).toEqual({
      p: { spec: { q: ['mode', 'shared'], p: { mode: { e: ['A'] }, shared: { r: 'Shared' }, items: { l: 0 } } } },
    });
    expect(edits['v1.12']?.defs.Shared).toEqual({ u: ['b'] });
    expect(edits['v1.19']?.roots['cert-manager.io/v1/Certificate']).toEqual({ p: { spec: { p: { mode: { e: ['A', 'B'] } } } } });
  });

  test('release JSON Schemas refer to master definitions, or to release variants shared by the releases that agree', () => {
    const files = releaseSchemaFiles([model]);
    expect([...files.keys()].filter((f) => f.includes('_defs'))).toEqual(['schemas/releases/_defs/Shared@v1.12.json']);
    expect(files.get('schemas/releases/v1.14/cert-manager.io/v1/Certificate.json')).toContain('"$ref": "../../../_defs/Shared@v1.12.json"');
    expect(files.get('schemas/releases/v1.15/cert-manager.io/v1/Certificate.json')).toContain('"$ref": "../../../../_defs/Shared.json"');
    // 'gone' is in the v1.15 file, not in master's.
    expect(files.get('schemas/releases/v1.15/cert-manager.io/v1/Certificate.json')).toContain('"gone"');
    expect(files.get('schemas/releases/master/cert-manager.io/v1/Certificate.json')).not.toContain('"gone"');
  });
});
