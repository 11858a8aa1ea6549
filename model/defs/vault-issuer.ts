/**
 * The Vault issuer configuration. v1 adds `serverName` and the AWS and client-certificate
 * auth methods; the old versions keep `secretRef` optional in Kubernetes auth, as the
 * v1.15.5 Go types did once `serviceAccountRef` existed.
 */
import { bytes, obj, ref, since, str } from '../dsl.js';
import { byEra, variantDef } from './issuer-variants.js';
import { isLegacy, secretKeySelector } from './refs.js';
import { serviceAccountRef } from './service-account.js';
import { vaultAwsAuth, vaultClientCertificateAuth } from './vault-auth.js';

/** Vault AppRole auth. */
const appRole = () =>
  obj(
    {
      path: str({ description: 'Mount path of the AppRole backend, e.g. approle.' }),
      roleId: str({ description: 'The AppRole role id.' }),
      secretRef: ref(secretKeySelector),
    },
    { required: ['path', 'roleId', 'secretRef'], description: 'Authenticate with an AppRole.' },
  );

/** Vault Kubernetes auth, with a token from a Secret or a ServiceAccount. */
export const vaultKubernetesAuth = variantDef('VaultKubernetesAuth', byEra, (version) =>
  obj(
    {
      mountPath: str({ description: 'Mount path of the Kubernetes auth backend.' }),
      secretRef: ref(secretKeySelector),
      serviceAccountRef: ref(serviceAccountRef(version)),
      role: str({ description: 'Vault role to log in as.' }),
    },
    { required: ['role'], description: 'Authenticate with a Kubernetes ServiceAccount token.' },
  ),
);

/** The ways to authenticate to Vault. */
export const vaultAuth = variantDef('VaultAuth', byEra, (version) =>
  obj(
    {
      tokenSecretRef: ref(secretKeySelector),
      appRole: appRole(),
      kubernetes: ref(vaultKubernetesAuth(version)),
      ...(isLegacy(version)
        ? {}
        : { clientCertificate: since('v1.16', ref(vaultClientCertificateAuth)), aws: since('v1.21', ref(vaultAwsAuth)) }),
    },
    { description: 'How cert-manager authenticates to Vault (exactly one method).' },
  ),
);

/** The Vault issuer. */
export const vaultIssuer = variantDef('VaultIssuer', byEra, (version) =>
  obj(
    {
      auth: ref(vaultAuth(version)),
      server: str({ description: 'Vault server URL.' }),
      ...(isLegacy(version) ? {} : { serverName: str({ since: 'v1.18', description: 'TLS server name to verify, if not the URL host.' }) }),
      path: str({ description: 'Vault path of the signing endpoint, e.g. pki/sign/role.' }),
      namespace: str({ description: 'Vault Enterprise namespace.' }),
      caBundle: bytes({ description: 'PEM CA certificates to trust for the Vault server.' }),
      caBundleSecretRef: ref(secretKeySelector),
      clientCertSecretRef: since('v1.15', ref(secretKeySelector)),
      clientKeySecretRef: since('v1.15', ref(secretKeySelector)),
    },
    { required: ['auth', 'path', 'server'], description: 'Sign with a HashiCorp Vault PKI backend.' },
  ),
);
