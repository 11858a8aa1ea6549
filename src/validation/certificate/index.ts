import type { FieldError } from '../../field/field-error.js';
import { Path } from '../../field/path.js';
import { type JsonObject, obj, str } from '../../util/json.js';
import { hasRule } from '../release-rules.js';
import { appendAll } from '../../util/append.js';
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
  const path = SPEC;
  const literal = validateLiteralSubject(spec, path, ctx);
  const commonName = literal.commonName ?? str(spec, 'commonName');
  const release = ctx.release;
  // One array, appended to in rule order (no spread of a dozen arrays per object).
  const out = validateSecretName(spec, path);
  appendAll(out, validateIssuerRef(spec, path));
  appendAll(out, literal.errors);
  appendAll(out, validateIdentity(spec, path, commonName, release));
  appendAll(out, validateIpAddresses(spec, path));
  appendAll(out, validateEmailAddresses(spec, path));
  appendAll(out, validateOtherNames(spec, path, ctx));
  appendAll(out, validatePrivateKey(spec, path));
  if (hasRule('CERT-SIGNATUREALGORITHM-MISMATCH', release)) appendAll(out, validateSignatureAlgorithm(spec, path));
  appendAll(out, validateDurations(spec, path, release));
  appendAll(out, validateUsages(spec, path));
  appendAll(out, validateRevisionHistoryLimit(spec, path));
  appendAll(out, validateSecretTemplate(spec, path));
  appendAll(out, validateNameConstraints(spec, path, ctx));
  appendAll(out, validateAdditionalOutputFormats(spec, path, ctx));
  if (hasRule('CERT-KEYSTORE-JKS-PASSWORD-EXCLUSIVE', release)) appendAll(out, validateKeystores(spec, path));
  if (hasRule('CERT-RENEWAL-POLICY-UNSUPPORTED', release)) appendAll(out, validateRenewal(spec, path));
  return out;
}

const SPEC = Path.root('spec');

/**
 * Validates a v1 Certificate as cert-manager's webhook does (spec/validation.md §2). Reads the
 * object through safe accessors: wrong types read as absent, nothing throws, nothing is mutated.
 */
export const validateCertificate: KindValidator = (object, ctx) => {
  const spec = obj(object, 'spec') ?? {};
  return { errors: validateCertificateSpec(spec, ctx), warnings: certificateWarnings(spec, ctx) };
};
