/**
 * The v1-only renewal settings of a Certificate: `spec.renewal` and `spec.signatureAlgorithm`.
 */
import { def, enumOf, list, obj, ref, str } from '../dsl.js';

/**
 * A Go duration limited to hours, minutes and seconds (e.g. `1h30m`, `90s`). Each repetition
 * ends with a unit letter that cannot start the next number, so matching is linear.
 */
export const WINDOW_DURATION_PATTERN = '^([0-9]+(\\.[0-9]+)?(s|m|h))+$';

/** One recurring window in which renewal may happen. */
export const renewalWindow = def(
  'CertificateRenewalWindow',
  obj(
    {
      timezone: str({ minLength: 1, description: 'IANA time zone of the cron schedule (UTC when unset).' }),
      windowDuration: str({ pattern: WINDOW_DURATION_PATTERN, description: 'Length of each window, e.g. 2h.' }),
      cron: str({ minLength: 1, description: 'Cron schedule of the window starts (5 fields).' }),
    },
    { required: ['cron', 'windowDuration'], description: 'A recurring time window for renewals.' },
  ),
);

/** `spec.renewal`: when renewals may happen. */
export const certificateRenewal = def(
  'CertificateRenewal',
  obj(
    {
      policy: enumOf(['RenewBefore', 'Disabled'], { description: 'RenewBefore (renew ahead of expiry) or Disabled.' }),
      windows: list(ref(renewalWindow), { listType: 'atomic', description: 'Windows that renewals are restricted to.' }),
    },
    { description: 'Renewal policy and windows.' },
  ),
);

/** The signature algorithms a Certificate may request. */
export const SIGNATURE_ALGORITHMS = [
  'SHA256WithRSA',
  'SHA384WithRSA',
  'SHA512WithRSA',
  'ECDSAWithSHA256',
  'ECDSAWithSHA384',
  'ECDSAWithSHA512',
  'PureEd25519',
] as const;

/** `spec.signatureAlgorithm`. */
export const signatureAlgorithm = () =>
  enumOf(SIGNATURE_ALGORITHMS, { description: 'Signature algorithm the issuer should use; must suit the key algorithm.' });
