// Invalid input comes back as field errors with an empty patch and an unchanged copy; nothing throws.
import { describe, expect, test } from 'vitest';
import { applyDefaults } from '../../src/defaults/apply.js';
import { run, specOf, v1 } from './helpers.js';

const fields = (r: { errors: { type: string; field: string }[] }) => r.errors.map((e) => `${e.type} ${e.field}`);

describe('wrong types where a default would go', () => {
  test.each([
    ['spec is a string', v1('Certificate', 'oops'), 'FieldValueTypeInvalid spec'],
    ['spec is a list', v1('Certificate', []), 'FieldValueTypeInvalid spec'],
    ['issuerRef is a string', v1('Certificate', { issuerRef: 'ca' }), 'FieldValueTypeInvalid spec.issuerRef'],
    [
      'issuerRef.kind is a number',
      v1('CertificateRequest', { issuerRef: { name: 'a', kind: 1 } }),
      'FieldValueTypeInvalid spec.issuerRef.kind',
    ],
    [
      'issuerRef.group is an object',
      v1('Order', { issuerRef: { group: {} } }, 'acme.cert-manager.io'),
      'FieldValueTypeInvalid spec.issuerRef.group',
    ],
    ['privateKey is a list', v1('Certificate', { issuerRef: {}, privateKey: [] }), 'FieldValueTypeInvalid spec.privateKey'],
    [
      'rotationPolicy is a boolean',
      v1('Certificate', { issuerRef: {}, privateKey: { rotationPolicy: true } }),
      'FieldValueTypeInvalid spec.privateKey.rotationPolicy',
    ],
    ['acme is a string', v1('Issuer', { acme: 'x' }), 'FieldValueTypeInvalid spec.acme'],
    ['solvers is an object', v1('ClusterIssuer', { acme: { solvers: {} } }), 'FieldValueTypeInvalid spec.acme.solvers'],
    ['a solver is null', v1('Issuer', { acme: { solvers: [{}, null] } }), 'FieldValueTypeInvalid spec.acme.solvers[1]'],
    [
      'a parentRef is a string',
      v1('Challenge', { issuerRef: {}, solver: { http01: { gatewayHTTPRoute: { parentRefs: ['gw'] } } } }, 'acme.cert-manager.io'),
      'FieldValueTypeInvalid spec.solver.http01.gatewayHTTPRoute.parentRefs[0]',
    ],
  ])('%s', (_name, object, error) => {
    const r = run(object);
    expect(fields(r)).toEqual([error]);
    expect(r.patch).toEqual([]);
    expect(r.object).toEqual(object);
  });

  test('bad values are plain copies that outlive the defaulting (not revoked drafts)', () => {
    const r = run(v1('Issuer', { acme: { solvers: { a: [1] } } }));
    expect(r.errors[0]?.badValue).toEqual({ a: [1] });
    expect(JSON.parse(JSON.stringify(run(v1('Certificate', [1, { b: 2 }])).errors))[0].badValue).toEqual([1, { b: 2 }]);
    const list = { apiVersion: 'v1', kind: 'List', items: [{ apiVersion: { x: 1 }, kind: 'Certificate' }] };
    expect(run(list).errors[0]?.badValue).toEqual({ x: 1 });
  });

  test('a "__proto__" key is plain data: copied, defaulted around, and the prototype is left alone', () => {
    const input = JSON.parse('{"apiVersion":"cert-manager.io/v1","kind":"Certificate","spec":{"__proto__":{"x":1},"issuerRef":{}}}');
    const r = run(input, ['scheme']);
    const spec = specOf(r);
    expect(Object.getPrototypeOf(spec)).toBe(Object.prototype);
    expect(JSON.stringify(spec)).toBe('{"__proto__":{"x":1},"issuerRef":{"kind":"Issuer","group":"cert-manager.io"}}');
  });

  test('errors in list items name the item; one bad item means no patch for the whole list', () => {
    const list = { apiVersion: 'cert-manager.io/v1', kind: 'CertificateList', items: [{ spec: { issuerRef: {} } }, { spec: 5 }, 'x'] };
    const r = run(list);
    expect(fields(r)).toEqual(['FieldValueTypeInvalid items[1].spec', 'FieldValueTypeInvalid items[2]']);
    expect(r.patch).toEqual([]);
  });

  test('list envelopes: items not a list, an item of another kind, an unknown kind in a core List', () => {
    expect(fields(run({ apiVersion: 'cert-manager.io/v1', kind: 'IssuerList', items: {} }))).toEqual(['FieldValueTypeInvalid items']);
    const mixed = { apiVersion: 'cert-manager.io/v1', kind: 'CertificateList', items: [v1('Issuer', {})] };
    expect(fields(run(mixed))).toEqual(['FieldValueInvalid items[0].kind']);
    const core = { apiVersion: 'v1', kind: 'List', items: [{ apiVersion: 'v1', kind: 'ConfigMap' }] };
    expect(fields(run(core))).toEqual(['FieldValueNotSupported items[0].apiVersion']);
  });
});

describe('not a cert-manager object', () => {
  test.each([
    ['unknown kind', { apiVersion: 'cert-manager.io/v1', kind: 'Widget', spec: {} }, 'FieldValueNotSupported kind'],
    ['unknown group', { apiVersion: 'apps/v1', kind: 'Deployment' }, 'FieldValueNotSupported apiVersion'],
    ['no apiVersion', { kind: 'Certificate' }, 'FieldValueRequired apiVersion'],
    ['a string', 'Certificate', 'FieldValueTypeInvalid '],
    ['null', null, 'FieldValueTypeInvalid '],
  ])('%s', (_name, object, error) => {
    const r = applyDefaults(object);
    expect(fields(r)).toEqual([error]);
    expect(r.patch).toEqual([]);
    expect(r.object).toEqual(object);
  });

  test('undefined input and junk options do not throw', () => {
    expect(applyDefaults(undefined).patch).toEqual([]);
    const cert = v1('Certificate', { issuerRef: {} });
    expect(applyDefaults(cert, null as never).patch).toHaveLength(2 + 1);
    expect(applyDefaults(cert, { defaults: 'scheme' as never }).patch).toHaveLength(3);
    expect(applyDefaults(cert, { defaults: ['nonsense' as never] }).patch).toEqual([]);
    expect(applyDefaults(cert, { defaults: [] }).patch).toEqual([]);
  });
});
