/**
 * The properties every entry point must keep, whatever it is given: it never throws, never
 * mutates its input, and answers well-formed data; plain JSON never gets an InternalError.
 */
import { expect } from 'vitest';
import {
  applyDefaults,
  convert,
  type FieldError,
  handleConversion,
  handleMutation,
  handleValidation,
  identify,
  renderFieldError,
  VERSIONS,
  validate,
} from '../../src/index.js';
import { KINDS } from '../../src/scheme/kinds.js';

const ERROR_TYPES = new Set([
  'FieldValueRequired',
  'FieldValueInvalid',
  'FieldValueNotSupported',
  'FieldValueForbidden',
  'FieldValueDuplicate',
  'FieldValueTooLong',
  'FieldValueTooMany',
  'FieldValueTooFew',
  'FieldValueTooShort',
  'FieldValueNotFound',
  'FieldValueTypeInvalid',
  'FieldValueUnknown',
  'InternalError',
]);

/** Freezes `v` and everything below it (own keys, `__proto__` included). */
export function deepFreeze<T>(v: T): T {
  const stack: unknown[] = [v];
  while (stack.length > 0) {
    const x = stack.pop();
    if (typeof x !== 'object' || x === null || Object.isFrozen(x)) continue;
    for (const k of Object.keys(x)) stack.push((x as Record<string, unknown>)[k]);
    Object.freeze(x);
  }
  return v;
}

/** Errors that are FieldErrors: a known type, a string field and detail; each renders to text. */
function expectFieldErrors(errors: unknown, plain: boolean): void {
  expect(Array.isArray(errors)).toBe(true);
  for (const e of errors as FieldError[]) {
    expect(ERROR_TYPES.has(e.type), `unknown error type ${String(e.type)}`).toBe(true);
    expect(typeof e.field).toBe('string');
    expect(typeof e.detail).toBe('string');
    expect(typeof renderFieldError(e)).toBe('string');
  }
  if (plain) expect((errors as FieldError[]).filter((e) => e.type === 'InternalError')).toEqual([]);
}

function requestKind(object: unknown) {
  let kind: unknown;
  try {
    kind = (object as { kind?: unknown }).kind;
  } catch {
    // a hostile value: any kind will do
  }
  const info = KINDS.find((k) => k.kind === kind) ?? KINDS[0];
  return { info, kind: { group: info?.group ?? '', version: 'v1', kind: info?.kind ?? '' } };
}

function admission(object: unknown, oldObject: unknown, operation: string) {
  const { info, kind } = requestKind(object);
  return {
    apiVersion: 'admission.k8s.io/v1',
    kind: 'AdmissionReview',
    request: {
      uid: 'fuzz',
      kind,
      resource: { group: info?.group, version: 'v1', resource: info?.plural },
      operation,
      userInfo: { username: 'fuzz', groups: ['system:authenticated'] },
      object,
      oldObject,
    },
  };
}

function expectAdmission(answer: Awaited<ReturnType<typeof handleValidation>>, plain: boolean): void {
  const r = answer.response;
  expect(r).toBeDefined();
  expect(typeof r?.uid).toBe('string');
  expect(typeof r?.allowed).toBe('boolean');
  if (r?.status?.code !== undefined) expect(Number.isInteger(r.status.code)).toBe(true);
  if (plain) expect(r?.status?.code, r?.status?.message).not.toBe(500);
  if (r?.patch !== undefined) {
    expect(r.patchType).toBe('JSONPatch');
    expect(Array.isArray(JSON.parse(Buffer.from(r.patch, 'base64').toString('utf8')))).toBe(true);
  }
}

/** Safe to read: JSON text of a value, or a marker for values JSON cannot print. */
function snapshot(v: unknown): string {
  try {
    return JSON.stringify(v) ?? 'undefined';
  } catch {
    return '<unprintable>';
  }
}

/**
 * Runs every entry point on `object` (with `original` as the old object on UPDATE).
 * @param plain - whether `object` is plain JSON: then its snapshot must not change and no
 *   InternalError (or HTTP 500) may come back
 */
export async function checkEveryEntryPoint(object: unknown, original: unknown, plain: boolean, target: number): Promise<void> {
  if (plain) deepFreeze(object);
  const before = plain ? snapshot(object) : '';

  const id = identify(object);
  expect(typeof id.ok).toBe('boolean');
  if (!id.ok) expectFieldErrors(id.errors, plain);

  for (const operation of ['CREATE', 'UPDATE'] as const) {
    const r = validate(object, { operation, oldObject: original });
    expectFieldErrors(r.errors, plain);
    expect(r.warnings.every((w) => typeof w === 'string')).toBe(true);
  }
  expectFieldErrors(validate(object, { schema: false }).errors, plain);

  const defaulted = applyDefaults(object);
  expectFieldErrors(defaulted.errors, plain);
  expect(Array.isArray(defaulted.patch)).toBe(true);
  if (defaulted.errors.length > 0) expect(defaulted.patch).toEqual([]);

  const group = KINDS[target % KINDS.length]?.group ?? 'cert-manager.io';
  const converted = convert(object, `${group}/${VERSIONS[target % VERSIONS.length]}`);
  expectFieldErrors(converted.errors, plain);
  expect(converted.errors.length > 0 || converted.object !== undefined).toBe(true);

  for (const operation of ['CREATE', 'UPDATE', 'DELETE'] as const) {
    expectAdmission(await handleValidation(admission(object, original, operation)), plain);
    expectAdmission(await handleMutation(admission(object, original, operation), { plugins: ['identity', 'defaults'] }), plain);
  }
  const review = { apiVersion: 'apiextensions.k8s.io/v1', kind: 'ConversionReview' };
  const conversion = handleConversion({
    ...review,
    request: { uid: 'fuzz', desiredAPIVersion: `cert-manager.io/${VERSIONS[target % VERSIONS.length]}`, objects: [object] },
  });
  expect(['Success', 'Failure']).toContain(conversion.response?.result.status);
  if (plain) expect(conversion.response?.result.message ?? '').not.toContain('cmapi failed');

  if (plain) expect(snapshot(object)).toBe(before);
}

/** The adapters given `review` itself (not an object inside one). */
export async function checkAdapters(review: unknown): Promise<void> {
  expectAdmission(await handleValidation(review), false);
  expectAdmission(await handleMutation(review), false);
  expect(['Success', 'Failure']).toContain(handleConversion(review).response?.result.status);
}
