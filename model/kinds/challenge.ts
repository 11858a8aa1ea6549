/**
 * Challenge (acme.cert-manager.io): one ACME challenge to present, in all four API versions.
 * v1alpha2/v1alpha3 spell the authorization URL `authzURL` and the types `http-01`/`dns-01`;
 * v1beta1 and v1 use `authorizationURL` and `HTTP-01`/`DNS-01`.
 */
import type { Version } from '../../src/scheme/kinds.js';
import { bool, type Definition, def, enumOf, type ObjectSchema, obj, ref, type Schema, str, time } from '../dsl.js';
import { acmeState } from '../defs/order-authorization.js';
import { acmeChallengeSolver } from '../defs/acme-solver.js';
import { root } from '../defs/meta.js';
import { issuerReference, isLegacy } from '../defs/refs.js';

const isAlpha = (version: Version): boolean => version === 'v1alpha2' || version === 'v1alpha3';

function challengeSpec(version: Version): Definition {
  const alpha = isAlpha(version);
  const authz = alpha ? 'authzURL' : 'authorizationURL';
  return def(
    'ChallengeSpec',
    obj(
      {
        url: str({ description: 'URL of the challenge on the ACME server.' }),
        [authz]: str({ description: 'URL of the authorization the challenge belongs to.' }),
        dnsName: str({ description: 'The DNS name being authorized (without a wildcard prefix).' }),
        wildcard: bool({ description: 'True when the authorization is for a wildcard name.' }),
        type: enumOf(alpha ? ['http-01', 'dns-01'] : ['HTTP-01', 'DNS-01'], { description: 'The challenge type.' }),
        token: str({ description: 'The challenge token.' }),
        key: str({ description: 'The key authorization to present.' }),
        solver: acmeChallengeSolver(version),
        issuerRef: ref(issuerReference),
      },
      {
        required: ['url', authz, 'dnsName', 'type', 'token', 'key', 'solver', 'issuerRef'],
        description: 'Desired state of the Challenge.',
      },
    ),
    version,
  );
}

function challengeStatus(version: Version): Definition {
  const properties: Record<string, Schema> = {
    processing: bool({ description: 'True while the controller works on the challenge.' }),
    presented: bool({ description: 'True when the challenge record or response is in place.' }),
    reason: str({ description: 'Why the challenge is in its state.' }),
    state: acmeState('State of the challenge.'),
  };
  if (!isLegacy(version)) properties.presentedAt = time({ since: 'v1.21', description: 'When the challenge was presented.' });
  return def('ChallengeStatus', obj(properties, { description: 'Observed state of the Challenge.' }), isLegacy(version) ? 'legacy' : 'v1');
}

/** The root schema of a Challenge in the given API version. */
export function challengeSchema(version: Version): ObjectSchema {
  return root({
    spec: ref(challengeSpec(version)),
    status: ref(challengeStatus(version)),
    // v1alpha2/v1alpha3 require only metadata; v1beta1 and v1 also spec.
    required: isAlpha(version) ? ['metadata'] : ['metadata', 'spec'],
    description: 'One ACME challenge that proves control of a DNS name.',
  });
}
