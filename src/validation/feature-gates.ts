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
 * Each gate's history: the first release whose webhook has the gate (`since`), and the
 * releases where its default changed (each entry: the first release with that default). Read
 * from each release's `internal/webhook/feature/features.go`. In a release without the gate its
 * default here is off; the rules of that release decide what the code did instead (no
 * otherNames / nameConstraints field before v1.14; v1.12's own CSR check, CR-REQUEST-LEGACY).
 */
export const GATE_HISTORY: Readonly<
  Record<FeatureGate, { readonly since: CertManagerRelease; readonly defaults: readonly (readonly [CertManagerRelease, boolean])[] }>
> = {
  // Alpha (off) in v1.12–v1.14, Beta (on) from v1.15.
  LiteralCertificateSubject: {
    since: 'v1.12',
    defaults: [
      ['v1.12', false],
      ['v1.15', true],
    ],
  },
  // Alpha (off) v1.14–v1.19, Beta (on) from v1.20.
  OtherNames: {
    since: 'v1.14',
    defaults: [
      ['v1.14', false],
      ['v1.20', true],
    ],
  },
  // Alpha (off) v1.14–v1.16, Beta (on) from v1.17.
  NameConstraints: {
    since: 'v1.14',
    defaults: [
      ['v1.14', false],
      ['v1.17', true],
    ],
  },
  // Alpha (off) v1.12–v1.14, Beta (on) v1.15–v1.17, GA from v1.18 (no longer consulted by validation).
  AdditionalCertificateOutputFormats: {
    since: 'v1.12',
    defaults: [
      ['v1.12', false],
      ['v1.15', true],
    ],
  },
  // Beta (on) v1.13–v1.14, GA from v1.15 (no longer consulted by validation).
  DisallowInsecureCSRUsageDefinition: { since: 'v1.13', defaults: [['v1.13', true]] },
};

/**
 * True when the release's webhook has the gate.
 * @param gate - the gate
 * @param release - the cert-manager release
 */
export function gateExists(gate: FeatureGate, release: CertManagerRelease): boolean {
  return isAtLeast(release, GATE_HISTORY[gate].since);
}

/**
 * The default of every gate in one release (computed once per release, frozen).
 * @param release - the cert-manager release
 */
export function releaseFeatureGates(release: CertManagerRelease): Readonly<Record<FeatureGate, boolean>> {
  // Every validate call needs these: compute them once per release.
  let gates = RELEASE_GATES.get(release);
  if (gates === undefined) {
    gates = Object.freeze(computeReleaseGates(release));
    RELEASE_GATES.set(release, gates);
  }
  return gates;
}

const RELEASE_GATES = new Map<CertManagerRelease, Readonly<Record<FeatureGate, boolean>>>();

const GATE_NAMES = Object.keys(DEFAULT_FEATURE_GATES) as FeatureGate[];

function computeReleaseGates(release: CertManagerRelease): Record<FeatureGate, boolean> {
  const out = { ...DEFAULT_FEATURE_GATES };
  for (const name of GATE_NAMES) {
    let on = false;
    for (const [since, value] of GATE_HISTORY[name].defaults) if (isAtLeast(release, since)) on = value;
    out[name] = on;
  }
  return out;
}

/**
 * Fill in the release's defaults for the gates a caller did not set; unknown names and
 * non-booleans are ignored. When the caller's gates change nothing, the release's shared
 * (frozen) defaults are returned.
 * @param gates - the caller's gates
 * @param release - whose defaults fill the rest (master when left out)
 */
export function resolveFeatureGates(gates: unknown, release: CertManagerRelease = 'master'): Readonly<Record<FeatureGate, boolean>> {
  const defaults = releaseFeatureGates(release);
  if (typeof gates !== 'object' || gates === null) return defaults;
  let out: Record<FeatureGate, boolean> | undefined;
  for (const name of GATE_NAMES) {
    const v = (gates as Record<string, unknown>)[name];
    if (typeof v !== 'boolean' || v === defaults[name]) continue;
    out ??= { ...defaults };
    out[name] = v;
  }
  return out ?? defaults;
}
