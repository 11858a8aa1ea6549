// §2.10: whatever operations the patch holds, applying it to request.object must give the mutated object.
import fc from 'fast-check';
import jsonpatch from 'fast-json-patch';
import { describe, expect, test } from 'vitest';
import { handleMutation } from '../../src/index.js';
import { patchOf, resource, reviewOf } from './reviews.js';

// `__proto__` is left to its own test below: fast-json-patch, which applies the patches here, sets
// an object's prototype for it (or refuses it) where RFC 6902 adds a member.
const key = fc.oneof(
  fc.string().filter((k) => k !== '__proto__'),
  fc.constantFrom('a/b', '~0', '~1/x', '', 'example.com/scope', '0', '-'),
);
const strings = fc.array(fc.string(), { maxLength: 3 });
const extra = fc.dictionary(key, strings, { maxKeys: 4 });
const user = fc.record({ username: fc.string(), uid: fc.string(), groups: strings, extra }, { requiredKeys: ['username'] });
const spec = fc.record(
  { uid: fc.string(), username: fc.string(), groups: strings, extra: fc.oneof(extra, fc.constant(null)), request: fc.constant('dGVzdA==') },
  { requiredKeys: [] },
);

describe('§2.10 patch responses', () => {
  test('§2.10: applying the patch to request.object gives the object with the requester recorded (§1.6)', async () => {
    await fc.assert(
      fc.asyncProperty(user, spec, async (userInfo, s) => {
        const object = { apiVersion: 'cert-manager.io/v1', kind: 'CertificateRequest', metadata: { name: 'cr' }, spec: s };
        const answer = await handleMutation(reviewOf({ resource: resource('certificaterequests'), userInfo, object }));
        expect(answer.response.allowed).toBe(true);
        const ops = patchOf(answer) as jsonpatch.Operation[];
        expect(answer.response.patchType).toBe(ops.length > 0 ? 'JSONPatch' : undefined);
        const patched = jsonpatch.applyPatch(structuredClone(object), ops, true, false, false).newDocument;
        const { extra: _drop, ...rest } = s;
        const want: Record<string, unknown> = {
          ...rest,
          uid: userInfo.uid ?? '',
          username: userInfo.username,
          groups: userInfo.groups ?? [],
        };
        if (userInfo.extra !== undefined && Object.keys(userInfo.extra).length > 0) want.extra = userInfo.extra;
        expect(patched).toEqual({ ...object, spec: want });
      }),
      { numRuns: 300, seed: 210 },
    );
  });

  test('§2.10: an extra key named __proto__ is patched as a member like any other', async () => {
    // JSON.parse makes `__proto__` an own key, as the API server's JSON would.
    const userInfo = JSON.parse('{"username":"u","extra":{"__proto__":["x"],"a":["b"]}}');
    const object = { apiVersion: 'cert-manager.io/v1', kind: 'CertificateRequest', metadata: { name: 'cr' }, spec: { extra: {} } };
    const answer = await handleMutation(reviewOf({ resource: resource('certificaterequests'), userInfo, object }));
    expect(patchOf(answer)).toEqual([
      JSON.parse('{"op":"add","path":"/spec/extra/__proto__","value":["x"]}'),
      { op: 'add', path: '/spec/extra/a', value: ['b'] },
      { op: 'add', path: '/spec/uid', value: '' },
      { op: 'add', path: '/spec/username', value: 'u' },
      { op: 'add', path: '/spec/groups', value: [] },
    ]);
  });
});
