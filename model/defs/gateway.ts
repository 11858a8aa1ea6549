/**
 * Gateway API references used by the HTTP01 `gatewayHTTPRoute` solver. The bounds and
 * patterns are the Gateway API's own; v1 also carries its CRD defaults for `group` and `kind`
 * and marks the list atomic, the legacy variant has no defaults.
 */
import type { Version } from '../../src/scheme/kinds.js';
import { int32, obj, type StringSchema, str } from '../dsl.js';
import { byEra, variantDef } from './issuer-variants.js';
import { isLegacy } from './refs.js';

/** An RFC 1123 DNS subdomain (each label alphanumeric with inner hyphens). */
const DNS_SUBDOMAIN = '^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$';

const withDefault = (version: Version, value: string): Pick<StringSchema, 'default'> => (isLegacy(version) ? {} : { default: value });

/** A reference from the solver's HTTPRoute to its parent (normally a Gateway). */
export const parentReference = variantDef('ParentReference', byEra, (version) =>
  obj(
    {
      group: str({
        ...withDefault(version, 'gateway.networking.k8s.io'),
        maxLength: 253,
        pattern: `^$|${DNS_SUBDOMAIN}`,
        description: 'API group of the parent; empty means the core group.',
      }),
      kind: str({
        ...withDefault(version, 'Gateway'),
        minLength: 1,
        maxLength: 63,
        pattern: '^[a-zA-Z]([-a-zA-Z0-9]*[a-zA-Z0-9])?$',
        description: 'Kind of the parent, e.g. Gateway or Service.',
      }),
      name: str({ minLength: 1, maxLength: 253, description: 'Name of the parent.' }),
      namespace: str({
        minLength: 1,
        maxLength: 63,
        pattern: '^[a-z0-9]([-a-z0-9]*[a-z0-9])?$',
        description: 'Namespace of the parent; the route namespace when empty.',
      }),
      sectionName: str({
        minLength: 1,
        maxLength: 253,
        pattern: DNS_SUBDOMAIN,
        description: 'A section of the parent, e.g. a listener name.',
      }),
      port: int32({ minimum: 1, maximum: 65535, description: 'A port of the parent to attach to.' }),
    },
    { required: ['name'], description: 'A parent the solver HTTPRoute attaches to.' },
  ),
);
