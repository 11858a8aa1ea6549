/**
 * Parts of the ACME Order and Challenge shared by both kinds: the ACME state enum and the
 * authorization/challenge records an Order lists.
 */
import type { Version } from '../../src/scheme/kinds.js';
import { bool, type Definition, def, enumOf, obj, ref, type StringSchema, str } from '../dsl.js';
import { isLegacy, versionList } from './refs.js';

/** The ACME states of orders, authorizations and challenges. */
export const ACME_STATES = ['valid', 'ready', 'pending', 'processing', 'invalid', 'expired', 'errored'] as const;

/** An ACME state field. */
export const acmeState = (description: string): StringSchema => enumOf(ACME_STATES, { description });

/** A challenge the ACME server offered for an authorization. */
export const acmeChallenge = def(
  'ACMEChallenge',
  obj(
    {
      url: str({ description: 'URL of the challenge on the ACME server.' }),
      token: str({ description: 'The challenge token.' }),
      type: str({ description: 'Challenge type as the ACME server names it, e.g. http-01.' }),
    },
    { required: ['url', 'token', 'type'], description: 'A challenge offered by the ACME server.' },
  ),
);

/** An authorization of an Order. */
export function acmeAuthorization(version: Version): Definition {
  return def(
    'ACMEAuthorization',
    obj(
      {
        url: str({ description: 'URL of the authorization on the ACME server.' }),
        identifier: str({ description: 'The DNS name being authorized.' }),
        wildcard: bool({ description: 'True for a wildcard identifier.' }),
        initialState: acmeState('State of the authorization when the order was created.'),
        challenges: versionList(version, ref(acmeChallenge), 'Challenges that can complete the authorization.'),
      },
      { required: ['url'], description: 'An authorization that must be completed for the order.' },
    ),
    isLegacy(version) ? 'legacy' : 'v1',
  );
}
