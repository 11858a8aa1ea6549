/** CertificateRequest request and usages rules (spec/validation.md §3.1, CREATE only). */
import { type FieldError, fe, withRule } from '../../field/field-error.js';
import type { Path } from '../../field/path.js';
import { arr, field } from '../../util/json.js';
import { decodeStdBase64 } from '../../go/pem/pem.js';
import { EXT_KEY_USAGE_BY_NAME, isKnownUsage, KEY_USAGE_BY_NAME } from '../helpers/usages.js';
import type { CertManagerRelease } from '../../release/release.js';
import { hasRule } from '../release-rules.js';
import type { RuleContext } from '../types.js';
import { type CsrExpectations, checkCsr, MAX_CERTIFICATE_PEM_SIZE } from './csr-procedure.js';
import { validateRequestV112 } from './request-v1-12.js';

const MAX_SHOWN = 100;
const USAGE_NAMES = [...Object.keys(KEY_USAGE_BY_NAME), ...Object.keys(EXT_KEY_USAGE_BY_NAME)];
const text = new TextDecoder();

/** The request as the Invalid value shows it: at most 100 bytes (97 + `...`). */
function shown(request: Uint8Array): string {
  return request.length > MAX_SHOWN ? `${text.decode(request.subarray(0, MAX_SHOWN - 3))}...` : text.decode(request);
}

/** The spec.request size limit of a release (CR-REQUEST-PEM-TOO-LARGE#…). */
function maxPemSize(release: CertManagerRelease): number {
  if (hasRule('CR-REQUEST-PEM-TOO-LARGE#36500', release)) return MAX_CERTIFICATE_PEM_SIZE;
  return hasRule('CR-REQUEST-PEM-TOO-LARGE#none', release) ? Number.POSITIVE_INFINITY : 6500;
}

/** How the CSR procedure runs in a release (see release-rules.ts). */
function csrOptions(ctx: Pick<RuleContext, 'release' | 'gates'>, usages: readonly string[]): Omit<CsrExpectations, 'isCA' | 'usages'> {
  const r = ctx.release;
  // CR-REQUEST-INSECURE-USAGES-GATE: v1.13 and v1.14 skip the usage comparison when the gate is
  // off and spec.usages is empty.
  const insecure = hasRule('CR-REQUEST-INSECURE-USAGES-GATE', r) && !ctx.gates.DisallowInsecureCSRUsageDefinition && usages.length === 0;
  return {
    maxPemSize: maxPemSize(r),
    decodeNameConstraints: hasRule('CR-REQUEST-CSR-EXTENSION#nameConstraints', r),
    strictNameConstraintTags: hasRule('CR-REQUEST-CSR-EXTENSION#strictTags', r),
    compareUsages: !insecure,
    // Releases built with Go 1.23 or older verify RSA keys of any size (CR-REQUEST-CSR-SIGNATURE#rsa1024min)
    minRsaBits: hasRule('CR-REQUEST-CSR-SIGNATURE#rsa1024min', r) ? 1024 : 0,
  };
}

/**
 * Checks `spec.request` and `spec.usages`, including the CSR against isCA and the usages.
 * @param spec - the v1 `spec`
 * @param at - the path of `spec`
 * @param ctx - release and gates
 * @param priorErrors - how many errors the spec rules found before (v1.12 depends on it)
 */
export function validateRequest(spec: unknown, at: Path, ctx: Pick<RuleContext, 'release' | 'gates'>, priorErrors = 0): FieldError[] {
  const path = at.child('request');
  const raw = field(spec, 'request');
  const request = raw === undefined || raw === null ? new Uint8Array() : typeof raw === 'string' ? decodeStdBase64(raw) : undefined;
  // Not base64: a decoding failure before any rule runs, so no rule ID.
  if (request === undefined) return [fe.invalid(path, raw, 'must be base64-encoded PEM data (standard alphabet, with padding)')];
  // CR-REQUEST-REQUIRED
  if (request.length === 0) return [withRule('CR-REQUEST-REQUIRED', fe.required(path, 'must be specified'))];
  // CR-REQUEST-LEGACY: v1.12 checked the request its own way
  if (hasRule('CR-REQUEST-LEGACY', ctx.release)) return validateRequestV112(spec, request, path, priorErrors);
  // CR-USAGES-UNKNOWN
  const usageList = arr(spec, 'usages') ?? [];
  const unknown = usageList.filter((u) => typeof u !== 'string' || !isKnownUsage(u));
  if (unknown.length > 0) {
    const names = unknown.map((u) => (typeof u === 'string' ? u : JSON.stringify(u))).join(' ');
    return [
      withRule(
        'CR-USAGES-UNKNOWN',
        fe.invalid(at.child('usages'), usageList, `unknown key usages: [${names}]; allowed: ${USAGE_NAMES.join(', ')}`),
      ),
    ];
  }
  // CR-REQUEST-INVALID: the error carries the sub-ID of the failing step (CR-REQUEST-PEM-MISSING, …)
  const isCA = field(spec, 'isCA') === true;
  const usages = usageList as string[];
  const failure = checkCsr(request, { isCA, usages, ...csrOptions(ctx, usages) });
  // The Invalid value is cut to 100 bytes from v1.18 (CR-REQUEST-INVALID#truncated)
  const value = hasRule('CR-REQUEST-INVALID#truncated', ctx.release) ? shown(request) : text.decode(request);
  return failure === undefined ? [] : [withRule(failure.rule, fe.invalid(path, value, failure.detail))];
}
