import { type CertManagerRelease, isAtLeast } from '../release/release.js';

/**
 * The webhook feature gates that validation consults (spec/validation.md §1.7). Their defaults
 * depend on the cert-manager release ({@link ValidateOptions.certManagerVersion}).
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

/**
 * Where a gate's default changed: the first release with each new default (releases before the
 * first entry have the gate off). Read from each release's `internal/webhook/feature/features.go`.
 */
const GATE_HISTORY: Readonly<Record<FeatureGate, readonly (readonly [CertManagerRelease, boolean])[]>> = {
  LiteralCertificateSubject: [['v1.16', true]],
  OtherNames: [['v1.20', true]],
  NameConstraints: [['v1.18', true]],
  AdditionalCertificateOutputFormats: [['v1.16', true]],
  DisallowInsecureCSRUsageDefinition: [['v1.12', true]],
};

/**
 * The default of every gate in one release.
 * @param release - the cert-manager release
 */
export function releaseFeatureGates(release: CertManagerRelease): Readonly<Record<FeatureGate, boolean>> {
  const out = { ...DEFAULT_FEATURE_GATES };
  for (const name of Object.keys(out) as FeatureGate[]) {
    let on = false;
    for (const [since, value] of GATE_HISTORY[name]) if (isAtLeast(release, since)) on = value;
    out[name] = on;
  }
  return out;
}

/**
 * Fill in the release's defaults for the gates a caller did not set; unknown names and
 * non-booleans are ignored.
 * @param gates - the caller's gates
 * @param release - whose defaults fill the rest (master when left out)
 */
export function resolveFeatureGates(gates: unknown, release: CertManagerRelease = 'master'): Readonly<Record<FeatureGate, boolean>> {
  const out = { ...releaseFeatureGates(release) };
  if (typeof gates === 'object' && gates !== null) {
    for (const name of Object.keys(out) as FeatureGate[]) {
      const v = (gates as Record<string, unknown>)[name];
      if (typeof v === 'boolean') out[name] = v;
    }
  }
  return out;
}
