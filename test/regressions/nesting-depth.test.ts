// Regression (issue 15 §5): nesting deep enough to exhaust the stack (a few thousand levels in
// an ACME webhook solver's free-form `config`) came back from applyDefaults, convert,
// handleMutation and handleConversion as "InternalError: RangeError: Maximum call stack size
// exceeded" (HTTP 500 / a 403 naming a RangeError). LIMIT-DEPTH: every entry point now measures
// the depth first, iteratively, and answers a clear error past MAX_NESTING_DEPTH.
import { describe, expect, test } from 'vitest';
import { applyDefaults, convert, handleConversion, handleMutation, handleValidation, validate } from '../../src/index.js';
import { exceedsDepth, MAX_NESTING_DEPTH } from '../../src/util/depth.js';

/** `levels` of nesting in total, alternating objects and arrays. */
function nested(levels: number): unknown {
  let v: unknown = 'leaf';
  for (let i = 0; i < levels; i++) v = i % 2 === 0 ? [v] : { a: v };
  return v;
}

/** An Issuer nested `levels` deep in total (the solver config makes up the difference). */
function issuer(levels: number): Record<string, unknown> {
  // issuer > spec > acme > solvers > [0] > dns01 > webhook > config: the config is level 8.
  const config = nested(levels - 7);
  return {
    apiVersion: 'cert-manager.io/v1',
    kind: 'Issuer',
    metadata: { name: 'acme', namespace: 'default' },
    spec: {
      acme: {
        server: 'https://acme.example.com/directory',
        privateKeySecretRef: { name: 'acme-key' },
        solvers: [{ dns01: { webhook: { groupName: 'acme.example.com', solverName: 'example', config } } }],
      },
    },
  };
}

const review = (operation: string, object: unknown, oldObject?: unknown) => ({
  apiVersion: 'admission.k8s.io/v1',
  kind: 'AdmissionReview',
  request: {
    uid: 'uid-1',
    kind: { group: 'cert-manager.io', version: 'v1', kind: 'Issuer' },
    resource: { group: 'cert-manager.io', version: 'v1', resource: 'issuers' },
    operation,
    userInfo: { username: 'alice' },
    object,
    oldObject,
  },
});

const conversionReview = (object: unknown) => ({
  apiVersion: 'apiextensions.k8s.io/v1',
  kind: 'ConversionReview',
  request: { uid: 'uid-1', desiredAPIVersion: 'cert-manager.io/v1alpha2', objects: [object] },
});

describe('exceedsDepth', () => {
  test('counts the top-level value as level 1', () => {
    expect(exceedsDepth({ a: {} }, 2)).toBe(false);
    expect(exceedsDepth({ a: { b: [] } }, 2)).toBe(true);
    expect(exceedsDepth('scalar', 0)).toBe(false);
  });
  test('walks a million levels without recursion', () => {
    expect(exceedsDepth(nested(1_000_000))).toBe(true);
  });
  test('counts a cyclic value as too deep', () => {
    const a: Record<string, unknown> = {};
    a.self = a;
    expect(exceedsDepth(a)).toBe(true);
  });
});

describe(`at the limit (${MAX_NESTING_DEPTH} levels) every entry point answers normally`, () => {
  const object = issuer(MAX_NESTING_DEPTH);
  test('the fixture is exactly at the limit', () => {
    expect(exceedsDepth(object)).toBe(false);
    expect(exceedsDepth(object, MAX_NESTING_DEPTH - 1)).toBe(true);
  });
  test('validate (CREATE and UPDATE)', () => {
    expect(validate(object).errors).toEqual([]);
    expect(validate(object, { operation: 'UPDATE', oldObject: issuer(MAX_NESTING_DEPTH) }).errors).toEqual([]);
  });
  test('applyDefaults', () => {
    const r = applyDefaults(object);
    expect(r.errors).toEqual([]);
    expect(r.patch.length).toBeGreaterThan(0);
  });
  test('convert', () => {
    const r = convert(object, 'cert-manager.io/v1alpha2');
    expect(r.errors).toEqual([]);
    expect(r.object?.apiVersion).toBe('cert-manager.io/v1alpha2');
  });
  test('handleValidation, handleMutation and handleConversion', async () => {
    expect((await handleValidation(review('UPDATE', object, issuer(MAX_NESTING_DEPTH)))).response).toMatchObject({ allowed: true });
    const mutated = await handleMutation(review('CREATE', object), { plugins: ['defaults'] });
    expect(mutated.response).toMatchObject({ allowed: true, patchType: 'JSONPatch' });
    expect(handleConversion(conversionReview(object)).response?.result).toEqual({ status: 'Success' });
  });
});

describe('past the limit every entry point answers a clear error, never an InternalError', () => {
  for (const levels of [MAX_NESTING_DEPTH + 1, 20_000]) {
    const object = issuer(levels);
    const tooDeep = {
      type: 'FieldValueForbidden',
      field: '',
      detail: expect.stringContaining(`more than ${MAX_NESTING_DEPTH} levels deep`),
    };
    test(`${levels} levels: validate, applyDefaults, convert`, () => {
      expect(validate(object).errors).toEqual([tooDeep]);
      expect(validate(issuer(3 + 7), { operation: 'UPDATE', oldObject: object }).errors).toEqual([tooDeep]);
      const defaulted = applyDefaults(object);
      expect(defaulted.errors).toEqual([tooDeep]);
      expect(defaulted.patch).toEqual([]);
      expect(convert(object, 'cert-manager.io/v1alpha2').errors).toEqual([tooDeep]);
    });
    test(`${levels} levels: the adapters answer 400`, async () => {
      const validated = await handleValidation(review('CREATE', object));
      expect(validated.response).toMatchObject({ allowed: false, status: { code: 400 } });
      expect(validated.response?.status?.message).toContain(`more than ${MAX_NESTING_DEPTH} levels deep`);
      const mutated = await handleMutation(review('CREATE', object), { plugins: ['defaults'] });
      expect(mutated.response).toMatchObject({ allowed: false, status: { code: 400 } });
      const converted = handleConversion(conversionReview(object)).response;
      expect(converted?.result).toMatchObject({ status: 'Failure', code: 400 });
      expect(converted?.result.message).toContain(`more than ${MAX_NESTING_DEPTH} levels deep`);
      expect(converted?.result.message).not.toContain('RangeError');
    });
  }
});
