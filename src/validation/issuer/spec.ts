import { type FieldError, fe, withRule } from '../../field/field-error.js';
import type { Path } from '../../field/path.js';
import { obj } from '../../util/json.js';
import type { CertManagerRelease } from '../../release/release.js';
import type { Findings } from '../types.js';
import { validateAcmeIssuer } from './acme/index.js';
import { validateCaIssuer } from './ca.js';
import { validateSelfSignedIssuer } from './selfsigned.js';
import { validateVaultIssuer } from './vault/index.js';
import { validateVenafiIssuer } from './venafi.js';
import { acmeIssuerWarnings } from './warnings.js';
import { appendAll } from '../../util/append.js';

/** One issuer type: its field name under `spec` and its rules. */
interface IssuerType {
  readonly name: 'acme' | 'ca' | 'selfSigned' | 'vault' | 'venafi';
  readonly validate: (section: unknown, at: Path, release: CertManagerRelease) => FieldError[];
  readonly warnings?: (section: unknown) => string[];
}

/** The issuer types in the fixed order upstream examines them (§4.1). */
const ISSUER_TYPES: readonly IssuerType[] = [
  { name: 'acme', validate: validateAcmeIssuer, warnings: acmeIssuerWarnings },
  { name: 'ca', validate: validateCaIssuer },
  { name: 'selfSigned', validate: validateSelfSignedIssuer },
  { name: 'vault', validate: validateVaultIssuer },
  { name: 'venafi', validate: validateVenafiIssuer },
];

const TYPE_NAMES = ISSUER_TYPES.map((t) => t.name).join(', ');

/**
 * The rules of an Issuer or ClusterIssuer `spec` (spec/validation.md §4): exactly one issuer
 * type, whose own rules then run. Later types are only reported, not validated.
 * @param spec - the `spec` object (any JSON)
 * @param at - the path of `spec`
 * @param release - the cert-manager release whose rules apply (master when left out)
 * @returns the errors and warnings
 */
export function validateIssuerSpec(spec: unknown, at: Path, release: CertManagerRelease = 'master'): Findings {
  const errors: FieldError[] = [];
  const warnings: string[] = [];
  let chosen: IssuerType | undefined;
  for (const type of ISSUER_TYPES) {
    const section = obj(spec, type.name);
    if (section === undefined) continue;
    if (chosen !== undefined) {
      // ISS-TYPE-MULTIPLE
      errors.push(
        withRule(
          'ISS-TYPE-MULTIPLE',
          fe.forbidden(at.child(type.name), `only one issuer type may be configured, and ${chosen.name} is already set`),
        ),
      );
      continue;
    }
    chosen = type;
    appendAll(errors, type.validate(section, at.child(type.name), release));
    appendAll(warnings, type.warnings?.(section) ?? []);
  }
  // ISS-TYPE-REQUIRED
  if (chosen === undefined)
    errors.push(withRule('ISS-TYPE-REQUIRED', fe.required(at, `one issuer type must be configured: ${TYPE_NAMES}`)));
  return { errors, warnings };
}
