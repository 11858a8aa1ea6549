import { type FieldError, fe, withRule } from '../../../field/field-error.js';
import type { Path } from '../../../field/path.js';
import { field, obj } from '../../../util/json.js';
import { durationValue } from '../../../go/time/duration.js';
import { validateDns01Solver } from './dns01.js';
import { validateHttp01Solver } from './http01.js';
import type { CertManagerRelease } from '../../../release/release.js';
import { hasRule } from '../../release-rules.js';
import { appendAll } from '../../../util/append.js';

/**
 * The rules of one ACME solver (spec/validation.md §4.2.1). When both `http01` and `dns01` are
 * set, only `http01` is validated.
 * @param solver - one `spec.acme.solvers[i]` entry (any JSON)
 * @param at - the path of the entry
 * @param release - the cert-manager release
 * @returns the errors in rule order
 */
export function validateAcmeSolver(solver: unknown, at: Path, release: CertManagerRelease = 'master'): FieldError[] {
  const errors: FieldError[] = [];
  const http01 = obj(solver, 'http01');
  const dns01 = obj(solver, 'dns01');
  if (http01 !== undefined) appendAll(errors, validateHttp01Solver(http01, at.child('http01'), release));
  if (dns01 !== undefined) {
    // ISS-ACME-SOLVER-MULTIPLE-TYPES
    if (http01 !== undefined)
      errors.push(
        withRule('ISS-ACME-SOLVER-MULTIPLE-TYPES', fe.forbidden(at, 'set only one solver type (http01 or dns01) in a single solver')),
      );
    else appendAll(errors, validateDns01Solver(dns01, at.child('dns01'), release));
  }
  // ISS-ACME-SOLVER-TYPE-REQUIRED
  if (http01 === undefined && dns01 === undefined)
    errors.push(withRule('ISS-ACME-SOLVER-TYPE-REQUIRED', fe.required(at, 'configure a solver type: http01 or dns01')));
  // ISS-ACME-SOLVER-WAIT-NEGATIVE (from v1.21)
  const wait = field(solver, 'waitInsteadOfSelfCheck');
  if (typeof wait === 'string' && hasRule('ISS-ACME-SOLVER-WAIT-NEGATIVE', release)) {
    const ns = durationValue(wait);
    if (ns !== undefined && ns < 0n) {
      errors.push(
        withRule(
          'ISS-ACME-SOLVER-WAIT-NEGATIVE',
          fe.invalid(at.child('waitInsteadOfSelfCheck'), wait, 'must not be negative; use a duration such as 30s, or 0s'),
        ),
      );
    }
  }
  return errors;
}
