/**
 * Where each kind holds durations, times and bytes (v1 paths), so that conversion output
 * prints them as Go would (go-form.ts). Metadata times are listed once for all kinds.
 */
import type { Kind } from '../scheme/kinds.js';
import type { GoFormat } from './go-form.js';
import { mapRows, type Pattern, pattern } from './walk.js';

type Table = readonly (readonly [string, GoFormat])[];

const META: Table = [
  ['metadata.creationTimestamp', 'time'],
  ['metadata.deletionTimestamp', 'time'],
  ['metadata.managedFields[*].time', 'time'],
  ['status.conditions[*].lastTransitionTime', 'time'],
];

const ISSUER: Table = [...META, ['spec.acme.caBundle', 'bytes'], ['spec.vault.caBundle', 'bytes'], ['spec.venafi.tpp.caBundle', 'bytes']];

/** Per kind, the `[path pattern, format]` pairs to re-print. */
export const GO_FORM_PATHS: Readonly<Record<Kind, Table>> = {
  Certificate: [
    ...META,
    ['spec.duration', 'duration'],
    ['spec.renewBefore', 'duration'],
    ['status.lastFailureTime', 'time'],
    ['status.notBefore', 'time'],
    ['status.notAfter', 'time'],
    ['status.renewalTime', 'time'],
  ],
  CertificateRequest: [
    ...META,
    ['spec.duration', 'duration'],
    ['spec.request', 'bytes'],
    ['status.certificate', 'bytes'],
    ['status.ca', 'bytes'],
    ['status.failureTime', 'time'],
  ],
  Issuer: ISSUER,
  ClusterIssuer: ISSUER,
  Order: [
    ...META,
    ['spec.duration', 'duration'],
    ['spec.request', 'bytes'],
    ['status.certificate', 'bytes'],
    ['status.failureTime', 'time'],
  ],
  Challenge: META,
};

/** {@link GO_FORM_PATHS} with the patterns parsed. */
export const GO_FORM_PATTERNS: Readonly<Record<Kind, readonly (readonly [Pattern, GoFormat])[]>> = mapRows(
  GO_FORM_PATHS,
  ([p, format]) => [pattern(p), format] as const,
);
