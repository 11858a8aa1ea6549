// The CertificateRequest, Order and Challenge models per API version (spec/versions.md §4, §6, §8, §9).
import { describe, expect, test } from 'vitest';
import { certificateRequestSchema } from '../../model/kinds/certificaterequest.js';
import { challengeSchema } from '../../model/kinds/challenge.js';
import { orderSchema } from '../../model/kinds/order.js';
import { VERSIONS } from '../../src/scheme/kinds.js';
import { at, keysAt, requiredAt } from './cert-kinds-helpers.js';

const STATES = ['valid', 'ready', 'pending', 'processing', 'invalid', 'expired', 'errored'];

describe('CertificateRequest', () => {
  const cr = certificateRequestSchema;
  test('csr in v1alpha2/v1alpha3, request in v1beta1/v1; both base64 bytes and required with issuerRef', () => {
    expect(VERSIONS.map((v) => requiredAt(cr(v), 'spec'))).toEqual([
      ['csr', 'issuerRef'],
      ['csr', 'issuerRef'],
      ['issuerRef', 'request'],
      ['issuerRef', 'request'],
    ]);
    expect(at(cr('v1alpha2'), 'spec.csr')).toMatchObject({ kind: 'string', format: 'byte' });
    expect(at(cr('v1'), 'spec.request')).toMatchObject({ kind: 'string', format: 'byte' });
    expect(at(cr('v1'), 'spec.csr')).toBeUndefined();
  });
  test('the other spec fields are the same in every version; root requires spec only in v1beta1', () => {
    for (const v of VERSIONS) {
      expect(keysAt(cr(v), 'spec').filter((k) => k !== 'csr' && k !== 'request')).toEqual([
        'duration',
        'extra',
        'groups',
        'isCA',
        'issuerRef',
        'uid',
        'usages',
        'username',
      ]);
    }
    expect(VERSIONS.map((v) => requiredAt(cr(v), ''))).toEqual([[], [], ['spec'], []]);
  });
  test('extra is a map of string lists; groups is atomic in every version, usages only in v1', () => {
    expect(at(cr('v1beta1'), 'spec.extra{}[]')).toMatchObject({ kind: 'string' });
    for (const v of VERSIONS) expect(at(cr(v), 'spec.groups')).toMatchObject({ listType: 'atomic' });
    expect(at(cr('v1'), 'spec.usages')).toMatchObject({ listType: 'atomic' });
    expect(at(cr('v1alpha3'), 'spec.usages')).not.toHaveProperty('listType');
  });
  test('status: certificate and ca bytes; conditions without observedGeneration', () => {
    expect(keysAt(cr('v1'), 'status')).toEqual(['ca', 'certificate', 'conditions', 'failureTime']);
    expect(keysAt(cr('v1'), 'status.conditions[]')).toEqual(['lastTransitionTime', 'message', 'reason', 'status', 'type']);
    expect(at(cr('v1'), 'status.conditions')).toMatchObject({ listType: 'map', listMapKeys: ['type'] });
  });
});

describe('Order', () => {
  test('csr/request rename, root and spec required lists', () => {
    expect(VERSIONS.map((v) => requiredAt(orderSchema(v), ''))).toEqual([
      ['metadata'],
      ['metadata'],
      ['metadata', 'spec'],
      ['metadata', 'spec'],
    ]);
    expect(requiredAt(orderSchema('v1alpha3'), 'spec')).toEqual(['csr', 'issuerRef']);
    expect(requiredAt(orderSchema('v1beta1'), 'spec')).toEqual(['issuerRef', 'request']);
  });
  test('profile and replaces only in v1', () => {
    expect(keysAt(orderSchema('v1'), 'spec')).toEqual([
      'commonName',
      'dnsNames',
      'duration',
      'ipAddresses',
      'issuerRef',
      'profile',
      'replaces',
      'request',
    ]);
    expect(keysAt(orderSchema('v1beta1'), 'spec')).toEqual(['commonName', 'dnsNames', 'duration', 'ipAddresses', 'issuerRef', 'request']);
  });
  test('status states and authorizations', () => {
    for (const v of VERSIONS) {
      expect(at(orderSchema(v), 'status.state')).toMatchObject({ enum: STATES });
      expect(at(orderSchema(v), 'status.authorizations[].initialState')).toMatchObject({ enum: STATES });
      expect(requiredAt(orderSchema(v), 'status.authorizations[]')).toEqual(['url']);
      expect(requiredAt(orderSchema(v), 'status.authorizations[].challenges[]')).toEqual(['token', 'type', 'url']);
      // The ACME server's challenge type is a free string in every version.
      expect(at(orderSchema(v), 'status.authorizations[].challenges[].type')).not.toHaveProperty('enum');
    }
    expect(at(orderSchema('v1'), 'status.authorizations[].challenges')).toMatchObject({ listType: 'atomic' });
  });
});

describe('Challenge', () => {
  test('authzURL and lower-case types in v1alpha2/v1alpha3; authorizationURL and upper case later', () => {
    expect(requiredAt(challengeSchema('v1alpha2'), 'spec')).toEqual([
      'authzURL',
      'dnsName',
      'issuerRef',
      'key',
      'solver',
      'token',
      'type',
      'url',
    ]);
    expect(requiredAt(challengeSchema('v1'), 'spec')).toEqual([
      'authorizationURL',
      'dnsName',
      'issuerRef',
      'key',
      'solver',
      'token',
      'type',
      'url',
    ]);
    expect(at(challengeSchema('v1alpha3'), 'spec.type')).toMatchObject({ enum: ['http-01', 'dns-01'] });
    expect(at(challengeSchema('v1beta1'), 'spec.type')).toMatchObject({ enum: ['HTTP-01', 'DNS-01'] });
    expect(VERSIONS.map((v) => requiredAt(challengeSchema(v), ''))).toEqual([
      ['metadata'],
      ['metadata'],
      ['metadata', 'spec'],
      ['metadata', 'spec'],
    ]);
  });
  test('status: presentedAt only in v1; state enum everywhere', () => {
    expect(keysAt(challengeSchema('v1'), 'status')).toEqual(['presented', 'presentedAt', 'processing', 'reason', 'state']);
    expect(keysAt(challengeSchema('v1alpha2'), 'status')).toEqual(['presented', 'processing', 'reason', 'state']);
    expect(at(challengeSchema('v1alpha2'), 'status.state')).toMatchObject({ enum: STATES });
  });
  test('the solver uses the version-specific DNS provider keys', () => {
    expect(keysAt(challengeSchema('v1alpha2'), 'spec.solver.dns01')).toContain('clouddns');
    expect(keysAt(challengeSchema('v1'), 'spec.solver.dns01')).toContain('cloudDNS');
  });
});
