/**
 * The webhook feature gates that validation consults (spec/validation.md §1.7), with the
 * defaults of cert-manager's master branch.
 * @public
 */
export type FeatureGate =
  | 'LiteralCertificateSubject'
  | 'OtherNames'
  | 'NameConstraints'
  | 'AdditionalCertificateOutputFormats'
  | 'DisallowInsecureCSRUsageDefinition';

/** Feature gate settings; gates left out take their default. @public */
export type FeatureGates = Partial<Record<FeatureGate, boolean>>;

/** The defaults of every gate (master). */
export const DEFAULT_FEATURE_GATES: Readonly<Record<FeatureGate, boolean>> = Object.freeze({
  LiteralCertificateSubject: true,
  OtherNames: true,
  NameConstraints: true,
  AdditionalCertificateOutputFormats: true,
  DisallowInsecureCSRUsageDefinition: true,
});

/** Fill in defaults for the gates a caller did not set; unknown names and non-booleans are ignored. */
export function resolveFeatureGates(gates: unknown): Readonly<Record<FeatureGate, boolean>> {
  const out = { ...DEFAULT_FEATURE_GATES };
  if (typeof gates === 'object' && gates !== null) {
    for (const name of Object.keys(out) as FeatureGate[]) {
      const v = (gates as Record<string, unknown>)[name];
      if (typeof v === 'boolean') out[name] = v;
    }
  }
  return out;
}
