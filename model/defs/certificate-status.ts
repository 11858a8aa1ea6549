/**
 * The status of a Certificate. v1 adds ACME renewal information (ARI) and declares its
 * conditions as a map list; `failedIssuanceAttempts` exists in every version.
 */
import type { Version } from '../../src/scheme/kinds.js';
import { def, type Definition, int, obj, ref, type Schema, since, str, time } from '../dsl.js';
import { conditionDef, conditionList, isLegacy } from './refs.js';

/** A Certificate condition (Ready, Issuing). */
export const certificateCondition = conditionDef('CertificateCondition', true);

/** The renewal window an ACME server suggested (ARI). */
const ariSuggestedWindow = def(
  'CertificateACMEARIWindow',
  obj(
    {
      start: time({ description: 'Start of the suggested renewal window.' }),
      end: time({ description: 'End of the suggested renewal window.' }),
    },
    { required: ['start', 'end'], description: 'A renewal window suggested by the ACME server.' },
  ),
);

/** ACME Renewal Information (ARI) the controller last fetched. */
const certificateACMEStatus = def(
  'CertificateACMEStatus',
  obj(
    {
      ari: obj(
        {
          suggestedWindow: ref(ariSuggestedWindow),
          explanationURL: str({ description: 'URL the ACME server gave to explain the window.' }),
          lastChecked: time({ description: 'When the renewal information was last fetched.' }),
          nextCheck: time({ description: 'When the renewal information will be fetched again.' }),
          lastError: str({ description: 'Error of the last failed fetch.' }),
        },
        { description: 'ACME Renewal Information.' },
      ),
    },
    { description: 'ACME-specific status.' },
  ),
);

/** The Certificate status in the given version. */
export function certificateStatus(version: Version): Definition {
  const properties: Record<string, Schema> = {
    conditions: conditionList(version, certificateCondition, 'Current conditions (Ready, Issuing).'),
    lastFailureTime: time({ description: 'When the last issuance attempt failed.' }),
    notBefore: time({ description: 'Start of validity of the current certificate.' }),
    notAfter: time({ description: 'End of validity of the current certificate.' }),
    renewalTime: time({ description: 'When the certificate will next be renewed.' }),
    revision: int({ description: 'Revision of the current certificate; incremented on each issuance.' }),
    nextPrivateKeySecretName: str({ description: 'Secret holding the private key for the next issuance.' }),
    failedIssuanceAttempts: int({ description: 'Consecutive failed issuance attempts, for back-off.' }),
  };
  if (!isLegacy(version)) properties.acme = since('v1.21', ref(certificateACMEStatus));
  return def(
    'CertificateStatus',
    obj(properties, { description: 'Observed state of the Certificate.' }),
    isLegacy(version) ? 'legacy' : 'v1',
  );
}
