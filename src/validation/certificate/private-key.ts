import { type FieldError, fe, supportedValues, withRule } from '../../field/field-error.js';
import type { Path } from '../../field/path.js';
import { type JsonObject, num, obj, str } from '../../util/json.js';

const RSA_MIN = 2048;
const RSA_MAX = 8192;
const ECDSA_SIZES = [256, 384, 521];
const ECDSA_SUPPORTED = supportedValues(ECDSA_SIZES);

/** The signature algorithms allowed for each key algorithm. */
const SIGNATURE_ALGORITHMS: Readonly<Record<string, readonly string[]>> = {
  RSA: ['SHA256WithRSA', 'SHA384WithRSA', 'SHA512WithRSA'],
  ECDSA: ['ECDSAWithSHA256', 'ECDSAWithSHA384', 'ECDSAWithSHA512'],
  Ed25519: ['PureEd25519'],
};

/** CERT-PRIVATEKEY-*: the key algorithm and, for RSA and ECDSA, the key size. */
export function validatePrivateKey(spec: JsonObject, path: Path): FieldError[] {
  const pk = obj(spec, 'privateKey');
  if (pk === undefined) return [];
  const algorithm = str(pk, 'algorithm');
  const size = num(pk, 'size') ?? 0;
  switch (algorithm) {
    case '':
    case 'RSA':
      // CERT-PRIVATEKEY-RSA-SIZE
      if (size > 0 && (size < RSA_MIN || size > RSA_MAX)) {
        return [
          withRule(
            'CERT-PRIVATEKEY-RSA-SIZE',
            fe.invalid(path.child('privateKey').child('size'), size, `must be between ${RSA_MIN} and ${RSA_MAX} for RSA keys`),
          ),
        ];
      }
      return [];
    case 'ECDSA':
      // CERT-PRIVATEKEY-ECDSA-SIZE
      if (size > 0 && !ECDSA_SIZES.includes(size))
        return [withRule('CERT-PRIVATEKEY-ECDSA-SIZE', fe.notSupported(path.child('privateKey').child('size'), size, ECDSA_SUPPORTED))];
      return [];
    case 'Ed25519':
      return [];
    default:
      // CERT-PRIVATEKEY-ALGORITHM
      return [
        withRule(
          'CERT-PRIVATEKEY-ALGORITHM',
          fe.invalid(
            path.child('privateKey').child('algorithm'),
            algorithm,
            'must be empty (RSA) or one of RSA, ECDSA or Ed25519 (case-sensitive)',
          ),
        ),
      ];
  }
}

/**
 * CERT-SIGNATUREALGORITHM-MISMATCH: `spec.signatureAlgorithm` must suit the key algorithm
 * (RSA when unset). Unknown key algorithms are reported by the private key rules instead.
 */
export function validateSignatureAlgorithm(spec: JsonObject, path: Path): FieldError[] {
  const sig = str(spec, 'signatureAlgorithm');
  if (sig === '') return [];
  const keyAlgorithm = str(obj(spec, 'privateKey'), 'algorithm') || 'RSA';
  const allowed = Object.hasOwn(SIGNATURE_ALGORITHMS, keyAlgorithm) ? SIGNATURE_ALGORITHMS[keyAlgorithm] : undefined;
  if (allowed === undefined || allowed.includes(sig)) return [];
  return [
    withRule(
      'CERT-SIGNATUREALGORITHM-MISMATCH',
      fe.invalid(
        path.child('signatureAlgorithm'),
        sig,
        `for key algorithm ${keyAlgorithm} the allowed signature algorithms are ${allowed.join(', ')}`,
      ),
    ),
  ];
}
