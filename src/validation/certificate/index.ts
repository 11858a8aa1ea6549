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
  const release = ctx.release;
  // Optional fields are mostly absent: a rule whose fields all read undefined finds nothing,
  // so it is not called. These plain reads only decide that; the rules read through the safe
  // accessors of util/json.ts.
  const s = spec as CertificateSpecFields;
  const literal = s.literalSubject === undefined ? undefined : validateLiteralSubject(spec, path, ctx);
  const commonName = literal?.commonName ?? str(spec, 'commonName');
  // One array, appended to in rule order (no spread of a dozen arrays per object).
  const out = validateSecretName(spec, path);
  appendAll(out, validateIssuerRef(spec, path));
  if (literal !== undefined) appendAll(out, literal.errors);
  appendAll(out, validateIdentity(spec, path, commonName, release));
  if (s.ipAddresses !== undefined) appendAll(out, validateIpAddresses(spec, path));
  if (s.emailAddresses !== undefined) appendAll(out, validateEmailAddresses(spec, path));
  if (s.otherNames !== undefined) appendAll(out, validateOtherNames(spec, path, ctx));
  if (s.privateKey !== undefined) appendAll(out, validatePrivateKey(spec, path));
  if (s.signatureAlgorithm !== undefined && hasRule('CERT-SIGNATUREALGORITHM-MISMATCH', release)) {
    appendAll(out, validateSignatureAlgorithm(spec, path));
  }
  if (s.duration !== undefined || s.renewBefore !== undefined) appendAll(out, validateDurations(spec, path, release));
  if (s.usages !== undefined) appendAll(out, validateUsages(spec, path));
  if (s.revisionHistoryLimit !== undefined) appendAll(out, validateRevisionHistoryLimit(spec, path));
  if (s.secretTemplate !== undefined) appendAll(out, validateSecretTemplate(spec, path));
  if (s.nameConstraints !== undefined) appendAll(out, validateNameConstraints(spec, path, ctx));
  if (s.additionalOutputFormats !== undefined) appendAll(out, validateAdditionalOutputFormats(spec, path, ctx));
  if (s.keystores !== undefined && hasRule('CERT-KEYSTORE-JKS-PASSWORD-EXCLUSIVE', release)) appendAll(out, validateKeystores(spec, path));
  if (s.renewal !== undefined && hasRule('CERT-RENEWAL-POLICY-UNSUPPORTED', release)) appendAll(out, validateRenewal(spec, path));
  return out;
}

/** The spec fields whose absence lets {@link validateCertificateSpec} skip a rule. */
interface CertificateSpecFields {
  readonly literalSubject?: unknown;
  readonly ipAddresses?: unknown;
  readonly emailAddresses?: unknown;
  readonly otherNames?: unknown;
  readonly privateKey?: unknown;
  readonly signatureAlgorithm?: unknown;
  readonly duration?: unknown;
  readonly renewBefore?: unknown;
  readonly usages?: unknown;
  readonly revisionHistoryLimit?: unknown;
  readonly secretTemplate?: unknown;
  readonly nameConstraints?: unknown;
  readonly additionalOutputFormats?: unknown;
  readonly keystores?: unknown;
  readonly renewal?: unknown;
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
