// The hand-written table of CRD schema defaults (src/defaults/schema-table.ts) must say exactly
// what the schema model says, for every kind and version, so that the two cannot drift.
import { describe, expect, test } from 'vitest';
import { MODELS } from '../../model/index.js';
import { V1_SCHEMA_DEFAULTS } from '../../src/defaults/schema-table.js';
import { modelDefaults } from './model-defaults.js';

const key = (d: { path: readonly string[]; value: unknown }) => `${d.path.join('.')} = ${JSON.stringify(d.value)}`;

describe('schema default table matches the model', () => {
  test.each(MODELS.map((m) => [`${m.kind} ${m.version}`, m] as const))('%s', (_name, m) => {
    const fromModel = modelDefaults(m.schema).map(key).sort();
    const fromTable = (m.version === 'v1' ? (V1_SCHEMA_DEFAULTS[m.kind] ?? []) : []).map(key).sort();
    expect(fromTable).toEqual(fromModel);
  });

  test('the model covers every kind in every version', () => {
    expect(MODELS).toHaveLength(24);
  });

  test('spec/defaults.md §2.3: the v1 defaults the spec lists are all in the table', () => {
    const all = Object.values(V1_SCHEMA_DEFAULTS).flatMap((ds) => ds.map(key));
    expect(all).toEqual(
      expect.arrayContaining([
        'spec.acme.renewalInformationSource = "ARI"',
        'spec.acme.solvers.[].http01.gatewayHTTPRoute.parentRefs.[].group = "gateway.networking.k8s.io"',
        'spec.acme.solvers.[].http01.gatewayHTTPRoute.parentRefs.[].kind = "Gateway"',
        'spec.acme.solvers.[].http01.ingress.podTemplate.spec.imagePullSecrets.[].name = ""',
        'spec.acme.solvers.[].http01.gatewayHTTPRoute.podTemplate.spec.imagePullSecrets.[].name = ""',
        'spec.solver.http01.gatewayHTTPRoute.parentRefs.[].group = "gateway.networking.k8s.io"',
        'spec.solver.http01.gatewayHTTPRoute.parentRefs.[].kind = "Gateway"',
        'spec.solver.http01.ingress.podTemplate.spec.imagePullSecrets.[].name = ""',
        'spec.solver.http01.gatewayHTTPRoute.podTemplate.spec.imagePullSecrets.[].name = ""',
      ]),
    );
  });
});
