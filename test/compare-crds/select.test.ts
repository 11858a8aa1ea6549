// Which CRD a version is compared with, and how CRD files are read.
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { crdFromDocument, type Crd } from '../../scripts/compare-crds/load-crds.js';
import { selectTargets } from '../../scripts/compare-crds/select.js';

const crd = (file: string, versions: string[]): Crd => ({
  file,
  group: 'cert-manager.io',
  kind: 'Certificate',
  versions: versions.map((name) => ({ name, schema: { file } })),
});

describe('selectTargets', () => {
  test('v1 comes from the CRD that defines only v1, old versions from the CRD that has them', () => {
    const legacy = crd('legacy.yaml', ['v1alpha2', 'v1alpha3', 'v1beta1', 'v1']);
    const latest = crd('latest.yaml', ['v1']);
    for (const order of [
      [legacy, latest],
      [latest, legacy],
    ]) {
      const picked = Object.fromEntries(selectTargets(order).map((t) => [t.version, t.file]));
      expect(picked).toEqual({ v1: 'latest.yaml', v1alpha2: 'legacy.yaml', v1alpha3: 'legacy.yaml', v1beta1: 'legacy.yaml' });
    }
  });
  test('without a v1-only CRD the v1 of the CRD with the fewest versions is used', () => {
    const picked = selectTargets([crd('four.yaml', ['v1alpha2', 'v1alpha3', 'v1beta1', 'v1']), crd('two.yaml', ['v1beta1', 'v1'])]);
    expect(picked.find((t) => t.version === 'v1')?.file).toBe('two.yaml');
    expect(picked.find((t) => t.version === 'v1beta1')?.file).toBe('four.yaml');
  });
});

describe('crdFromDocument', () => {
  test('reads group, kind and per-version schemas from a Helm-templated CRD', () => {
    const text = [
      'apiVersion: apiextensions.k8s.io/v1',
      'kind: CustomResourceDefinition',
      'metadata:',
      '  name: orders.acme.cert-manager.io',
      '  labels:',
      '    app: \'{{ template "cert-manager.name" . }}\'',
      '    # {{- include "labels" . | nindent 4 }}',
      'spec:',
      '  group: acme.cert-manager.io',
      '  names: {kind: Order, plural: orders}',
      '  versions:',
      '    - name: v1',
      '      schema: {openAPIV3Schema: {type: object}}',
    ].join('\n');
    expect(crdFromDocument(parse(text), 'f.yaml')).toEqual({
      file: 'f.yaml',
      group: 'acme.cert-manager.io',
      kind: 'Order',
      versions: [{ name: 'v1', schema: { type: 'object' } }],
    });
  });
  test('documents that are not CRDs are skipped', () => {
    expect(crdFromDocument({ kind: 'ConfigMap' }, 'f.yaml')).toBeUndefined();
    expect(crdFromDocument(null, 'f.yaml')).toBeUndefined();
  });
});
