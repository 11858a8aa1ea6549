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

/** Error-path renames for the provider keys under `dns01Path`. */
export function dnsKeyRenames(dns01Path: string): [string, string][] {
  return DNS_PROVIDER_KEYS.map(([hub, old]) => [`${dns01Path}.${hub}`, `${dns01Path}.${old}`]);
}
