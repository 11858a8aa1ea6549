/**
 * The static facts of the six kinds and four versions cmapi knows. Everything that needs to
 * know "which kinds exist" reads this table.
 */

/** The API groups of cert-manager. @public */
export type Group = 'cert-manager.io' | 'acme.cert-manager.io';

/** The API versions cmapi serves, oldest first. @public */
export const VERSIONS = ['v1alpha2', 'v1alpha3', 'v1beta1', 'v1'] as const;

/** One of the four API versions. @public */
export type Version = (typeof VERSIONS)[number];

/** The versions that convert through v1 (every version but the hub). */
export type OldVersion = Exclude<Version, 'v1'>;

/** The six kinds. @public */
export type Kind = 'Certificate' | 'CertificateRequest' | 'Issuer' | 'ClusterIssuer' | 'Order' | 'Challenge';

/** Static facts about one kind. */
export interface KindInfo {
  readonly kind: Kind;
  readonly group: Group;
  readonly plural: string;
  readonly namespaced: boolean;
  /** The Go type name the webhook prints in type-mismatch errors. */
  readonly internalType: string;
}

export const KINDS: readonly KindInfo[] = [
  { kind: 'Certificate', group: 'cert-manager.io', plural: 'certificates', namespaced: true, internalType: '*certmanager.Certificate' },
  {
    kind: 'CertificateRequest',
    group: 'cert-manager.io',
    plural: 'certificaterequests',
    namespaced: true,
    internalType: '*certmanager.CertificateRequest',
  },
  { kind: 'Issuer', group: 'cert-manager.io', plural: 'issuers', namespaced: true, internalType: '*certmanager.Issuer' },
  {
    kind: 'ClusterIssuer',
    group: 'cert-manager.io',
    plural: 'clusterissuers',
    namespaced: false,
    internalType: '*certmanager.ClusterIssuer',
  },
  { kind: 'Order', group: 'acme.cert-manager.io', plural: 'orders', namespaced: true, internalType: '*acme.Order' },
  { kind: 'Challenge', group: 'acme.cert-manager.io', plural: 'challenges', namespaced: true, internalType: '*acme.Challenge' },
];

const byKind = new Map(KINDS.map((k) => [k.kind, k]));

/** The facts of a kind, by name. */
export function kindInfo(kind: Kind): KindInfo {
  return byKind.get(kind) as KindInfo;
}

/** The kind info for a group and kind name, or undefined when cmapi does not know it. */
export function findKind(group: string, kind: string): KindInfo | undefined {
  const k = byKind.get(kind as Kind);
  return k && k.group === group ? k : undefined;
}

/** The kind info whose list kind (`CertificateList`) is `listKind` in `group`. */
export function findListKind(group: string, listKind: string): KindInfo | undefined {
  return listKind.endsWith('List') ? findKind(group, listKind.slice(0, -'List'.length)) : undefined;
}

export function isVersion(v: string): v is Version {
  return (VERSIONS as readonly string[]).includes(v);
}
