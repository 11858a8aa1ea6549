/**
 * The model of all 24 kind/version schemas: the single source of `npm run generate`.
 * Kind modules live in model/kinds/, shared definitions in model/defs/.
 */
import { type Group, KINDS, type Kind, VERSIONS, type Version } from '../src/scheme/kinds.js';
import type { ObjectSchema } from './dsl.js';
import { certificateSchema } from './kinds/certificate.js';
import { certificateRequestSchema } from './kinds/certificaterequest.js';
import { challengeSchema } from './kinds/challenge.js';
import { issuerSchema } from './kinds/issuer.js';
import { orderSchema } from './kinds/order.js';

/** One kind in one version, with its root schema. */
export interface KindModel {
  readonly group: Group;
  readonly version: Version;
  readonly kind: Kind;
  /** The root schema (apiVersion, kind, metadata, spec, status). */
  readonly schema: ObjectSchema;
}

/** The root schema builder of each kind. */
const BUILDERS: Record<Kind, (version: Version) => ObjectSchema> = {
  Certificate: certificateSchema,
  CertificateRequest: certificateRequestSchema,
  Issuer: (v) => issuerSchema(v, 'Issuer'),
  ClusterIssuer: (v) => issuerSchema(v, 'ClusterIssuer'),
  Order: orderSchema,
  Challenge: challengeSchema,
};

/** Every (group, version, kind) with its root schema, in kind-table then version order. */
export const MODELS: readonly KindModel[] = KINDS.flatMap(({ group, kind }) =>
  VERSIONS.map((version) => ({ group, version, kind, schema: BUILDERS[kind](version) })),
);
