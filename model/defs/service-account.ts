/**
 * A reference to a ServiceAccount whose token cert-manager requests (Vault Kubernetes and AWS
 * auth, Route53 ambient credentials).
 */
import { obj, since, str } from '../dsl.js';
import { byEra, variantDef } from './issuer-variants.js';
import { stringList } from './refs.js';

/** A ServiceAccount in the issuer's namespace, with optional extra token audiences. */
export const serviceAccountRef = variantDef('ServiceAccountRef', byEra, (version) =>
  obj(
    {
      name: str({ description: 'Name of the ServiceAccount.' }),
      audiences: since('v1.15', stringList(version, 'Extra audiences of the requested token.')),
    },
    { required: ['name'], description: 'A ServiceAccount whose token is used to authenticate.' },
  ),
);
