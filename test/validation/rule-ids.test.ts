// Every semantic validation error names the spec rule that found it (FieldError.rule), so lint
// output can show it. The IDs come from spec/validation.md; errors that are not spec rules (the
// schema check, cmapi's decoding checks) carry none.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { fe, withRule } from '../../src/field/field-error.js';
import { type FieldError, handleValidation, renderFieldError, validate } from '../../src/index.js';

const RULE_ID = /^[A-Z][A-Z0-9]*(-[A-Z0-9]+)+$/;

/** The rule ID prefixes each kind's rules use (issuers also report secret key selector rules). */
const PREFIXES: Readonly<Record<string, readonly string[]>> = {
  Certificate: ['CERT-'],
  CertificateRequest: ['CR-'],
  Issuer: ['ISS-', 'SKS-'],
  ClusterIssuer: ['ISS-', 'SKS-'],
  Order: ['ORDER-'],
  Challenge: ['CHAL-'],
};

interface VectorCase {
  name: string;
  object: { kind?: string };
  operation?: 'CREATE' | 'UPDATE';
  oldObject?: unknown;
  featureGates?: Record<string, boolean>;
}

const vectorDir = new URL('../../fixtures/vectors/', import.meta.url);
const vectorFiles = readdirSync(vectorDir).filter((f) => /^validation-.*\.json$/.test(f));

/** `rule type field` of each error, the way the tests below compare them. */
const triples = (errors: readonly FieldError[]): string[] => errors.map((e) => `${e.rule ?? '-'} ${e.type} ${e.field}`);

const run = (object: unknown, options: Parameters<typeof validate>[1] = {}) => validate(object, { schema: false, ...options }).errors;

describe('every error of the validation vectors carries its rule ID', () => {
  test('the vector files are found', () => {
    expect(vectorFiles.length).toBeGreaterThanOrEqual(5);
  });

  test.each(vectorFiles)('%s: every error has a spec rule ID of its kind', (file) => {
    const { cases } = JSON.parse(readFileSync(new URL(file, vectorDir), 'utf8')) as { cases: VectorCase[] };
    let errors = 0;
    for (const c of cases) {
      const found = run(c.object, { operation: c.operation ?? 'CREATE', oldObject: c.oldObject, featureGates: c.featureGates ?? {} });
      const prefixes = PREFIXES[String(c.object.kind)] ?? [];
      for (const e of found) {
        errors++;
        expect(e.rule, `${c.name}: ${e.type} ${e.field}`).toMatch(RULE_ID);
        expect(
          prefixes.some((p) => e.rule?.startsWith(p)),
          `${c.name}: ${e.rule} for a ${c.object.kind}`,
        ).toBe(true);
      }
    }
    // An empty file (validation-clusterissuer.json has no cases yet) checks nothing.
    if (cases.length > 0) expect(errors).toBeGreaterThan(0);
  });
});

/** Errors of the invalid manifests that are not spec rules, with the reason. */
const MANIFEST_EXCEPTIONS: Readonly<Record<string, string>> = {
  'certificate-v1-renewal-window-bad-duration.yaml spec.renewal.windows[0].windowDuration':
    'the webhook cannot decode the duration: a decoding check, not a spec rule',
};

test('fixtures/manifests/invalid: every semantic error has a spec rule ID of its kind, except decoding errors', () => {
  const dir = new URL('../../fixtures/manifests/invalid/', import.meta.url);
  const unused = new Set(Object.keys(MANIFEST_EXCEPTIONS));
  let errors = 0;
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.yaml'))) {
    for (const doc of parseAllDocuments(readFileSync(new URL(file, dir), 'utf8'))) {
      const object = doc.toJS() as { kind?: string };
      for (const e of run(object)) {
        errors++;
        const key = `${file} ${e.field}`;
        if (key in MANIFEST_EXCEPTIONS) {
          unused.delete(key);
          expect(e.rule, key).toBeUndefined();
          continue;
        }
        expect(e.rule, key).toMatch(RULE_ID);
        const kind = String(object.kind).replace(/List$/, '');
        expect(
          (PREFIXES[kind] ?? []).some((p) => e.rule?.startsWith(p)),
          `${key}: ${e.rule} for a ${kind}`,
        ).toBe(true);
      }
    }
  }
  expect(errors).toBeGreaterThan(0);
  expect([...unused]).toEqual([]);
});

/** The `fe.*` calls of src/validation that are not spec rules (file: count), with the reason. */
const UNTAGGED_CALLS: Readonly<Record<string, number>> = {
  // A duration the webhook cannot decode: a decoding check.
  'certificate/decode.ts': 1,
  // A renewBeforePercentage that is not a 32-bit integer: a decoding check.
  'certificate/durations.ts': 1,
  // A spec.request that is not base64: a decoding check.
  'certificaterequest/request.ts': 1,
  // The internal error of a bug, a list whose items are not a list, a list item of another kind,
  // an unknown certManagerVersion option.
  'validate.ts': 4,
};

test('every fe.* call in src/validation is wrapped in withRule, except the listed non-rule checks', () => {
  const root = new URL('../../src/validation/', import.meta.url);
  const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
  const untagged: Record<string, number> = {};
  for (const file of files) {
    const source = readFileSync(new URL(file, root), 'utf8');
    for (const m of source.matchAll(/\bfe\.[a-zA-Z]+\(/g)) {
      const before = source.slice(0, m.index).trimEnd();
      if (!/withRule\(\s*[^,()]+,$/.test(before)) untagged[file] = (untagged[file] ?? 0) + 1;
    }
  }
  expect(untagged).toEqual(UNTAGGED_CALLS);
});

const META = { name: 'x', namespace: 'default' };
const cert = (spec: Record<string, unknown>, apiVersion = 'cert-manager.io/v1') => ({
  apiVersion,
  kind: 'Certificate',
  metadata: META,
  spec: { secretName: 'tls', issuerRef: { name: 'ca' }, dnsNames: ['example.com'], ...spec },
});

describe('specific rule IDs', () => {
  test('CERT-SECRETNAME-REQUIRED, CERT-PRIVATEKEY-RSA-SIZE: Certificate rules carry their IDs', () => {
    const errors = run(cert({ secretName: '', privateKey: { algorithm: 'RSA', size: 1024 } }));
    expect(errors).toEqual([
      {
        type: 'FieldValueRequired',
        field: 'spec.secretName',
        detail: expect.any(String),
        rule: 'CERT-SECRETNAME-REQUIRED',
      },
      {
        type: 'FieldValueInvalid',
        field: 'spec.privateKey.size',
        badValue: 1024,
        detail: expect.any(String),
        rule: 'CERT-PRIVATEKEY-RSA-SIZE',
      },
    ]);
  });

  test('CERT-KEYSTORE-PKCS12-PASSWORD-REQUIRED, CERT-SECRETTEMPLATE-LABEL-KEY/-VALUE: IDs chosen per keystore and per label part', () => {
    const errors = run(
      cert({
        keystores: { jks: { password: '' }, pkcs12: { create: true } },
        secretTemplate: { labels: { 'bad key': 'ok', good: '-bad value-' } },
      }),
    );
    expect(triples(errors)).toEqual([
      'CERT-SECRETTEMPLATE-LABEL-KEY FieldValueInvalid spec.secretTemplate.labels',
      'CERT-SECRETTEMPLATE-LABEL-VALUE FieldValueInvalid spec.secretTemplate.labels',
      'CERT-KEYSTORE-JKS-PASSWORD-EMPTY FieldValueForbidden spec.keystores.jks.password',
      'CERT-KEYSTORE-PKCS12-PASSWORD-REQUIRED FieldValueForbidden spec.keystores.pkcs12',
    ]);
  });

  test('CERT-PRIVATEKEY-RSA-SIZE: a v1alpha2 Certificate reports spec.keySize and keeps the rule ID', () => {
    const errors = run(cert({ keyAlgorithm: 'rsa', keySize: 1024 }, 'cert-manager.io/v1alpha2'));
    expect(triples(errors)).toEqual(['CERT-PRIVATEKEY-RSA-SIZE FieldValueInvalid spec.keySize']);
  });

  test('CERT-SECRETNAME-REQUIRED: list items keep the rule ID under their item path', () => {
    const list = { apiVersion: 'cert-manager.io/v1', kind: 'CertificateList', items: [cert({}), cert({ secretName: '' })] };
    expect(triples(run(list))).toEqual(['CERT-SECRETNAME-REQUIRED FieldValueRequired items[1].spec.secretName']);
  });

  const cr = (spec: Record<string, unknown>, conditions?: unknown[]) => ({
    apiVersion: 'cert-manager.io/v1',
    kind: 'CertificateRequest',
    metadata: META,
    spec: { issuerRef: { name: 'ca' }, ...spec },
    ...(conditions === undefined ? {} : { status: { conditions } }),
  });

  test('CR-REQUEST-PEM-MISSING, CR-CONDITION-COEXIST: CertificateRequest rules carry their IDs (CSR steps their sub-ID)', () => {
    const approved = { type: 'Approved', status: 'True', reason: 'r', message: 'm' };
    const denied = { type: 'Denied', status: 'True', reason: 'r', message: 'm' };
    const errors = run(cr({ request: btoa('not a PEM') }, [approved, denied]));
    expect(triples(errors)).toEqual([
      'CR-REQUEST-PEM-MISSING FieldValueInvalid spec.request',
      'CR-CONDITION-COEXIST FieldValueForbidden status.conditions',
    ]);
  });

  test('CR-SPEC-IMMUTABLE, CR-CONDITION-APPROVED-IMMUTABLE: update rules of a CertificateRequest carry their IDs', () => {
    const approved = { type: 'Approved', status: 'True', reason: 'r', message: 'm' };
    const old = cr({ request: btoa('a') }, [approved]);
    const errors = run(cr({ request: btoa('b') }, []), { operation: 'UPDATE', oldObject: old });
    expect(triples(errors)).toEqual([
      'CR-CONDITION-APPROVED-IMMUTABLE FieldValueForbidden status.conditions',
      'CR-SPEC-IMMUTABLE FieldValueForbidden spec',
    ]);
  });

  test('ISS-DNS01-CLOUDFLARE-EMAIL-REQUIRED, SKS-NAME-REQUIRED, SKS-KEY-REQUIRED: Issuer rules and secret key selectors', () => {
    const solver = { dns01: { cloudflare: { apiKeySecretRef: {} } } };
    const issuer = {
      apiVersion: 'cert-manager.io/v1',
      kind: 'Issuer',
      metadata: META,
      spec: { acme: { server: 'https://acme.example/directory', privateKeySecretRef: { name: 'k' }, solvers: [solver] } },
    };
    const at = 'spec.acme.solvers[0].dns01.cloudflare';
    expect(triples(run(issuer))).toEqual([
      `SKS-NAME-REQUIRED FieldValueRequired ${at}.apiKeySecretRef.name`,
      `SKS-KEY-REQUIRED FieldValueRequired ${at}.apiKeySecretRef.key`,
      `ISS-DNS01-CLOUDFLARE-EMAIL-REQUIRED FieldValueRequired ${at}.email`,
    ]);
  });

  test('ISS-TYPE-REQUIRED, ISS-TYPE-MULTIPLE: ClusterIssuer rules carry their IDs', () => {
    const issuer = (spec: unknown) => ({ apiVersion: 'cert-manager.io/v1', kind: 'ClusterIssuer', metadata: { name: 'x' }, spec });
    expect(triples(run(issuer({})))).toEqual(['ISS-TYPE-REQUIRED FieldValueRequired spec']);
    expect(triples(run(issuer({ ca: { secretName: 's' }, selfSigned: {} })))).toEqual([
      'ISS-TYPE-MULTIPLE FieldValueForbidden spec.selfSigned',
    ]);
  });

  test('ORDER-STATUS-URL-IMMUTABLE, ORDER-CHALLENGE-TOKEN-IMMUTABLE: Order rules carry their IDs', () => {
    const order = (url: string, token: string) => ({
      apiVersion: 'acme.cert-manager.io/v1',
      kind: 'Order',
      metadata: META,
      spec: { request: btoa('csr') },
      status: { url, authorizations: [{ url: 'a', challenges: [{ url: 'c', type: 'dns-01', token }] }] },
    });
    const errors = run(order('new', 't2'), { operation: 'UPDATE', oldObject: order('old', 't1') });
    expect(triples(errors)).toEqual([
      'ORDER-STATUS-URL-IMMUTABLE FieldValueForbidden status.url',
      'ORDER-CHALLENGE-TOKEN-IMMUTABLE FieldValueForbidden status.authorizations[0].challenges[0].token',
    ]);
  });

  test('CHAL-SPEC-IMMUTABLE: the Challenge rule carries its ID', () => {
    const challenge = (token: string) => ({ apiVersion: 'acme.cert-manager.io/v1', kind: 'Challenge', metadata: META, spec: { token } });
    const errors = run(challenge('b'), { operation: 'UPDATE', oldObject: challenge('a') });
    expect(triples(errors)).toEqual(['CHAL-SPEC-IMMUTABLE FieldValueForbidden spec']);
  });
});

describe('errors that are not spec rules', () => {
  test('a duration the webhook cannot decode has no rule ID', () => {
    const errors = run(cert({ duration: 'ten days' }));
    expect(triples(errors)).toEqual(['- FieldValueInvalid spec.duration']);
    expect(errors[0]).not.toHaveProperty('rule');
  });

  test('schema errors have no rule ID; a schema error the rules also report keeps the rule ID', () => {
    const object = cert({ secretName: undefined, bogus: 1 });
    const errors = validate(object).errors;
    const unknown = errors.find((e) => e.type === 'FieldValueUnknown' && e.field === 'spec.bogus');
    expect(unknown).toBeDefined();
    expect(unknown).not.toHaveProperty('rule');
    expect(errors.filter((e) => e.field === 'spec.secretName').map((e) => `${e.rule} ${e.type}`)).toEqual([
      'CERT-SECRETNAME-REQUIRED FieldValueRequired',
    ]);
  });
});

describe('the rule ID is not part of messages', () => {
  test('withRule adds only the rule and leaves its input alone', () => {
    const plain = fe.invalid('spec.x', 1, 'must be 2');
    const tagged = withRule('CERT-TEST-RULE', plain);
    expect(tagged).toEqual({ ...plain, rule: 'CERT-TEST-RULE' });
    expect(plain).not.toHaveProperty('rule');
    expect(renderFieldError(tagged)).toBe(renderFieldError(plain));
  });

  test('CERT-SECRETNAME-REQUIRED: an admission denial renders the error without its rule ID', async () => {
    const object = cert({ secretName: '' });
    const review = {
      apiVersion: 'admission.k8s.io/v1',
      kind: 'AdmissionReview',
      request: {
        uid: 'u1',
        operation: 'CREATE',
        userInfo: { username: 'alice' },
        kind: { group: 'cert-manager.io', version: 'v1', kind: 'Certificate' },
        resource: { group: 'cert-manager.io', version: 'v1', resource: 'certificates' },
        name: 'x',
        namespace: 'default',
        object,
      },
    };
    const answer = await handleValidation(review, { plugins: ['validation'] });
    expect(answer.response.allowed).toBe(false);
    const message = answer.response.status?.message ?? '';
    expect(message).toContain('spec.secretName: Required value');
    expect(message).not.toContain('CERT-SECRETNAME-REQUIRED');
  });
});
