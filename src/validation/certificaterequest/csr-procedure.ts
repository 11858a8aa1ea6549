/**
 * The CSR procedure of CR-REQUEST-INVALID (spec/validation.md §3.1): decode the PEM, parse the
 * CSR, verify its signature, decode the extensions cert-manager reads, and compare isCA and
 * the usages with the spec. Stops at the first failing step and returns its sub-ID and text.
 */
import { EXT_OID, checkNameConstraints, decodeBasicConstraints, decodeExtKeyUsage, decodeKeyUsage } from '../../go/x509/extensions.js';
import { checkSignature } from '../../go/x509/verify.js';
import { parseCsr } from '../../go/x509/csr.js';
import { decodePem } from '../../go/pem/pem.js';
import { ekuNameOfOid } from '../helpers/usages.js';
import { expectedUsages, usageMismatch } from './expected-usages.js';

/** The webhook's default maximum size of certificate PEM data (master; v1.15.5 used 6500). */
export const MAX_CERTIFICATE_PEM_SIZE = 36500;

const PEM_PREFIX = 'error decoding certificate request PEM block';

/** What the CSR is checked against. */
export interface CsrExpectations {
  readonly isCA: boolean;
  /** `spec.usages`, all known names (CR-USAGES-UNKNOWN ran first). */
  readonly usages: readonly string[];
  /** The PEM size limit (master's default when left out; Infinity for none). */
  readonly maxPemSize?: number;
  /** Decode the nameConstraints extension (default true; v1.13 did not). */
  readonly decodeNameConstraints?: boolean;
  /** Reject unknown nameConstraints GeneralName forms (default true; from v1.19). */
  readonly strictNameConstraintTags?: boolean;
  /** The smallest RSA key whose signature verifies (default 1024, Go ≥ 1.24). */
  readonly minRsaBits?: number;
  /** Compare the CSR's usages with the spec's (default true; see CR-REQUEST-INSECURE-USAGES-GATE). */
  readonly compareUsages?: boolean;
}

/** The failing step of the CSR procedure: its sub-ID (spec/validation.md §3.1) and its text. */
export interface CsrFailure {
  readonly rule: string;
  readonly detail: string;
}

const fail = (rule: string, detail: string): CsrFailure => ({ rule, detail });
const EXTENSION = 'CR-REQUEST-CSR-EXTENSION';

/**
 * Runs the CSR procedure on the decoded `spec.request` bytes.
 * @returns the sub-ID and detail of the first failing step, or undefined when the CSR passes
 */
export function checkCsr(request: Uint8Array, want: CsrExpectations): CsrFailure | undefined {
  const max = want.maxPemSize ?? MAX_CERTIFICATE_PEM_SIZE;
  // CR-REQUEST-PEM-TOO-LARGE
  if (request.length > max) return fail('CR-REQUEST-PEM-TOO-LARGE', `${PEM_PREFIX}: provided PEM data was larger than the maximum ${max}B`);
  // CR-REQUEST-PEM-MISSING
  const block = decodePem(request);
  if (block === undefined) return fail('CR-REQUEST-PEM-MISSING', `${PEM_PREFIX}: no PEM data was found in given input`);
  // CR-REQUEST-CSR-UNPARSABLE
  const csr = parseCsr(block.bytes);
  if (typeof csr === 'string') return fail('CR-REQUEST-CSR-UNPARSABLE', csr);
  // CR-REQUEST-CSR-SIGNATURE
  const badSig = checkSignature(csr.signatureAlgorithm, csr.tbs, csr.signature, csr.publicKey, want.minRsaBits);
  if (badSig !== undefined) return fail('CR-REQUEST-CSR-SIGNATURE', badSig);
  // CR-REQUEST-CSR-EXTENSION
  let isCA: boolean | undefined;
  let keyUsage = 0;
  let extKeyUsage: string[] = [];
  let hasUsageExtension = false;
  for (const ext of csr.extensions) {
    if (ext.oid === EXT_OID.keyUsage) {
      const ku = decodeKeyUsage(ext.value);
      if (typeof ku === 'string') return fail(EXTENSION, ku);
      keyUsage = ku;
      hasUsageExtension = true;
    } else if (ext.oid === EXT_OID.extKeyUsage) {
      const oids = decodeExtKeyUsage(ext.value);
      if (typeof oids === 'string') return fail(EXTENSION, oids);
      extKeyUsage = oids.map(ekuNameOfOid).filter((n): n is string => n !== undefined);
      hasUsageExtension = true;
    } else if (ext.oid === EXT_OID.basicConstraints) {
      const ca = decodeBasicConstraints(ext.value);
      if (typeof ca === 'string') return fail(EXTENSION, ca);
      isCA = ca;
    } else if (ext.oid === EXT_OID.nameConstraints && want.decodeNameConstraints !== false) {
      const bad = checkNameConstraints(ext.value, want.strictNameConstraintTags !== false);
      if (bad !== undefined) return fail(EXTENSION, bad);
    }
  }
  // CR-REQUEST-ISCA-MISMATCH
  if (isCA !== undefined && isCA !== want.isCA) {
    return fail('CR-REQUEST-ISCA-MISMATCH', `encoded CSR error: IsCA ${isCA} does not match expected value ${want.isCA}`);
  }
  // CR-REQUEST-KEYUSAGE-MISMATCH, CR-REQUEST-EXTKEYUSAGE-MISMATCH
  if (!hasUsageExtension || want.compareUsages === false) return undefined;
  return usageMismatch({ keyUsage, extKeyUsage }, expectedUsages(want.isCA, want.usages));
}
