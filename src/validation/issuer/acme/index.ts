import { type FieldError, fe, withRule } from '../../../field/field-error.js';
import type { Path } from '../../../field/path.js';
import { arr, bool, obj, str } from '../../../util/json.js';
import { caBundleProblem } from '../../helpers/cabundle.js';
import { validateSecretKeySelector } from '../secret-key-selector.js';
import { validateAcmeSolver } from './solver.js';
import type { CertManagerRelease } from '../../../release/release.js';
import { appendAll } from '../../../util/append.js';

/**
 * ACME issuer rules (spec/validation.md §4.2): the issuer-level fields, then every solver.
 * @param acme - the `spec.acme` object (any JSON)
 * @param at - the path of `spec.acme`
 * @param release - the cert-manager release
 * @returns the errors in rule order
 */
export function validateAcmeIssuer(acme: unknown, at: Path, release: CertManagerRelease = 'master'): FieldError[] {
  const errors: FieldError[] = [];
  const caBundle = str(acme, 'caBundle');
  // ISS-ACME-CABUNDLE-SKIPTLS-EXCLUSIVE (upstream reports "" as the caBundle value)
  if (caBundle !== '' && bool(acme, 'skipTLSVerify')) {
    const detail = 'caBundle and skipTLSVerify cannot both be set: either trust the given CA bundle or skip TLS verification';
    errors.push(withRule('ISS-ACME-CABUNDLE-SKIPTLS-EXCLUSIVE', fe.invalid(at.child('caBundle'), '', detail)));
    errors.push(withRule('ISS-ACME-CABUNDLE-SKIPTLS-EXCLUSIVE', fe.invalid(at.child('skipTLSVerify'), true, detail)));
  }
  // ISS-ACME-CABUNDLE-NO-CERTS
  const problem = caBundle === '' ? undefined : caBundleProblem(caBundle);
  if (problem !== undefined) errors.push(withRule('ISS-ACME-CABUNDLE-NO-CERTS', fe.invalid(at.child('caBundle'), '', problem)));
  // ISS-ACME-PRIVATEKEY-NAME-REQUIRED
  if (str(acme, 'privateKeySecretRef', 'name') === '') {
    errors.push(
      withRule(
        'ISS-ACME-PRIVATEKEY-NAME-REQUIRED',
        fe.required(
          at.child('privateKeySecretRef', 'name'),
          'the name of the Secret that holds (or will hold) the ACME account key is required',
        ),
      ),
    );
  }
  // ISS-ACME-SERVER-REQUIRED
  if (str(acme, 'server') === '') {
    errors.push(
      withRule(
        'ISS-ACME-SERVER-REQUIRED',
        fe.required(at.child('server'), 'the ACME server directory URL is required, e.g. https://acme-v02.api.letsencrypt.org/directory'),
      ),
    );
  }
  const eab = obj(acme, 'externalAccountBinding');
  if (eab !== undefined) {
    const eabAt = at.child('externalAccountBinding');
    // ISS-ACME-EAB-KEYID-REQUIRED
    if (str(eab, 'keyID') === '')
      errors.push(
        withRule('ISS-ACME-EAB-KEYID-REQUIRED', fe.required(eabAt.child('keyID'), 'keyID is required when externalAccountBinding is set')),
      );
    // ISS-ACME-EAB-KEYSECRETREF
    appendAll(errors, validateSecretKeySelector(obj(eab, 'keySecretRef'), eabAt.child('keySecretRef')));
  }
  (arr(acme, 'solvers') ?? []).forEach((solver, i) => {
    appendAll(errors, validateAcmeSolver(solver, at.child('solvers').index(i), release));
  });
  return errors;
}
