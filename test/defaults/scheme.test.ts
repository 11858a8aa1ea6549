// The `scheme` default set: spec/defaults.md §2.1 (SetObjectDefaults_* of cert-manager master).
import { describe, expect, test } from 'vitest';
import { run, specOf, v1 } from './helpers.js';

const ISSUER_REF_KINDS = [
  ['Certificate', 'cert-manager.io'],
  ['CertificateRequest', 'cert-manager.io'],
  ['Order', 'acme.cert-manager.io'],
  ['Challenge', 'acme.cert-manager.io'],
] as const;

describe.each(ISSUER_REF_KINDS)('SetObjectDefaults_%s (§2.1)', (kind, group) => {
  test(`SetObjectDefaults_${kind}: empty issuerRef.kind becomes Issuer and empty group becomes cert-manager.io`, () => {
    const r = run(v1(kind, { issuerRef: { name: 'ca' } }, group), ['scheme']);
    expect(r.errors).toEqual([]);
    expect(specOf(r).issuerRef).toEqual({ name: 'ca', kind: 'Issuer', group: 'cert-manager.io' });
    expect(r.patch).toEqual([
      { op: 'add', path: '/spec/issuerRef/kind', value: 'Issuer' },
      { op: 'add', path: '/spec/issuerRef/group', value: 'cert-manager.io' },
    ]);
  });

  test(`SetObjectDefaults_${kind}: "" and null count as empty (replace operations)`, () => {
    const r = run(v1(kind, { issuerRef: { name: 'ca', kind: '', group: null } }, group), ['scheme']);
    expect(specOf(r).issuerRef).toEqual({ name: 'ca', kind: 'Issuer', group: 'cert-manager.io' });
    expect(r.patch.map((op) => op.op)).toEqual(['replace', 'replace']);
  });

  test(`SetObjectDefaults_${kind}: kind and group are independent; non-empty values are kept, even invalid ones`, () => {
    const kindOnly = run(v1(kind, { issuerRef: { name: 'le', kind: 'ClusterIssuer' } }, group), ['scheme']);
    expect(specOf(kindOnly).issuerRef).toEqual({ name: 'le', kind: 'ClusterIssuer', group: 'cert-manager.io' });
    const groupOnly = run(v1(kind, { issuerRef: { name: 'pca', group: 'awspca.cert-manager.io' } }, group), ['scheme']);
    expect(specOf(groupOnly).issuerRef).toEqual({ name: 'pca', kind: 'Issuer', group: 'awspca.cert-manager.io' });
    const invalid = { name: 'x', kind: 'issuer', group: 'not a group' };
    const kept = run(v1(kind, { issuerRef: invalid }, group), ['scheme']);
    expect(specOf(kept).issuerRef).toEqual(invalid);
    expect(kept.patch).toEqual([]);
  });

  test(`SetObjectDefaults_${kind}: name is never touched, not even when empty or absent`, () => {
    const r = run(v1(kind, { issuerRef: {} }, group), ['scheme']);
    expect(specOf(r).issuerRef).toEqual({ kind: 'Issuer', group: 'cert-manager.io' });
    const empty = run(v1(kind, { issuerRef: { name: '' } }, group), ['scheme']);
    expect(specOf(empty).issuerRef).toEqual({ name: '', kind: 'Issuer', group: 'cert-manager.io' });
  });

  test(`SetObjectDefaults_${kind}: absent spec and issuerRef are created, as Go's zero-value structs are`, () => {
    const noSpec = run(v1(kind, undefined, group), ['scheme']);
    expect(noSpec.errors).toEqual([]);
    expect(specOf(noSpec)).toEqual({ issuerRef: { kind: 'Issuer', group: 'cert-manager.io' } });
    expect(noSpec.patch).toEqual([{ op: 'add', path: '/spec', value: { issuerRef: { kind: 'Issuer', group: 'cert-manager.io' } } }]);
    const noRef = run(v1(kind, {}, group), ['scheme']);
    expect(noRef.patch).toEqual([{ op: 'add', path: '/spec/issuerRef', value: { kind: 'Issuer', group: 'cert-manager.io' } }]);
  });

  test(`SetObjectDefaults_${kind}List: every item of the list is defaulted`, () => {
    const list = {
      apiVersion: `${group}/v1`,
      kind: `${kind}List`,
      items: [v1(kind, { issuerRef: { name: 'a' } }, group), { metadata: { name: 'bare' }, spec: { issuerRef: { name: 'b', kind: 'X' } } }],
    };
    const r = run(list, ['scheme']);
    expect(r.errors).toEqual([]);
    // immer orders the operations of separate list items as it finalizes them; order is irrelevant here
    expect([...r.patch].sort((a, b) => a.path.localeCompare(b.path))).toEqual([
      { op: 'add', path: '/items/0/spec/issuerRef/group', value: 'cert-manager.io' },
      { op: 'add', path: '/items/0/spec/issuerRef/kind', value: 'Issuer' },
      { op: 'add', path: '/items/1/spec/issuerRef/group', value: 'cert-manager.io' },
    ]);
  });
});

describe('§2.1 scheme defaults touch nothing else', () => {
  test('SetObjectDefaults_Certificate: privateKey and other fields untouched', () => {
    const spec = { secretName: 's', issuerRef: { name: 'ca', kind: 'Issuer', group: 'cert-manager.io' }, privateKey: { algorithm: 'RSA' } };
    const r = run(v1('Certificate', spec), ['scheme']);
    expect(r.patch).toEqual([]);
    expect(specOf(r)).toEqual(spec);
  });

  test.each(['Issuer', 'ClusterIssuer'])('%s has no scheme defaulter', (kind) => {
    const r = run(v1(kind, { ca: { secretName: 'x' } }), ['scheme']);
    expect(r.patch).toEqual([]);
    expect(r.errors).toEqual([]);
  });

  test('core v1 List: each item is defaulted by its own kind', () => {
    const list = {
      apiVersion: 'v1',
      kind: 'List',
      items: [v1('Issuer', { selfSigned: {} }), v1('Order', { issuerRef: { name: 'le', kind: 'ClusterIssuer' } }, 'acme.cert-manager.io')],
    };
    const r = run(list, ['scheme']);
    expect(r.patch).toEqual([{ op: 'add', path: '/items/1/spec/issuerRef/group', value: 'cert-manager.io' }]);
  });
});
