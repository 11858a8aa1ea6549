/**
 * The key usages a CertificateRequest's spec asks for, and the comparison with those encoded
 * in its CSR (spec/validation.md §3.1, "Expected usages" and the mismatch steps).
 */
import type { CsrFailure } from './csr-procedure.js';
import { DEFAULT_USAGES, EXT_KEY_USAGE_BY_NAME, KEY_USAGE_BITS, KEY_USAGE_BY_NAME } from '../helpers/usages.js';

/** Key-usage bits and the ordered extended key usages (printed names). */
export interface Usages {
  readonly keyUsage: number;
  readonly extKeyUsage: readonly string[];
}

const CERT_SIGN_BIT = 5;

/** What `spec.isCA` and `spec.usages` (all known names) ask for. */
export function expectedUsages(isCA: boolean, usages: readonly string[]): Usages {
  let keyUsage = isCA ? 1 << CERT_SIGN_BIT : 0;
  const extKeyUsage: string[] = [];
  for (const u of usages.length === 0 ? DEFAULT_USAGES : usages) {
    // Own keys only: a usage named `constructor` must not find Object.prototype's member.
    const bit = Object.hasOwn(KEY_USAGE_BY_NAME, u) ? KEY_USAGE_BY_NAME[u] : undefined;
    if (bit !== undefined) keyUsage |= 1 << bit;
    const eku = Object.hasOwn(EXT_KEY_USAGE_BY_NAME, u) ? EXT_KEY_USAGE_BY_NAME[u] : undefined;
    if (eku !== undefined) extKeyUsage.push(eku.name);
  }
  return { keyUsage, extKeyUsage };
}

/** cert-manager's list format: `[]`, or `[ 'a', 'b' ]`. */
export function printUsages(names: readonly string[]): string {
  return names.length === 0 ? '[]' : `[${names.map((n) => ` '${n}'`).join(',')} ]`;
}

/** The names of the set bits, in bit order. */
export function keyUsageNames(bits: number): string[] {
  return KEY_USAGE_BITS.filter((_, i) => (bits >> i) & 1);
}

/** CR-REQUEST-KEYUSAGE-MISMATCH / CR-REQUEST-EXTKEYUSAGE-MISMATCH: the failing step, or undefined. */
export function usageMismatch(csr: Usages, want: Usages): CsrFailure | undefined {
  // CR-REQUEST-KEYUSAGE-MISMATCH
  if (csr.keyUsage !== want.keyUsage) {
    return {
      rule: 'CR-REQUEST-KEYUSAGE-MISMATCH',
      detail: `encoded CSR error: the KeyUsages ${printUsages(keyUsageNames(csr.keyUsage))} do not match the expected KeyUsages ${printUsages(keyUsageNames(want.keyUsage))}`,
    };
  }
  // CR-REQUEST-EXTKEYUSAGE-MISMATCH
  const same = csr.extKeyUsage.length === want.extKeyUsage.length && csr.extKeyUsage.every((u, i) => u === want.extKeyUsage[i]);
  if (!same) {
    return {
      rule: 'CR-REQUEST-EXTKEYUSAGE-MISMATCH',
      detail: `encoded CSR error: the ExtKeyUsages ${printUsages(csr.extKeyUsage)} do not match the expected ExtKeyUsages ${printUsages(want.extKeyUsage)}`,
    };
  }
  return undefined;
}
