import { type FieldError, fe, supportedValues, withRule } from '../../field/field-error.js';
import type { Path } from '../../field/path.js';
import { arr, field, type JsonObject, obj, str } from '../../util/json.js';
import { cronProblem } from '../../go/cron/cron.js';
import { isTimeZone } from '../../go/time/zone.js';
import { durationAt } from './decode.js';

const POLICIES = ['Disabled', 'RenewBefore'];
const CRON_SHAPE = 'five fields: minute hour day-of-month month day-of-week (or a descriptor such as @daily)';

/** CERT-RENEWAL-*: the renewal policy and, unless renewal is disabled, each renewal window. */
export function validateRenewal(spec: JsonObject, path: Path): FieldError[] {
  const renewal = obj(spec, 'renewal');
  if (renewal === undefined) return [];
  const at = path.child('renewal');
  const out: FieldError[] = [];
  const policy = str(renewal, 'policy');
  const windows = arr(renewal, 'windows') ?? [];
  // CERT-RENEWAL-POLICY-UNSUPPORTED (also when empty); windows are still checked
  if (!POLICIES.includes(policy))
    out.push(withRule('CERT-RENEWAL-POLICY-UNSUPPORTED', fe.notSupported(at.child('policy'), policy, supportedValues(POLICIES))));
  if (policy === 'Disabled') {
    // CERT-RENEWAL-WINDOWS-FORBIDDEN
    if (windows.length > 0)
      out.push(
        withRule(
          'CERT-RENEWAL-WINDOWS-FORBIDDEN',
          fe.forbidden(at.child('windows'), 'windows cannot be set when renewal.policy is Disabled'),
        ),
      );
    return out;
  }
  windows.forEach((w, i) => {
    const wAt = at.child('windows').index(i);
    // CERT-RENEWAL-WINDOW-DURATION-REQUIRED (a zero duration passes)
    const d = durationAt(field(w, 'windowDuration'), wAt.child('windowDuration'));
    if (d.kind === 'absent')
      out.push(
        withRule(
          'CERT-RENEWAL-WINDOW-DURATION-REQUIRED',
          fe.required(wAt.child('windowDuration'), 'must be specified: the length of the renewal window, such as 2h (0s is accepted)'),
        ),
      );
    if (d.kind === 'error') out.push(d.error);
    // CERT-RENEWAL-WINDOW-TIMEZONE-INVALID
    const tz = str(w, 'timezone');
    if (tz !== '' && !isTimeZone(tz)) {
      out.push(
        withRule(
          'CERT-RENEWAL-WINDOW-TIMEZONE-INVALID',
          fe.invalid(wAt.child('timezone'), tz, 'must be an IANA time zone name such as UTC, Europe/Berlin or America/New_York'),
        ),
      );
    }
    // CERT-RENEWAL-WINDOW-CRON-INVALID (an invalid timezone makes the cron invalid too)
    const cron = str(w, 'cron');
    const problem = cronProblem(cron, tz);
    if (problem !== undefined)
      out.push(
        withRule(
          'CERT-RENEWAL-WINDOW-CRON-INVALID',
          fe.invalid(wAt.child('cron'), cron, `invalid cron syntax: ${problem}; cron needs ${CRON_SHAPE}`),
        ),
      );
  });
  return out;
}
