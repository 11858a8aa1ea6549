/**
 * Issue 14 §7: `convert(obj, 'v1alpha2')` failed ("unknown API group") while `cmapi convert
 * --to v1alpha2` worked. Both now read the target with one parser and accept the same
 * spellings: `GROUP/VERSION` or a bare `VERSION` (the object's own group).
 */
import { describe, expect, test } from 'vitest';
import { convert } from '../../src/conversion/convert.js';
import { cli } from '../cli/harness.js';

const order = { apiVersion: 'acme.cert-manager.io/v1', kind: 'Order', metadata: { name: 'o' }, spec: { request: 'cmVx' } };
const yaml = 'apiVersion: acme.cert-manager.io/v1\nkind: Order\nmetadata: {name: o}\nspec: {request: cmVx}\n';

describe('target spellings', () => {
  test.each(['v1alpha2', 'acme.cert-manager.io/v1alpha2'])('%s is accepted by both', async (to) => {
    const r = convert(order, to);
    expect(r.errors).toEqual([]);
    expect(r.object?.apiVersion).toBe('acme.cert-manager.io/v1alpha2');
    const c = await cli(['convert', '--to', to, '-'], { stdin: yaml });
    expect(c.code).toBe(0);
    expect(c.stdout).toContain('apiVersion: acme.cert-manager.io/v1alpha2\n');
  });
  test.each(['V1alpha2', 'example.com/v1', 'acme.cert-manager.io/', ' v1', 'v2'])('%j is refused by both', async (to) => {
    expect(convert(order, to).errors[0]?.type).toBe('FieldValueNotSupported');
    expect((await cli(['convert', '--to', to, '-'], { stdin: yaml })).code).toBe(2);
  });
  test('a group other than the object’s is an error for the library and a filter for the CLI', async () => {
    expect(convert(order, 'cert-manager.io/v1alpha2').errors[0]?.detail).toContain('cannot be converted to another group');
    const c = await cli(['convert', '--to', 'cert-manager.io/v1alpha2', '-'], { stdin: yaml });
    expect([c.code, c.stdout]).toEqual([0, yaml]);
  });
});
