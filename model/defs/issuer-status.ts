/**
 * The status of Issuer and ClusterIssuer: conditions and the registered ACME account.
 */
import { def, obj, ref, str } from '../dsl.js';
import { byEra, variantDef } from './issuer-variants.js';
import { conditionDef, conditionList } from './refs.js';

/** An issuer condition (with observedGeneration). */
export const issuerCondition = conditionDef('IssuerCondition', true);

/** The ACME account the issuer registered. */
export const acmeIssuerStatus = def(
  'ACMEIssuerStatus',
  obj(
    {
      uri: str({ description: 'URI of the registered ACME account.' }),
      lastRegisteredEmail: str({ description: 'Email address the account was last registered with.' }),
      lastPrivateKeyHash: str({ description: 'Hash of the account key last registered.' }),
    },
    { description: 'State of the ACME account.' },
  ),
);

/** The issuer status. */
export const issuerStatus = variantDef('IssuerStatus', byEra, (version) =>
  obj(
    {
      conditions: conditionList(version, issuerCondition, 'Observed conditions; Ready tells whether the issuer can sign.'),
      acme: ref(acmeIssuerStatus),
    },
    { description: 'Observed state of the issuer.' },
  ),
);
