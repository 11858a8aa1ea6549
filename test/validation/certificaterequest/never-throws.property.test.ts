import fc from 'fast-check';
import { expect, test } from 'vitest';
import type { JsonObject } from '../../../src/util/json.js';
import { validateCertificateRequest } from '../../../src/validation/certificaterequest/index.js';
import { validateChallenge } from '../../../src/validation/challenge/index.js';
import { resolveFeatureGates } from '../../../src/validation/feature-gates.js';
import { checkCsr } from '../../../src/validation/certificaterequest/csr-procedure.js';
import { validateOrder } from '../../../src/validation/order/index.js';
import type { KindValidator } from '../../../src/validation/types.js';
import { buildCsrDer, certificateRequest, EKU, ext, KU, requestOf, toPem } from './csr-builder.js';

const gates = resolveFeatureGates({});
/** Each validator, the rule ID pattern of its errors, and its one error without a rule ID, if any. */
const VALIDATORS: { validate: KindValidator; rule: RegExp; decodeError?: string }[] = [
  // A spec.request that is not base64 is a decoding check, not a spec rule.
  { validate: validateCertificateRequest, rule: /^CR(-[A-Z0-9]+)+$/, decodeError: 'FieldValueInvalid spec.request' },
  { validate: validateOrder, rule: /^ORDER(-[A-Z0-9]+)+$/ },
  { validate: validateChallenge, rule: /^CHAL(-[A-Z0-9]+)+$/ },
];

/**
 * Runs every validator on CREATE and UPDATE and checks it neither throws nor mutates its inputs,
 * and that every error carries a rule ID of its kind (or is the validator's decoding error).
 */
function runAll(object: JsonObject, old: JsonObject | undefined): void {
  const before = JSON.stringify([object, old]);
  for (const { validate, rule, decodeError } of VALIDATORS) {
    for (const operation of ['CREATE', 'UPDATE'] as const) {
      const r = validate(object, { operation, oldObject: old, gates, release: 'master' });
      expect(Array.isArray(r.errors)).toBe(true);
      for (const e of r.errors) {
        if (e.rule === undefined) expect(`${e.type} ${e.field}`).toBe(decodeError);
        else expect(e.rule).toMatch(rule);
      }
    }
  }
  expect(JSON.stringify([object, old])).toBe(before);
}

const anyObject = fc.dictionary(fc.string({ maxLength: 12 }), fc.jsonValue({ maxDepth: 4 }));

test('CR/Order/Challenge validators never throw or mutate on arbitrary JSON objects', () => {
  const sectioned = fc.record({
    metadata: fc.jsonValue({ maxDepth: 3 }),
    spec: fc.jsonValue({ maxDepth: 4 }),
    status: fc.jsonValue({ maxDepth: 4 }),
  });
  fc.assert(
    fc.property(fc.oneof(anyObject, sectioned), fc.option(fc.oneof(anyObject, sectioned), { nil: undefined }), (o, old) => {
      runAll(o as JsonObject, old as JsonObject | undefined);
    }),
    { numRuns: 300 },
  );
});

const validRequest = requestOf({
  extensions: [ext.san(['example.com']), ext.keyUsage([KU.digitalSignature, KU.keyEncipherment]), ext.extKeyUsage([EKU.server])],
});

test('mutated valid CertificateRequests never make the validators throw or mutate input', () => {
  const base = certificateRequest(
    { request: validRequest, usages: ['digital signature', 'key encipherment', 'server auth'] },
    { status: { conditions: [{ type: 'Approved', status: 'True' }] } },
  );
  const keys = ['issuerRef', 'request', 'usages', 'isCA', 'duration', 'username', 'groups', 'extra', 'uid'];
  const mutation = fc.record({ key: fc.constantFrom(...keys), value: fc.jsonValue({ maxDepth: 3 }), drop: fc.boolean() });
  fc.assert(
    fc.property(fc.array(mutation, { maxLength: 4 }), (muts) => {
      const o = JSON.parse(JSON.stringify(base)) as { spec: Record<string, unknown> };
      for (const m of muts) {
        if (m.drop) delete o.spec[m.key];
        else o.spec[m.key] = m.value;
      }
      runAll(o as unknown as JsonObject, base);
    }),
    { numRuns: 200 },
  );
});

test('the CSR procedure never throws on corrupted CSR bytes', () => {
  const good = buildCsrDer({ key: 'ec-p256', extensions: [ext.san(['a.example']), ext.basicConstraints(true)] });
  fc.assert(
    fc.property(
      fc.array(fc.record({ at: fc.nat(good.length - 1), byte: fc.integer({ min: 0, max: 255 }) }), { maxLength: 4 }),
      fc.nat(good.length),
      (flips, cut) => {
        const bytes = Uint8Array.from(good);
        for (const f of flips) bytes[f.at] = f.byte;
        const result = checkCsr(new TextEncoder().encode(toPem(bytes.subarray(0, cut))), { isCA: true, usages: [] });
        expect(result === undefined || (/^CR-REQUEST-[A-Z-]+$/.test(result.rule) && typeof result.detail === 'string')).toBe(true);
      },
    ),
    { numRuns: 300 },
  );
});
