/** CertificateRequest request and usages rules (spec/validation.md §3.1, CREATE only). */
import { type FieldError, fe, withRule } from '../../field/field-error.js';
import type { Path } from '../../field/path.js';
import { arr, field } from '../../util/json.js';
import { decodeStdBase64 } from '../../go/pem/pem.js';
import { EXT_KEY_USAGE_BY_NAME, isKnownUsage, KEY_USAGE_BY_NAME } from '../helpers/usages.js';
import { checkCsr } from './csr-procedure.js';

const MAX_SHOWN = 100;
const USAGE_NAMES = [...Object.keys(KEY_USAGE_BY_NAME), ...Object.keys(EXT_KEY_USAGE_BY_NAME)];
const text = new TextDecoder();

/** The request as the Invalid value shows it: at most 100 bytes (97 + `...`). */
function shown(request: Uint8Array): string {
  return request.length > MAX_SHOWN ? `${text.decode(request.subarray(0, MAX_SHOWN - 3))}...` : text.decode(request);
}

/** Checks `spec.request` and `spec.usages`, including the CSR against isCA and the usages. */
export function validateRequest(spec: unknown, at: Path): FieldError[] {
  const path = at.child('request');
  const raw = field(spec, 'request');
  const request = raw === undefined || raw === null ? new Uint8Array() : typeof raw === 'string' ? decodeStdBase64(raw) : undefined;
  // Not base64: a decoding failure before any rule runs, so no rule ID.
  if (request === undefined) return [fe.invalid(path, raw, 'must be base64-encoded PEM data (standard alphabet, with padding)')];
  // CR-REQUEST-REQUIRED
  if (request.length === 0) return [withRule('CR-REQUEST-REQUIRED', fe.required(path, 'must be specified'))];
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
  const failure = checkCsr(request, { isCA, usages: usageList as string[] });
  return failure === undefined ? [] : [withRule(failure.rule, fe.invalid(path, shown(request), failure.detail))];
}
