/**
 * CR-REQUEST-LEGACY: how cert-manager v1.12 checked a CertificateRequest's `spec.request` and
 * `spec.usages` (v1.13 replaced it by the CSR procedure of spec/validation.md §3.1):
 *
 * - the request must be PEM (at most 6500 bytes) holding a CSR that parses; its signature and
 *   basicConstraints are not checked, unknown usages are left to the CRD's enum;
 * - the usages are compared only when `spec.usages` is set, the CSR has extensions, and the
 *   usages are not exactly `[digital signature, key encipherment]`; `cert sign` is added to the
 *   usages when isCA is true; the CSR's usages (key usages then extended key usages) must then
 *   equal the spec's or the defaults as multisets, `signing` and `digital signature` counting as
 *   one; a CSR without usages passes;
 * - when an issuerRef error came first, v1.12 skipped the usage comparison (its error list was
 *   passed into the decoder and came back non-empty).
 */
import { type FieldError, fe, withRule } from '../../field/field-error.js';
import type { Path } from '../../field/path.js';
import { arr, field } from '../../util/json.js';
import { decodePem } from '../../go/pem/pem.js';
import { EXT_OID, decodeExtKeyUsage, decodeKeyUsage } from '../../go/x509/extensions.js';
import { parseCsr } from '../../go/x509/csr.js';
import { DEFAULT_USAGES, ekuNameOfOid } from '../helpers/usages.js';
import { keyUsageNames } from './expected-usages.js';
import { appendAll } from '../../util/append.js';

/** v1.12's size limit of spec.request. */
const MAX_PEM_SIZE = 6500;
const RULE = 'CR-REQUEST-LEGACY';
const text = new TextDecoder();

/**
 * The usage names as v1.12 compared them: `signing` and `digital signature` become one
 * `digital signature` (later ones dropped), `s/mime` reads as `email protection` (v1.12 printed a
 * CSR's email protection as either name, at random), other duplicates stay.
 */
function normalised(usages: readonly string[]): string[] {
  const out: string[] = [];
  let signing = false;
  for (const u of usages) {
    if (u === 'signing' || u === 'digital signature') {
      if (!signing) out.push('digital signature');
      signing = true;
    } else out.push(u === 's/mime' ? 'email protection' : u);
  }
  return out.sort();
}

const sameUsages = (a: readonly string[], b: readonly string[]): boolean => {
  const x = normalised(a);
  const y = normalised(b);
  return x.length === y.length && x.every((u, i) => u === y[i]);
};

/**
 * Checks a non-empty `spec.request` and `spec.usages` as v1.12 did.
 * @param spec - the v1 `spec`
 * @param request - the decoded, non-empty `spec.request`
 * @param path - the path of `spec.request`
 * @param priorErrors - how many errors came before (issuerRef)
 */
export function validateRequestV112(spec: unknown, request: Uint8Array, path: Path, priorErrors: number): FieldError[] {
  const value = text.decode(request);
  const invalid = (detail: string) => [withRule(RULE, fe.invalid(path, value, detail))];
  // CR-REQUEST-LEGACY: decoding
  const block = request.length > MAX_PEM_SIZE ? undefined : decodePem(request);
  if (block === undefined) {
    return invalid(`failed to decode csr: no PEM block of at most ${MAX_PEM_SIZE} bytes holding a certificate request was found`);
  }
  const csr = parseCsr(block.bytes);
  if (typeof csr === 'string') return invalid(`failed to decode csr: ${csr}`);
  // CR-REQUEST-LEGACY: usages, compared only in the case described above
  const usages = (arr(spec, 'usages') ?? []).filter((u): u is string => typeof u === 'string');
  const isDefault = usages.length === DEFAULT_USAGES.length && usages.every((u, i) => u === DEFAULT_USAGES[i]);
  if (usages.length === 0 || csr.extensions.length === 0 || isDefault || priorErrors > 0) return [];
  const want = field(spec, 'isCA') === true && !usages.includes('cert sign') ? [...usages, 'cert sign'] : usages;
  const errors: FieldError[] = [];
  let keyUsage = 0;
  let extKeyUsage: string[] = [];
  for (const ext of csr.extensions) {
    if (ext.oid === EXT_OID.extKeyUsage) {
      const oids = decodeExtKeyUsage(ext.value, true);
      if (typeof oids === 'string') appendAll(errors, invalid(`failed to decode csr extended usages: ${oids}`));
      else extKeyUsage = oids.map(ekuNameOfOid).filter((n): n is string => n !== undefined);
    }
    if (ext.oid === EXT_OID.keyUsage) {
      const ku = decodeKeyUsage(ext.value, true);
      if (typeof ku === 'string') appendAll(errors, invalid(`failed to decode csr usages: ${ku}`));
      else keyUsage = ku;
    }
  }
  if (errors.length > 0) return errors;
  const fromCsr = [...keyUsageNames(keyUsage), ...extKeyUsage];
  if (fromCsr.length === 0 || sameUsages(fromCsr, want) || sameUsages(fromCsr, DEFAULT_USAGES)) return [];
  return invalid(
    `the CSR's key usages [${fromCsr.join(', ')}] match neither spec.usages [${want.join(', ')}] nor the defaults [${DEFAULT_USAGES.join(', ')}]`,
  );
}
