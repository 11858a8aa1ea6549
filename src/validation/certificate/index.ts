import type { FieldError } from '../../field/field-error.js';
import { Path } from '../../field/path.js';
import { type JsonObject, obj, str } from '../../util/json.js';
import { hasRule, type ReleaseRuleId } from '../release-rules.js';
import type { KindValidator, RuleContext } from '../types.js';
import { validateDurations } from './durations.js';
import { validateEmailAddresses, validateIdentity, validateIpAddresses } from './identity.js';
import { validateKeystores } from './keystores.js';
import { validateLiteralSubject } from './literal-subject.js';
import { validateNameConstraints } from './name-constraints.js';
import { validateOtherNames } from './other-names.js';
import { validateAdditionalOutputFormats } from './output-formats.js';
import { validatePrivateKey, validateSignatureAlgorithm } from './private-key.js';
import { validateRenewal } from './renewal.js';
import { validateIssuerRef, validateSecretName } from './secret-issuer.js';
import { validateSecretTemplate } from './secret-template.js';
import { validateRevisionHistoryLimit, validateUsages } from './usages.js';
import { certificateWarnings } from './warnings.js';

/**
 * The rules of a Certificate spec (spec/validation.md §2), in upstream's order. Runs the same on
 * CREATE and UPDATE (there is no old/new comparison for Certificates).
 * @param spec - the v1 `spec` (`{}` when absent)
 * @param ctx - feature gates, operation and release (rules of other releases: release-rules.ts)
 */
export function validateCertificateSpec(spec: JsonObject, ctx: RuleContext): FieldError[] {
  const path = Path.root('spec');
  const literal = validateLiteralSubject(spec, path, ctx);
  const commonName = literal.commonName ?? str(spec, 'commonName');
  const has = (id: ReleaseRuleId) => hasRule(id, ctx.release);
  return [
    ...validateSecretName(spec, path),
    ...validateIssuerRef(spec, path),
    ...literal.errors,
    ...validateIdentity(spec, path, commonName, ctx.release),
    ...validateIpAddresses(spec, path),
    ...validateEmailAddresses(spec, path),
    ...validateOtherNames(spec, path, ctx),
    ...validatePrivateKey(spec, path),
    ...(has('CERT-SIGNATUREALGORITHM-MISMATCH') ? validateSignatureAlgorithm(spec, path) : []),
    ...validateDurations(spec, path, ctx.release),
    ...validateUsages(spec, path),
    ...validateRevisionHistoryLimit(spec, path),
    ...validateSecretTemplate(spec, path),
    ...validateNameConstraints(spec, path, ctx),
    ...validateAdditionalOutputFormats(spec, path, ctx),
    ...(has('CERT-KEYSTORE-JKS-PASSWORD-EXCLUSIVE') ? validateKeystores(spec, path) : []),
    ...(has('CERT-RENEWAL-POLICY-UNSUPPORTED') ? validateRenewal(spec, path) : []),
  ];
}

/**
 * Validates a v1 Certificate as cert-manager's webhook does (spec/validation.md §2). Reads the
 * object through safe accessors: wrong types read as absent, nothing throws, nothing is mutated.
 */
export const validateCertificate: KindValidator = (object, ctx) => ({
  errors: validateCertificateSpec(obj(object, 'spec') ?? {}, ctx),
  warnings: certificateWarnings(obj(object, 'spec') ?? {}, ctx),
});
