/**
 * The Vault auth methods that exist only in v1: TLS client certificates and AWS IAM.
 */
import { def, obj, ref, str } from '../dsl.js';
import { serviceAccountRef } from './service-account.js';

/** Vault TLS certificate auth. */
export const vaultClientCertificateAuth = def(
  'VaultClientCertificateAuth',
  obj(
    {
      mountPath: str({ description: 'Mount path of the cert auth backend (/v1/auth/cert when empty).' }),
      secretName: str({ description: 'kubernetes.io/tls Secret holding the client certificate and key.' }),
      name: str({ description: 'Name of the certificate role to log in with.' }),
    },
    { description: 'Authenticate with a TLS client certificate.' },
  ),
);

/** Vault AWS IAM auth. */
export const vaultAwsAuth = def(
  'VaultAWSAuth',
  obj(
    {
      mountPath: str({ description: 'Mount path of the AWS auth backend (/v1/auth/aws when empty).' }),
      role: str({ minLength: 1, description: 'Vault role to log in as.' }),
      region: str({ description: 'AWS region for the STS call.' }),
      serviceAccountRef: ref(serviceAccountRef('v1')),
      iamRoleArn: str({ description: 'IAM role to assume with the ServiceAccount token.' }),
      vaultHeaderValue: str({ description: 'Value of the X-Vault-AWS-IAM-Server-ID header.' }),
    },
    { required: ['role'], description: 'Authenticate with AWS IAM credentials.' },
  ),
);
