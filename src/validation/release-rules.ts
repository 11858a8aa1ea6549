/**
 * Which webhook rules each cert-manager release has: one table, keyed by rule ID, saying in
 * which release a rule (or one aspect of it, written `RULE-ID#aspect`) appeared (`since`) or
 * went away (`until`, the first release without it). Rules not listed behave the same in every
 * supported release. Read from each release's `internal/apis/certmanager/validation` and
 * `internal/apis/acme/validation` (docs/release-rules.md is the same table for readers).
 */
import { type CertManagerRelease, isInRange } from '../release/release.js';

/** Where a rule exists: `since` inclusive, `until` exclusive, and what changes. */
export interface ReleaseSpan {
  readonly since?: CertManagerRelease;
  readonly until?: CertManagerRelease;
  /** One line for docs/release-rules.md. */
  readonly change: string;
}

/** The release-dependent rules and rule aspects. */
export const RELEASE_RULES = {
  // Certificate
  'CERT-LITERALSUBJECT-SUBJECT-EXCLUSIVE#serialNumber': {
    since: 'v1.13',
    change: '`spec.subject.serialNumber` counts as a subject property (v1.12 allowed it beside literalSubject)',
  },
  'CERT-LITERALSUBJECT-PARSE#hex': {
    until: 'v1.15',
    change: 'a literalSubject containing `=#` (a hex-encoded value) is refused',
  },
  'CERT-LITERALSUBJECT-PARSE#equalsInValue': {
    since: 'v1.13',
    change: 'an unescaped `=` inside a value belongs to the value (v1.12, go-ldap v3.4.4, started a new attribute type there)',
  },
  'CERT-LITERALSUBJECT-PARSE#goLdap348': {
    since: 'v1.15',
    change:
      'go-ldap v3.4.8 parses literalSubject: a DN ending in a separator or an empty last value (`CN=a,`, `CN=`) is refused; before (v3.4.4–v3.4.6) it was dropped silently',
  },
  'CERT-LITERALSUBJECT-PARSE#goLdap3414': {
    since: 'master',
    change:
      'go-ldap v3.4.14: an unescaped `"`, `<`, `>` or NUL in a value, and bytes after a hex-encoded BER value, are refused; a trailing space after an even run of backslashes is stripped',
  },
  'CERT-LITERALSUBJECT-UNKNOWN-ATTR#oid': {
    since: 'v1.15',
    change: 'dotted OIDs (e.g. `1.2.3.4=x`) are accepted as attribute types; before, only the named types were',
  },
  'CERT-IDENTITY-REQUIRED#otherNames': { since: 'v1.14', change: '`spec.otherNames` counts as an identity (the field appeared)' },
  'CERT-OTHERNAMES-GATE': { since: 'v1.14', change: 'the otherNames rules and the OtherNames gate appeared with the field' },
  'CERT-NAMECONSTRAINTS-GATE': { since: 'v1.14', change: 'the nameConstraints rules and the NameConstraints gate appeared with the field' },
  'CERT-NAMECONSTRAINTS-IPRANGE-CIDR': { since: 'master', change: 'ipRanges entries must be CIDRs' },
  'CERT-SIGNATUREALGORITHM-MISMATCH': { since: 'v1.18', change: 'signatureAlgorithm must suit the key algorithm' },
  'CERT-RENEWBEFORE-PERCENTAGE-EXCLUSIVE': { since: 'v1.16', change: 'renewBeforePercentage rules appeared with the field' },
  'CERT-RENEWBEFOREPERCENTAGE-MIN#float': {
    since: 'v1.21',
    change:
      'the renewBefore a percentage gives is computed in floating point; before, in int64 that wraps for durations above about 2562h × 100 / (100 − percentage)',
  },
  'CERT-KEYSTORE-JKS-PASSWORD-EXCLUSIVE': { since: 'v1.17', change: 'keystore password rules appeared with the literal `password` field' },
  'CERT-RENEWAL-POLICY-UNSUPPORTED': { since: 'v1.21', change: 'renewal policy and window rules appeared with `spec.renewal`' },
  'CERT-ADDITIONALOUTPUTFORMATS-GATE': {
    until: 'v1.18',
    change: 'the AdditionalCertificateOutputFormats gate is consulted (off: a non-empty list is Forbidden)',
  },
  'WARN-CERT-ROTATIONPOLICY-DEFAULT': {
    since: 'v1.18',
    until: 'v1.20',
    change: 'warning on CREATE when `spec.privateKey.rotationPolicy` is unset (its default became Always in v1.18)',
  },
  // CertificateRequest
  'CR-REQUEST-LEGACY': {
    until: 'v1.13',
    change:
      'v1.12 checks the CSR its own way: decode only (no signature, isCA or CR-USAGES-UNKNOWN check), usages compared only when both sides set them',
  },
  'CR-REQUEST-INSECURE-USAGES-GATE': {
    since: 'v1.13',
    until: 'v1.15',
    change: 'the DisallowInsecureCSRUsageDefinition gate is consulted: off and `spec.usages` empty skips the usage comparison',
  },
  'CR-REQUEST-PEM-TOO-LARGE#none': { since: 'v1.13', until: 'v1.15', change: 'no size limit on `spec.request`' },
  'CR-REQUEST-PEM-TOO-LARGE#36500': { since: 'v1.18', change: 'the size limit is 36500 bytes (6500 before)' },
  'CR-REQUEST-CSR-EXTENSION#nameConstraints': {
    since: 'v1.14',
    change: "the CSR's nameConstraints extension is decoded (and can fail)",
  },
  'CR-REQUEST-CSR-EXTENSION#strictTags': {
    since: 'v1.19',
    change: 'a nameConstraints GeneralName other than dNSName, rfc822Name, iPAddress, URI is an error (ignored before)',
  },
  'CR-REQUEST-CSR-SIGNATURE#rsa1024min': {
    since: 'v1.18',
    change:
      'a CSR signed with an RSA key shorter than 1024 bits is refused (built with Go 1.24, whose rsa1024min default is on; older releases verify it)',
  },
  'CR-REQUEST-INVALID#truncated': { since: 'v1.18', change: 'the Invalid value is the request cut to 100 bytes (whole before)' },
  // Issuer and ClusterIssuer
  'ISS-CA-ISSUINGCERTURL-EMPTY': { since: 'v1.14', change: 'appeared with `issuingCertificateURLs`' },
  'ISS-VAULT-CLIENTKEY-REQUIRED': { since: 'v1.15', change: 'clientCertSecretRef and clientKeySecretRef must come together' },
  'ISS-VAULT-AUTH-METHOD-REQUIRED#clientCertificate': { since: 'v1.16', change: '`auth.clientCertificate` counts as an auth method' },
  'ISS-VAULT-AUTH-METHOD-REQUIRED#aws': {
    since: 'v1.21',
    change: '`auth.aws` counts as an auth method (with the ISS-VAULT-AUTH-AWS-* rules)',
  },
  'ISS-VAULT-PATH-DOTDOT': { since: 'v1.21', change: "Vault paths and auth mount paths must not contain '..' segments" },
  'ISS-VENAFI-TPP-CABUNDLE-EXCLUSIVE': { since: 'v1.16', change: 'caBundle and caBundleSecretRef of TPP are exclusive' },
  'ISS-VENAFI-NGTS': { since: 'v1.21', change: '`ngts` counts as a Venafi mode (with the ISS-VENAFI-NGTS-* rules)' },
  'ISS-DNS01-ROUTE53-REGION-REQUIRED': { until: 'v1.16', change: 'route53 `region` is required' },
  'ISS-DNS01-AZURE-MI-TENANTID': {
    since: 'v1.17',
    change: 'ISS-DNS01-AZURE-MI-TENANTID-RESOURCEID-EXCLUSIVE and -NEEDS-CLIENTID appeared with `managedIdentity.tenantID`',
  },
  'ISS-ACME-HTTP01-INGRESS-CLASS-EXCLUSIVE#anyTwo': {
    since: 'v1.19',
    change: 'fires for any two of class, ingressClassName, name (before: all three)',
  },
  'ISS-ACME-HTTP01-GATEWAY-PARENTREFS-REQUIRED': {
    until: 'v1.20',
    change:
      'gatewayHTTPRoute needs at least one parentRef; from v1.20 ISS-ACME-HTTP01-GATEWAY-PARENTREF-NAME/KIND-REQUIRED check each entry instead',
  },
  'ISS-ACME-SOLVER-WAIT-NEGATIVE': { since: 'v1.21', change: 'appeared with `waitInsteadOfSelfCheck`' },
  'ISS-DNS01-NAMESERVER-INVALID': { since: 'master', change: 'appeared with `dns01.nameservers`' },
} as const satisfies Readonly<Record<string, ReleaseSpan>>;

/** A key of {@link RELEASE_RULES}. */
export type ReleaseRuleId = keyof typeof RELEASE_RULES;

/**
 * True when the release has the rule (or rule aspect).
 * @param id - a key of {@link RELEASE_RULES}
 * @param release - the release being checked against
 */
export function hasRule(id: ReleaseRuleId, release: CertManagerRelease): boolean {
  // The rules ask this many times per object: answer from a table computed once per release.
  if (release !== lastRelease) {
    lastTable = RULE_TABLES.get(release) ?? ruleTable(release);
    lastRelease = release;
  }
  return lastTable[id];
}

type RuleTable = Readonly<Record<ReleaseRuleId, boolean>>;

const RULE_TABLES = new Map<CertManagerRelease, RuleTable>();
let lastRelease: CertManagerRelease | undefined;
let lastTable: RuleTable = {} as RuleTable;

function ruleTable(release: CertManagerRelease): RuleTable {
  const table = {} as Record<ReleaseRuleId, boolean>;
  for (const id of Object.keys(RELEASE_RULES) as ReleaseRuleId[]) {
    const span: ReleaseSpan = RELEASE_RULES[id];
    table[id] = isInRange(release, span.since, span.until);
  }
  const frozen = Object.freeze(table);
  RULE_TABLES.set(release, frozen);
  return frozen;
}
