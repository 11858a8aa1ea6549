import { describe, expect, test } from 'vitest';
import { CERT_MANAGER_RELEASES, isAtLeast, isInRange, parseRelease } from '../../src/release/release.js';

describe('parseRelease', () => {
  test.each([
    ['v1.14', 'v1.14'],
    ['1.14', 'v1.14'],
    ['v1.14.7', 'v1.14'],
    ['1.21.0', 'v1.21'],
    ['master', 'master'],
    [' v1.12 ', 'v1.12'],
  ])('%s → %s', (text, release) => {
    expect(parseRelease(text)).toEqual({ ok: true, release });
  });

  test.each(['v1.11', 'v2.0', 'latest', '', 'v1', 'v1.14.x', 'V1.14'])('%s is refused with the supported list', (text) => {
    const r = parseRelease(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain(CERT_MANAGER_RELEASES.join(', '));
  });

  test('a non-string is refused, not thrown on', () => {
    expect(parseRelease(14).ok).toBe(false);
    expect(parseRelease(undefined).ok).toBe(false);
  });
});

describe('release order', () => {
  test('isAtLeast and isInRange follow the release order, master last', () => {
    expect(isAtLeast('v1.15', 'v1.14')).toBe(true);
    expect(isAtLeast('v1.13', 'v1.14')).toBe(false);
    expect(isAtLeast('master', 'v1.21')).toBe(true);
    expect(isInRange('v1.16', 'v1.14', 'v1.17')).toBe(true);
    expect(isInRange('v1.17', 'v1.14', 'v1.17')).toBe(false);
    expect(isInRange('v1.12', undefined, 'v1.13')).toBe(true);
  });
});

describe('validate with certManagerVersion', () => {
  test('an unknown release is one error listing the supported releases', async () => {
    const { validate } = await import('../../src/validation/validate.js');
    const r = validate({ apiVersion: 'cert-manager.io/v1', kind: 'Certificate' }, { certManagerVersion: 'v1.9' });
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatchObject({ type: 'FieldValueNotSupported', field: '', badValue: 'v1.9' });
    expect(r.errors[0]?.detail).toContain('v1.12');
  });
});
