/**
 * Preservation records (docs/conversion.md). What broke:
 * - issue 14 §1: converting a plain v1alpha2 Certificate to v1 wrote a record only to drop the
 *   empty `subject: {}`/`privateKey: {}` Go leaves on the way back, and durations re-printed in
 *   Go form were "restored" too;
 * - issue 14 §2: v1alpha2 → v1 → v1beta1 → v1 left a record behind that no longer did anything;
 * - issue 15 §6: a record written by whoever can edit the object decided the other version's
 *   view: its patch could change kind, name, uid or status, or replace the whole object.
 */
import { describe, expect, test } from 'vitest';
import { convert } from '../../src/conversion/convert.js';
import { preservationProblems } from '../../src/conversion/problems.js';

type Obj = Record<string, unknown>;
const annotations = (o: unknown): Record<string, string> | undefined =>
  (o as { metadata?: { annotations?: Record<string, string> } } | undefined)?.metadata?.annotations;
const cert = (version: string, spec: Obj, annotations?: Record<string, string>): Obj => ({
  apiVersion: `cert-manager.io/${version}`,
  kind: 'Certificate',
  metadata: annotations ? { name: 'web', namespace: 'ns', annotations } : { name: 'web', namespace: 'ns' },
  spec: { secretName: 'web-tls', issuerRef: { name: 'ca' }, ...spec },
});
const record = (from: string, patch: unknown[]): string => JSON.stringify({ from, patch });

describe('issue 14 §1: a record only when converting back would change the meaning', () => {
  test('a plain v1alpha2 Certificate (organization, keySize, keyAlgorithm, duration) upgrades to v1 without a record', () => {
    const r = convert(
      cert('v1alpha2', { organization: ['Org'], keySize: 2048, keyAlgorithm: 'rsa', duration: '2160h' }),
      'cert-manager.io/v1',
    );
    expect(r.errors).toEqual([]);
    expect(r.object).toEqual(
      cert('v1', { duration: '2160h0m0s', subject: { organizations: ['Org'] }, privateKey: { algorithm: 'RSA', size: 2048 } }),
    );
  });
  test('a value the target version cannot hold still gets a record, and comes back', () => {
    const input = cert('v1', { renewBeforePercentage: 25 });
    const old = convert(input, 'cert-manager.io/v1beta1');
    expect(Object.keys(annotations(old.object) ?? {})).toEqual(['conversion.cmapi.io/v1']);
    expect(convert(old.object, 'cert-manager.io/v1').object).toEqual(input);
  });
});

describe('issue 14 §2: a record that no longer applies is removed', () => {
  // What cmapi wrote before: a record that only removes the empty objects Go leaves behind.
  const oldRecord = record('v1', [
    { op: 'remove', path: '/spec/subject' },
    { op: 'remove', path: '/spec/privateKey' },
  ]);
  const v1 = cert('v1', { subject: { organizations: ['Org'] }, privateKey: { size: 2048 } }, { 'conversion.cmapi.io/v1alpha2': oldRecord });
  test('v1alpha2 → v1 → v1beta1 → v1 leaves no record behind', () => {
    const beta = convert(v1, 'cert-manager.io/v1beta1').object;
    const back = convert(beta, 'cert-manager.io/v1');
    expect(back.errors).toEqual([]);
    expect(annotations(back.object)).toBeUndefined();
  });
  test('a record for the version the object already has is removed', () => {
    const stale = cert('v1beta1', {}, { 'conversion.cmapi.io/v1beta1': record('v1', []), keep: 'me' });
    expect(annotations(convert(stale, 'cert-manager.io/v1').object)).toEqual({ keep: 'me' });
  });
  test('a record riding along for a version the object is not in is kept until it can be checked', () => {
    const input = cert('v1', { renewBeforePercentage: 25 });
    const alpha = convert(input, 'cert-manager.io/v1alpha3').object;
    const beta = convert(alpha, 'cert-manager.io/v1beta1').object;
    expect(Object.keys(annotations(beta) ?? {})).toEqual(['conversion.cmapi.io/v1']);
    const alphaAgain = convert(beta, 'cert-manager.io/v1alpha3');
    expect(alphaAgain.warnings).toEqual([]);
    expect(convert(alphaAgain.object, 'cert-manager.io/v1').object).toEqual(input);
  });
});

describe('issue 15 §6: a forged record is ignored, with a warning', () => {
  const base = cert('v1beta1', { duration: '1h0m0s' });
  const forged: [string, unknown[]][] = [
    ['changes kind', [{ op: 'replace', path: '/kind', value: 'ClusterIssuer' }]],
    ['changes apiVersion', [{ op: 'replace', path: '/apiVersion', value: 'v1' }]],
    ['changes the name', [{ op: 'replace', path: '/metadata/name', value: 'other' }]],
    ['changes the uid', [{ op: 'add', path: '/metadata/uid', value: 'x' }]],
    ['forges Ready status', [{ op: 'add', path: '/status', value: { conditions: [{ type: 'Ready', status: 'True' }] } }]],
    ['replaces the whole object', [{ op: 'replace', path: '', value: { apiVersion: 'v1', kind: 'Secret' } }]],
    ['changes a value both versions show', [{ op: 'replace', path: '/spec/secretName', value: 'stolen' }]],
    ['is a move', [{ op: 'move', from: '/spec/secretName', path: '/spec/x' }]],
  ];
  test.each(forged)('a record that %s is not applied', (_what, patch) => {
    const input = {
      ...base,
      metadata: { name: 'web', namespace: 'ns', annotations: { 'conversion.cmapi.io/v1': record('v1beta1', patch) } },
    };
    const r = convert(input, 'cert-manager.io/v1');
    expect(r.errors).toEqual([]);
    expect(r.object).toEqual(cert('v1', { duration: '1h0m0s' }));
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0]).toMatch(/^ignored the annotation conversion\.cmapi\.io\/v1: /);
    expect(preservationProblems(input)).toHaveLength(1);
  });
  test('a record written for another version of the object is not applied', () => {
    const input = cert(
      'v1beta1',
      {},
      { 'conversion.cmapi.io/v1': record('v1alpha2', [{ op: 'add', path: '/spec/renewBeforePercentage', value: 5 }]) },
    );
    const r = convert(input, 'cert-manager.io/v1');
    expect(r.object?.spec).not.toHaveProperty('renewBeforePercentage');
    expect(r.warnings[0]).toContain('written for a v1alpha2 object');
  });
  test('a record whose object was edited since (in a value the record restores) is not applied', () => {
    const old = convert(
      cert('v1', { duration: '2160h', renewBeforePercentage: 25, signatureAlgorithm: 'SHA256WithRSA' }),
      'cert-manager.io/v1beta1',
    ).object as Obj;
    // The record restores signatureAlgorithm, which v1beta1 cannot show; editing duration in v1beta1 does not touch it.
    const edited = { ...old, spec: { ...(old.spec as Obj), duration: '1h0m0s' } };
    const ok = convert(edited, 'cert-manager.io/v1');
    expect(ok.warnings).toEqual([]);
    expect(ok.object?.spec).toMatchObject({ duration: '1h0m0s', renewBeforePercentage: 25, signatureAlgorithm: 'SHA256WithRSA' });
    // A record copied onto another object whose values it would change is refused.
    const copied = cert(
      'v1alpha2',
      { organization: ['B'] },
      { 'conversion.cmapi.io/v1': record('v1alpha2', [{ op: 'replace', path: '/spec/subject', value: { organizations: ['A'] } }]) },
    );
    const r = convert(copied, 'cert-manager.io/v1');
    expect(r.object?.spec).toMatchObject({ subject: { organizations: ['B'] } });
    expect(r.warnings[0]).toContain('does not match the object it rides on');
  });
  test('a genuine record passes preservationProblems; an unreadable one is reported', () => {
    const old = convert(cert('v1', { renewBeforePercentage: 25 }), 'cert-manager.io/v1beta1').object;
    expect(preservationProblems(old)).toEqual([]);
    const junk = cert('v1beta1', {}, { 'conversion.cmapi.io/v1': '{not json', 'conversion.cmapi.io/v9': '{}' });
    expect(preservationProblems(junk)).toEqual([
      'metadata.annotations[conversion.cmapi.io/v1]: conversion ignores this record: it is not JSON',
      'metadata.annotations[conversion.cmapi.io/v9]: not a cert-manager API version; conversion ignores it',
    ]);
    const list = { apiVersion: 'v1', kind: 'List', items: [old, junk] };
    expect(preservationProblems(list)[0]).toMatch(/^items\[1\]: metadata\.annotations\[conversion\.cmapi\.io\/v1\]: /);
  });
});

describe('issue 14 §2: converting to the version an object already has drops what no longer applies', () => {
  test('a stale record goes; a record riding along stays', () => {
    const input = cert(
      'v1',
      { subject: { organizations: ['Org'] } },
      {
        'conversion.cmapi.io/v1': record('v1beta1', []),
        'conversion.cmapi.io/v1alpha2': record('v1', [{ op: 'remove', path: '/spec/subject' }]),
      },
    );
    const r = convert(input, 'cert-manager.io/v1');
    expect(annotations(r.object)).toBeUndefined();
    const riding = convert(convert(cert('v1', { renewBeforePercentage: 5 }), 'v1alpha3').object, 'v1alpha3');
    expect(Object.keys(annotations(riding.object) ?? {})).toEqual(['conversion.cmapi.io/v1']);
  });
});
