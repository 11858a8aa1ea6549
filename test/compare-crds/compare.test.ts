// End to end: CRD files and generated schemas on disk, compared with an allow-list.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { compareCrds, formatFinding } from '../../scripts/compare-crds/compare.js';
import { loadCrds } from '../../scripts/compare-crds/load-crds.js';

const dir = mkdtempSync(join(tmpdir(), 'compare-crds-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const crdYaml = (versions: string) => `apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
spec:
  group: acme.cert-manager.io
  names: {kind: Order}
  versions:
${versions}`;
const version = (name: string, specProps: string) =>
  `    - name: ${name}\n      schema:\n        openAPIV3Schema:\n          type: object\n          properties:\n            metadata: {type: object}\n            spec: {type: object, properties: {${specProps}}}\n`;

test('differences are found per target, allow-listed ones are marked, missing schema files reported', () => {
  mkdirSync(join(dir, 'crds/legacy'), { recursive: true });
  mkdirSync(join(dir, 'crds/latest'), { recursive: true });
  writeFileSync(
    join(dir, 'crds/legacy/orders.yaml'),
    crdYaml(version('v1alpha2', 'csr: {type: string}') + version('v1', 'old: {type: string}')),
  );
  writeFileSync(join(dir, 'crds/latest/orders.yaml'), crdYaml(version('v1', 'request: {type: string, format: byte}')));
  const schemas = join(dir, 'schemas');
  mkdirSync(join(schemas, 'acme.cert-manager.io/v1'), { recursive: true });
  mkdirSync(join(schemas, '_defs'), { recursive: true });
  writeFileSync(
    join(schemas, 'acme.cert-manager.io/v1/Order.json'),
    JSON.stringify({
      type: 'object',
      properties: { metadata: { $ref: '../../_defs/Meta.json' }, spec: { $ref: '../../_defs/Spec.json' } },
    }),
  );
  writeFileSync(join(schemas, '_defs/Meta.json'), JSON.stringify({ type: 'object', properties: { name: { type: 'string' } } }));
  writeFileSync(join(schemas, '_defs/Spec.json'), JSON.stringify({ type: 'object', properties: { request: { type: 'string' } } }));

  const { crds, problems } = loadCrds(join(dir, 'crds'));
  expect(problems).toEqual([]);
  const report = compareCrds(crds, {
    schemasDir: schemas,
    allow: [
      { target: '*', path: 'metadata', reason: 'ObjectMeta declared' },
      { target: '*', path: 'spec.unused', reason: 'stale' },
    ],
  });
  const open = report.findings.filter((f) => !f.allowedBy).map(formatFinding);
  expect(open).toEqual([
    'acme.cert-manager.io/v1/Order spec.request: format: CRD "byte", ours (unset)',
    'acme.cert-manager.io/v1alpha2/Order (root): no schema file acme.cert-manager.io/v1alpha2/Order.json',
  ]);
  expect(report.findings.filter((f) => f.allowedBy).map(formatFinding)).toEqual([
    'acme.cert-manager.io/v1/Order metadata.name: not in the CRD (ours: type "string")',
  ]);
  expect(report.unusedAllowances.map((e) => e.path)).toEqual(['spec.unused']);
});
