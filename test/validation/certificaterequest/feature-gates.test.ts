// DisallowInsecureCSRUsageDefinition (spec/validation.md §1.7): GA in master and v1.15.5, and not
// consulted by either: an empty spec.usages is always checked against the default usages
// (digital signature, key encipherment). The gate on and off give the same result.
import { describe, expect, test } from 'vitest';
import { validate } from '../../../src/index.js';
import { certificateRequest, ext, KU, requestOf } from './csr-builder.js';

const gates = (on: boolean) => ({ DisallowInsecureCSRUsageDefinition: on });
const pairs = (o: unknown, on: boolean) =>
  validate(o, { schema: false, featureGates: gates(on) }).errors.map((e) => `${e.type} ${e.field}`);

describe('gate DisallowInsecureCSRUsageDefinition', () => {
  test('on and off: a CSR asking for other key usages than the defaults is rejected when spec.usages is empty', () => {
    const insecure = certificateRequest({ request: requestOf({ extensions: [ext.keyUsage([KU.certSign])] }) });
    expect(pairs(insecure, true)).toEqual(['FieldValueInvalid spec.request']);
    expect(pairs(insecure, false)).toEqual(pairs(insecure, true));
  });

  test('on and off: a CSR with the default key usages passes when spec.usages is empty', () => {
    const fine = certificateRequest({ request: requestOf({ extensions: [ext.keyUsage([KU.digitalSignature, KU.keyEncipherment])] }) });
    expect(pairs(fine, true)).toEqual([]);
    expect(pairs(fine, false)).toEqual([]);
  });
});
