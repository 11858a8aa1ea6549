/**
 * The ACME DNS-01 provider keys that v1alpha2/v1alpha3 spell in lower case
 * (`clouddns`/`azuredns`/`acmedns` ↔ v1 `cloudDNS`/`azureDNS`/`acmeDNS`, conversion.md §2.6),
 * shared by the issuer and Challenge spokes.
 */
import { eachObject, pattern, renameKey } from './walk.js';

/** `[v1 key, v1alpha2/v1alpha3 key]`. */
export const DNS_PROVIDER_KEYS = [
  ['cloudDNS', 'clouddns'],
  ['azureDNS', 'azuredns'],
  ['acmeDNS', 'acmedns'],
] as const;

/** Renames the provider keys of every `dns01` block found at `dns01Path` to the v1 spelling. */
export function dnsKeysToHub(root: unknown, dns01Path: string): void {
  eachObject(root, pattern(dns01Path), (dns01) => {
    for (const [hub, old] of DNS_PROVIDER_KEYS) {
      delete dns01[hub]; // unknown to the old Go types
      renameKey(dns01, old, hub);
    }
  });
}

/** Renames the provider keys of every `dns01` block found at `dns01Path` to the old spelling. */
export function dnsKeysFromHub(root: unknown, dns01Path: string): void {
  eachObject(root, pattern(dns01Path), (dns01) => {
    for (const [hub, old] of DNS_PROVIDER_KEYS) {
      delete dns01[old]; // unknown to the v1 Go types
      renameKey(dns01, hub, old);
    }
  });
}

/**
 * Whether no `dns01` block at `dns01Path` has a provider key in the spelling `side` (0: v1,
 * 1: old): renaming to the other spelling deletes such keys first, so only then does renaming
 * back give the blocks back.
 */
export function noDnsKeysIn(root: unknown, dns01Path: string, side: 0 | 1): boolean {
  let none = true;
  eachObject(root, pattern(dns01Path), (dns01) => {
    for (const keys of DNS_PROVIDER_KEYS) if (Object.hasOwn(dns01, keys[side])) none = false;
  });
  return none;
}

/** Error-path renames for the provider keys under `dns01Path`. */
export function dnsKeyRenames(dns01Path: string): [string, string][] {
  return DNS_PROVIDER_KEYS.map(([hub, old]) => [`${dns01Path}.${hub}`, `${dns01Path}.${old}`]);
}
