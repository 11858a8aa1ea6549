import { type FieldError, fe, withRule } from '../../field/field-error.js';
import type { Path } from '../../field/path.js';
import { HOUR, MINUTE } from '../../go/time/duration.js';
import { field, type JsonObject } from '../../util/json.js';
import { durationString, readDuration } from '../helpers/duration-string.js';
import type { CertManagerRelease } from '../../release/release.js';
import { hasRule } from '../release-rules.js';
import { undecodableDuration } from './decode.js';

/** The default certificate duration (90 days). */
export const DEFAULT_CERTIFICATE_DURATION = 2160n * HOUR;
const MINIMUM_DURATION = HOUR;
const MINIMUM_RENEW_BEFORE = 5n * MINUTE;
const MIN_INT64 = -(1n << 63n);
const TWO_63 = 2 ** 63;

/**
 * The renew-before a percentage gives: `duration × (100 − percentage) / 100`, computed as
 * upstream does (int32 subtraction, then float64, truncated to int64; out-of-range results
 * become the minimum int64 as on amd64).
 */
export function renewBeforeFromPercentage(duration: bigint, percentage: number): bigint {
  const factor = (100 - percentage) | 0; // int32 arithmetic
  const x = Math.trunc((Number(duration) * factor) / 100);
  return x >= TWO_63 || x < -TWO_63 ? MIN_INT64 : BigInt(x);
}

/**
 * The same before v1.21 (CERT-RENEWBEFOREPERCENTAGE-MIN#float): `duration × (100 − percentage)`
 * in int64 arithmetic that wraps around, then divided by 100 (truncating).
 */
export function renewBeforeFromPercentageInt64(duration: bigint, percentage: number): bigint {
  const factor = BigInt((100 - percentage) | 0); // int32 arithmetic
  return BigInt.asIntN(64, BigInt.asIntN(64, duration * factor) / 100n);
}

const isInt32 = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= -(2 ** 31) && v < 2 ** 31;

/**
 * CERT-DURATION-MIN, CERT-RENEWBEFORE-*, CERT-RENEWBEFOREPERCENTAGE-*: evaluated only when
 * `spec.duration` or `spec.renewBefore` is set (so a lone `renewBeforePercentage` is not checked).
 * Before v1.16 `renewBeforePercentage` does not exist and is ignored.
 */
export function validateDurations(spec: JsonObject, path: Path, release: CertManagerRelease = 'master'): FieldError[] {
  const durationRaw = field(spec, 'duration');
  const renewBeforeRaw = field(spec, 'renewBefore');
  if ((durationRaw ?? null) === null && (renewBeforeRaw ?? null) === null) return [];
  // Each value is decoded once; paths and printed durations are made only for an error.
  const d = readDuration(durationRaw);
  const rb = readDuration(renewBeforeRaw);
  // CERT-RENEWBEFORE-PERCENTAGE-EXCLUSIVE marks the release of the percentage field and its rules
  const pRaw = hasRule('CERT-RENEWBEFORE-PERCENTAGE-EXCLUSIVE', release) ? (field(spec, 'renewBeforePercentage') ?? null) : null;
  if (d === 'undecodable' || rb === 'undecodable' || (pRaw !== null && !isInt32(pRaw))) {
    // Decoding checks (the webhook could not decode these values), not spec rules: no rule ID.
    const decodeErrors: FieldError[] = [];
    if (d === 'undecodable') decodeErrors.push(undecodableDuration(path.child('duration'), durationRaw));
    if (rb === 'undecodable') decodeErrors.push(undecodableDuration(path.child('renewBefore'), renewBeforeRaw));
    if (pRaw !== null && !isInt32(pRaw)) {
      decodeErrors.push(fe.invalid(path.child('renewBeforePercentage'), pRaw, 'must be a whole number (32-bit integer)'));
    }
    return decodeErrors;
  }

  const out: FieldError[] = [];
  const duration = d === 'absent' ? DEFAULT_CERTIFICATE_DURATION : d;
  // CERT-DURATION-MIN
  if (duration < MINIMUM_DURATION) {
    const D = durationString(duration);
    out.push(
      withRule(
        'CERT-DURATION-MIN',
        fe.invalid(path.child('duration'), D, `certificate duration must be at least ${durationString(MINIMUM_DURATION)}; it is ${D}`),
      ),
    );
  }
  const percentage = isInt32(pRaw) ? pRaw : undefined;
  // CERT-RENEWBEFORE-PERCENTAGE-EXCLUSIVE
  if (rb !== 'absent' && percentage !== undefined) {
    const detail = 'renewBefore and renewBeforePercentage are mutually exclusive: set at most one of them';
    out.push(withRule('CERT-RENEWBEFORE-PERCENTAGE-EXCLUSIVE', fe.invalid(path.child('renewBefore'), durationString(rb), detail)));
    out.push(withRule('CERT-RENEWBEFORE-PERCENTAGE-EXCLUSIVE', fe.invalid(path.child('renewBeforePercentage'), percentage, detail)));
  }
  if (rb !== 'absent') {
    // CERT-RENEWBEFORE-MIN
    if (rb < MINIMUM_RENEW_BEFORE) {
      const RB = durationString(rb);
      out.push(
        withRule(
          'CERT-RENEWBEFORE-MIN',
          fe.invalid(
            path.child('renewBefore'),
            RB,
            `certificate renewBefore must be at least ${durationString(MINIMUM_RENEW_BEFORE)}; it is ${RB}`,
          ),
        ),
      );
    }
    // CERT-RENEWBEFORE-LT-DURATION
    if (duration <= rb) {
      const RB = durationString(rb);
      const D = durationString(duration);
      out.push(
        withRule(
          'CERT-RENEWBEFORE-LT-DURATION',
          fe.invalid(path.child('renewBefore'), RB, `certificate renewBefore ${RB} must be less than the certificate duration ${D}`),
        ),
      );
    }
  }
  if (percentage !== undefined) {
    const derived = hasRule('CERT-RENEWBEFOREPERCENTAGE-MIN#float', release)
      ? renewBeforeFromPercentage(duration, percentage)
      : renewBeforeFromPercentageInt64(duration, percentage);
    // CERT-RENEWBEFOREPERCENTAGE-MIN
    if (derived < MINIMUM_RENEW_BEFORE) {
      const D = durationString(duration);
      out.push(
        withRule(
          'CERT-RENEWBEFOREPERCENTAGE-MIN',
          fe.invalid(
            path.child('renewBeforePercentage'),
            percentage,
            `certificate renewBeforePercentage must give a renewBefore of at least ${durationString(MINIMUM_RENEW_BEFORE)}; with duration ${D} it gives ${durationString(derived)}`,
          ),
        ),
      );
    }
    // CERT-RENEWBEFOREPERCENTAGE-LT-DURATION
    if (duration <= derived) {
      const D = durationString(duration);
      out.push(
        withRule(
          'CERT-RENEWBEFOREPERCENTAGE-LT-DURATION',
          fe.invalid(
            path.child('renewBeforePercentage'),
            percentage,
            `certificate renewBeforePercentage must give a renewBefore less than the duration ${D}; it gives ${durationString(derived)}`,
          ),
        ),
      );
    }
  }
  return out;
}
