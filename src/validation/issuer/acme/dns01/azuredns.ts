import { type FieldError, fe, withRule } from '../../../../field/field-error.js';
import type { Path } from '../../../../field/path.js';
import { obj, str } from '../../../../util/json.js';
import { validateSecretKeySelector } from '../../secret-key-selector.js';
import type { CertManagerRelease } from '../../../../release/release.js';
import { hasRule } from '../../../release-rules.js';
import { appendAll } from '../../../../util/append.js';

const ENVIRONMENTS = ['AzurePublicCloud', 'AzureChinaCloud', 'AzureGermanCloud', 'AzureUSGovernmentCloud'];

/**
 * Azure DNS provider rules (spec/validation.md §4.2.3): a service principal (clientID,
 * clientSecretSecretRef, tenantID together) or a managed identity, then the zone location.
 * @param azure - the `dns01.azureDNS` object (any JSON)
 * @param at - the path of `dns01.azureDNS`
 * @param release - the cert-manager release
 * @returns the errors in rule order
 */
export function validateAzureDns(azure: unknown, at: Path, release: CertManagerRelease = 'master'): FieldError[] {
  const errors: FieldError[] = [];
  const clientSecret = obj(azure, 'clientSecretSecretRef');
  const servicePrincipal = str(azure, 'clientID') !== '' || str(azure, 'tenantID') !== '' || clientSecret !== undefined;
  const managedIdentity = obj(azure, 'managedIdentity');
  if (servicePrincipal) {
    const sp = 'is required for service principal authentication (clientID, clientSecretSecretRef and tenantID together)';
    // ISS-DNS01-AZURE-SP-CLIENTID-REQUIRED
    if (str(azure, 'clientID') === '')
      errors.push(withRule('ISS-DNS01-AZURE-SP-CLIENTID-REQUIRED', fe.required(at.child('clientID'), `clientID ${sp}`)));
    // ISS-DNS01-AZURE-SP-CLIENTSECRET-REQUIRED
    if (clientSecret === undefined)
      errors.push(
        withRule('ISS-DNS01-AZURE-SP-CLIENTSECRET-REQUIRED', fe.required(at.child('clientSecretSecretRef'), `clientSecretSecretRef ${sp}`)),
      );
    // ISS-DNS01-AZURE-SP-CLIENTSECRET
    else appendAll(errors, validateSecretKeySelector(clientSecret, at.child('clientSecretSecretRef')));
    // ISS-DNS01-AZURE-SP-TENANTID-REQUIRED
    if (str(azure, 'tenantID') === '')
      errors.push(withRule('ISS-DNS01-AZURE-SP-TENANTID-REQUIRED', fe.required(at.child('tenantID'), `tenantID ${sp}`)));
    // ISS-DNS01-AZURE-SP-MI-FORBIDDEN
    if (managedIdentity !== undefined) {
      errors.push(
        withRule(
          'ISS-DNS01-AZURE-SP-MI-FORBIDDEN',
          fe.forbidden(
            at.child('managedIdentity'),
            'managedIdentity cannot be used together with clientID, clientSecretSecretRef or tenantID',
          ),
        ),
      );
    }
  } else if (managedIdentity !== undefined) {
    appendAll(errors, managedIdentityErrors(managedIdentity, at.child('managedIdentity'), release));
  }
  // ISS-DNS01-AZURE-SUBSCRIPTIONID-REQUIRED
  if (str(azure, 'subscriptionID') === '')
    errors.push(
      withRule('ISS-DNS01-AZURE-SUBSCRIPTIONID-REQUIRED', fe.required(at.child('subscriptionID'), 'the Azure subscription ID is required')),
    );
  // ISS-DNS01-AZURE-RESOURCEGROUP-REQUIRED
  if (str(azure, 'resourceGroupName') === '') {
    errors.push(
      withRule(
        'ISS-DNS01-AZURE-RESOURCEGROUP-REQUIRED',
        fe.required(at.child('resourceGroupName'), 'the name of the resource group holding the DNS zone is required'),
      ),
    );
  }
  // ISS-DNS01-AZURE-ENVIRONMENT-INVALID
  const environment = str(azure, 'environment');
  if (environment !== '' && !ENVIRONMENTS.includes(environment)) {
    errors.push(
      withRule(
        'ISS-DNS01-AZURE-ENVIRONMENT-INVALID',
        fe.invalid(at.child('environment'), environment, `must be empty or one of ${ENVIRONMENTS.join(', ')}`),
      ),
    );
  }
  return errors;
}

function managedIdentityErrors(mi: unknown, at: Path, release: CertManagerRelease): FieldError[] {
  const errors: FieldError[] = [];
  const clientID = str(mi, 'clientID');
  // managedIdentity.tenantID and its two rules appeared in v1.17 (ISS-DNS01-AZURE-MI-TENANTID)
  const tenantID = hasRule('ISS-DNS01-AZURE-MI-TENANTID', release) ? str(mi, 'tenantID') : '';
  const resourceID = str(mi, 'resourceID');
  // ISS-DNS01-AZURE-MI-CLIENTID-RESOURCEID-EXCLUSIVE
  if (clientID !== '' && resourceID !== '')
    errors.push(
      withRule(
        'ISS-DNS01-AZURE-MI-CLIENTID-RESOURCEID-EXCLUSIVE',
        fe.forbidden(at, 'set only one of clientID or resourceID of the managed identity'),
      ),
    );
  // ISS-DNS01-AZURE-MI-TENANTID-RESOURCEID-EXCLUSIVE
  if (tenantID !== '' && resourceID !== '')
    errors.push(
      withRule(
        'ISS-DNS01-AZURE-MI-TENANTID-RESOURCEID-EXCLUSIVE',
        fe.forbidden(at, 'set only one of tenantID or resourceID of the managed identity'),
      ),
    );
  // ISS-DNS01-AZURE-MI-TENANTID-NEEDS-CLIENTID
  if (tenantID !== '' && clientID === '')
    errors.push(
      withRule(
        'ISS-DNS01-AZURE-MI-TENANTID-NEEDS-CLIENTID',
        fe.required(at, 'the managed identity clientID is required when its tenantID is set'),
      ),
    );
  return errors;
}
