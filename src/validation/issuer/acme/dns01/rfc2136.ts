import { type FieldError, fe, supportedValues, withRule } from '../../../../field/field-error.js';
import type { Path } from '../../../../field/path.js';
import { field, str } from '../../../../util/json.js';
import { isValidRfc2136Nameserver } from '../../../helpers/nameserver.js';
import { validateSecretKeySelector } from '../../secret-key-selector.js';
import { appendAll } from '../../../../util/append.js';

const TSIG_ALGORITHMS = ['HMACMD5', 'HMACSHA1', 'HMACSHA256', 'HMACSHA512'];

/**
 * RFC2136 provider rules (spec/validation.md §4.2.3): the nameserver, the TSIG algorithm
 * (case-insensitive) and the TSIG key name / secret pair.
 * @param rfc2136 - the `dns01.rfc2136` object (any JSON)
 * @param at - the path of `dns01.rfc2136`
 * @returns the errors in rule order
 */
export function validateRfc2136(rfc2136: unknown, at: Path): FieldError[] {
  const errors: FieldError[] = [];
  const nameserver = str(rfc2136, 'nameserver');
  // ISS-DNS01-RFC2136-NAMESERVER-REQUIRED
  if (nameserver === '')
    errors.push(
      withRule(
        'ISS-DNS01-RFC2136-NAMESERVER-REQUIRED',
        fe.required(at.child('nameserver'), 'the address of the DNS server is required, e.g. 192.0.2.53:53'),
      ),
    );
  // ISS-DNS01-RFC2136-NAMESERVER-INVALID
  else if (!isValidRfc2136Nameserver(nameserver)) {
    errors.push(
      withRule(
        'ISS-DNS01-RFC2136-NAMESERVER-INVALID',
        fe.invalid(
          at.child('nameserver'),
          nameserver,
          'must be host or host:port, where host is an IPv4 address, an IPv6 address in brackets ([2001:db8::1]) or a hostname',
        ),
      ),
    );
  }
  // ISS-DNS01-RFC2136-TSIGALGORITHM-UNSUPPORTED (upstream reports "" rather than the value)
  const algorithm = str(rfc2136, 'tsigAlgorithm');
  if (algorithm !== '' && !TSIG_ALGORITHMS.includes(algorithm.toUpperCase())) {
    errors.push(
      withRule(
        'ISS-DNS01-RFC2136-TSIGALGORITHM-UNSUPPORTED',
        fe.notSupported(at.child('tsigAlgorithm'), '', `${supportedValues(TSIG_ALGORITHMS)} (case does not matter)`),
      ),
    );
  }
  const secretRef = field(rfc2136, 'tsigSecretSecretRef');
  // ISS-DNS01-RFC2136-TSIGSECRET
  if (str(rfc2136, 'tsigKeyName') !== '') appendAll(errors, validateSecretKeySelector(secretRef, at.child('tsigSecretSecretRef')));
  // ISS-DNS01-RFC2136-TSIGKEYNAME-REQUIRED
  else if (str(secretRef, 'name') !== '' && str(secretRef, 'key') !== '') {
    errors.push(
      withRule(
        'ISS-DNS01-RFC2136-TSIGKEYNAME-REQUIRED',
        fe.required(at.child('tsigKeyName'), 'the TSIG key name is required when tsigSecretSecretRef is set'),
      ),
    );
  }
  return errors;
}
