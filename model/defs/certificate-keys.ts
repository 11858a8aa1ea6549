/**
 * The private key, keystore and output-format parts of a Certificate spec.
 */
import type { Version } from '../../src/scheme/kinds.js';
import { bool, type Definition, def, enumOf, int, obj, ref, type Schema, str, stringMap } from '../dsl.js';
import { isLegacy, secretKeySelector } from './refs.js';

/**
 * `spec.privateKey`. v1alpha2 and v1alpha3 keep only `rotationPolicy` here (the key settings are
 * top-level `keyAlgorithm`/`keyEncoding`/`keySize`); v1beta1 does not offer Ed25519; only v1
 * restricts `rotationPolicy` to an enum.
 */
export function certificatePrivateKey(version: Version): Definition {
  const alpha = version === 'v1alpha2' || version === 'v1alpha3';
  const rotationDescription = 'When to generate a new private key on re-issuance: Never (reuse the existing key) or Always.';
  const properties: Record<string, Schema> = {
    rotationPolicy: isLegacy(version)
      ? str({ description: rotationDescription })
      : enumOf(['Never', 'Always'], { description: rotationDescription }),
  };
  if (!alpha) {
    properties.algorithm = enumOf(version === 'v1' ? ['RSA', 'ECDSA', 'Ed25519'] : ['RSA', 'ECDSA'], {
      description: 'Key algorithm (RSA when empty).',
    });
    properties.encoding = enumOf(['PKCS1', 'PKCS8'], { description: 'PEM encoding of the private key (PKCS1 when empty).' });
    properties.size = int({ description: 'Key size in bits (RSA: 2048, 3072 or more; ECDSA: 256, 384 or 521).' });
  }
  const variant = alpha ? 'alpha' : version === 'v1beta1' ? 'v1beta1' : 'v1';
  return def('CertificatePrivateKey', obj(properties, { description: 'Settings of the private key.' }), variant);
}

const PKCS12_PROFILES_LEGACY = ['LegacyRC2', 'LegacyDES', 'Modern2023'];

/**
 * A JKS or PKCS#12 keystore request. In v1 the password may be given inline (`password`) and
 * `passwordSecretRef` is optional; the old versions require `passwordSecretRef`.
 */
function keystore(version: Version, format: 'jks' | 'pkcs12'): Definition {
  const legacy = isLegacy(version);
  const properties: Record<string, Schema> = {
    create: bool({ description: 'Write the keystore into the Secret.' }),
    passwordSecretRef: ref(secretKeySelector),
  };
  if (!legacy) properties.password = str({ since: 'v1.17', description: 'Password of the keystore, given inline.' });
  if (format === 'jks') {
    properties.alias = str({ since: 'v1.15', description: 'Alias of the key entry in the keystore (certificate when empty).' });
  } else {
    properties.profile = enumOf(legacy ? PKCS12_PROFILES_LEGACY : [...PKCS12_PROFILES_LEGACY, 'Modern2026'], {
      since: 'v1.14',
      history: [{ until: 'v1.21', was: { enum: PKCS12_PROFILES_LEGACY } }],
      description: 'Encryption and MAC algorithms of the PKCS#12 file.',
    });
  }
  const typeName = format === 'jks' ? 'JKSKeystore' : 'PKCS12Keystore';
  const required = legacy ? ['create', 'passwordSecretRef'] : ['create'];
  return def(
    typeName,
    // Until inline passwords (v1.17), passwordSecretRef was required in v1 too.
    obj(properties, {
      required,
      history: [{ until: 'v1.17', was: { required: ['create', 'passwordSecretRef'] } }],
      description: `A ${format.toUpperCase()} keystore in the Secret.`,
    }),
    legacy ? 'legacy' : 'v1',
  );
}

/** `spec.keystores`: extra keystore formats written into the Secret. */
export function certificateKeystores(version: Version): Definition {
  return def(
    'CertificateKeystores',
    obj(
      { jks: ref(keystore(version, 'jks')), pkcs12: ref(keystore(version, 'pkcs12')) },
      { description: 'Additional keystores written into the Secret.' },
    ),
    isLegacy(version) ? 'legacy' : 'v1',
  );
}

/** One additional output format of the Secret. */
export const additionalOutputFormat = def(
  'CertificateAdditionalOutputFormat',
  obj(
    { type: enumOf(['DER', 'CombinedPEM'], { description: 'DER (key.der) or CombinedPEM (tls-combined.pem).' }) },
    { required: ['type'], description: 'An extra key/certificate format written into the Secret.' },
  ),
);

/** `spec.secretTemplate`: labels and annotations copied onto the Secret. */
export const certificateSecretTemplate = def(
  'CertificateSecretTemplate',
  obj(
    {
      annotations: stringMap({ description: 'Annotations to set on the Secret.' }),
      labels: stringMap({ description: 'Labels to set on the Secret.' }),
    },
    { description: 'Labels and annotations for the Secret.' },
  ),
);
