/** Shared helpers for the issuer rule tests: run the public validate() on a whole Issuer. */
import { validate } from '../../../src/index.js';

/** A CA certificate (self-signed, P-256) generated for these tests. */
export const TEST_CA_PEM = `-----BEGIN CERTIFICATE-----
MIIBhjCCASygAwIBAgITRYz5XRrAWLrLuwzaFza72xBu3DAKBggqhkjOPQQDAjAY
MRYwFAYDVQQDDA1jbWFwaS10ZXN0LWNhMCAXDTI2MTEyODEwMjkxOVoYDzIxMjYx
MTA0MTAyOTE5WjAYMRYwFAYDVQQDDA1jbWFwaS10ZXN0LWNhMFkwEwYHKoZIzj0C
AQYIKoZIzj0DAQcDQgAEa+sjGd6Ffw01wiB/uWGEfE9M98Txxri3kbx0AoTbBLTt
JKnrd6C/6FLn0DlJ4kdFRlj5A5clxqXNiKA+HcB956NTMFEwHQYDVR0OBBYEFPTn
4Xu/Z3Ju6avXrqqWngzuvCEEMB8GA1UdIwQYMBaAFPTn4Xu/Z3Ju6avXrqqWngzu
vCEEMA8GA1UdEwEB/wQFMAMBAf8wCgYIKoZIzj0EAwIDSAAwRQIhALGo7nFu8gTM
FADRFrO+HS2ixgBELWolpTU32u9eQ38JAiBiJBcw0FEV8Uki+UIUMX+u4QNTZrCd
uJwlSEejkt5VxQ==
-----END CERTIFICATE-----
`;

/** Standard base64 of a text (as a `[]byte` JSON field holds it). */
export const b64 = (text: string): string => btoa(text);

/** The result of validating an Issuer (or ClusterIssuer) with this spec: `Type path` lines. */
export function issuerErrors(spec: unknown, kind: 'Issuer' | 'ClusterIssuer' = 'Issuer'): string[] {
  return run(spec, kind).errors.map((e) => `${e.type.replace('FieldValue', '')} ${e.field}`);
}

/** The full validate() result for an Issuer (or ClusterIssuer) with this spec. */
export function run(spec: unknown, kind: 'Issuer' | 'ClusterIssuer' = 'Issuer', operation: 'CREATE' | 'UPDATE' = 'CREATE') {
  const metadata = kind === 'Issuer' ? { name: 'test', namespace: 'default' } : { name: 'test' };
  return validate({ apiVersion: 'cert-manager.io/v1', kind, metadata, spec }, { schema: false, operation });
}

/** A complete ACME section with the given solvers (valid on its own). */
export function acme(solvers: unknown[], extra: Record<string, unknown> = {}): { acme: Record<string, unknown> } {
  return {
    acme: { server: 'https://acme.example/directory', privateKeySecretRef: { name: 'account-key' }, solvers, ...extra },
  };
}

/** An ACME issuer with one solver. */
export const withSolver = (solver: unknown) => acme([solver]);

/** An ACME issuer with one DNS01 solver. */
export const withDns01 = (dns01: unknown) => withSolver({ dns01 });

/** Prefix of the first solver's path. */
export const S0 = 'spec.acme.solvers[0]';
/** Prefix of the first solver's dns01 path. */
export const N0 = `${S0}.dns01`;
