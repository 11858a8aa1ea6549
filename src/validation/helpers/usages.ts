/**
 * cert-manager's key usage names (spec/validation.md §2.7) and how they map to X.509 key-usage
 * bits and extended-key-usage OIDs.
 */

/** Key-usage bit numbers in X.509 order, and the name cert-manager prints for each. */
export const KEY_USAGE_BITS: readonly string[] = [
  'digital signature',
  'content commitment',
  'key encipherment',
  'data encipherment',
  'key agreement',
  'cert sign',
  'crl sign',
  'encipher only',
  'decipher only',
];

/** Usage name → key-usage bit number. */
export const KEY_USAGE_BY_NAME: Readonly<Record<string, number>> = {
  signing: 0,
  'digital signature': 0,
  'content commitment': 1,
  'key encipherment': 2,
  'data encipherment': 3,
  'key agreement': 4,
  'cert sign': 5,
  'crl sign': 6,
  'encipher only': 7,
  'decipher only': 8,
};

/** Extended key usages cert-manager recognises: printed name and OID, by usage name. */
export const EXT_KEY_USAGE_BY_NAME: Readonly<Record<string, { readonly name: string; readonly oid: string }>> = {
  any: { name: 'any', oid: '2.5.29.37.0' },
  'server auth': { name: 'server auth', oid: '1.3.6.1.5.5.7.3.1' },
  'client auth': { name: 'client auth', oid: '1.3.6.1.5.5.7.3.2' },
  'code signing': { name: 'code signing', oid: '1.3.6.1.5.5.7.3.3' },
  'email protection': { name: 'email protection', oid: '1.3.6.1.5.5.7.3.4' },
  's/mime': { name: 'email protection', oid: '1.3.6.1.5.5.7.3.4' },
  'ipsec end system': { name: 'ipsec end system', oid: '1.3.6.1.5.5.7.3.5' },
  'ipsec tunnel': { name: 'ipsec tunnel', oid: '1.3.6.1.5.5.7.3.6' },
  'ipsec user': { name: 'ipsec user', oid: '1.3.6.1.5.5.7.3.7' },
  timestamping: { name: 'timestamping', oid: '1.3.6.1.5.5.7.3.8' },
  'ocsp signing': { name: 'ocsp signing', oid: '1.3.6.1.5.5.7.3.9' },
  'microsoft sgc': { name: 'microsoft sgc', oid: '1.3.6.1.4.1.311.10.3.3' },
  'netscape sgc': { name: 'netscape sgc', oid: '2.16.840.1.113730.4.1' },
};

/** EKU OIDs Go knows but cert-manager has no usage name for (printed as `unknown`). */
const UNNAMED_EKU_OIDS: ReadonlySet<string> = new Set(['1.3.6.1.4.1.311.2.1.22', '1.3.6.1.4.1.311.61.1.1']);

const NAME_BY_EKU_OID: ReadonlyMap<string, string> = new Map(Object.values(EXT_KEY_USAGE_BY_NAME).map((u) => [u.oid, u.name]));

/** Whether `usage` is one of the 23 usage names (exact, case-sensitive). */
export const isKnownUsage = (usage: string): boolean =>
  Object.hasOwn(KEY_USAGE_BY_NAME, usage) || Object.hasOwn(EXT_KEY_USAGE_BY_NAME, usage);

/** The printed name of a recognised EKU OID (`unknown` for the two unnamed ones); undefined when not recognised. */
export function ekuNameOfOid(oid: string): string | undefined {
  return NAME_BY_EKU_OID.get(oid) ?? (UNNAMED_EKU_OIDS.has(oid) ? 'unknown' : undefined);
}

/** The default usages of a certificate or request with none given. */
export const DEFAULT_USAGES: readonly string[] = ['digital signature', 'key encipherment'];
