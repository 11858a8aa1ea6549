/**
 * The identity comparisons of the CertificateRequest identity plugin (spec/admission.md §1.6):
 * the recorded requester against `request.userInfo` on CREATE, old against new on UPDATE.
 */
import { type FieldError, fe } from '../field/field-error.js';
import { field, isRecord, jsonEqual, str, strs } from '../util/json.js';
import type { AdmissionUser } from './types.js';

/** Equal as multisets (order ignored). */
function sameMultiset(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  const x = [...a].sort();
  const y = [...b].sort();
  return x.every((v, i) => v === y[i]);
}

/** `spec.extra` as a map, or undefined when absent/null. */
function extraOf(object: unknown): Record<string, unknown> | undefined {
  const v = field(object, 'spec', 'extra');
  return isRecord(v) ? v : undefined;
}

/** Same keys as the requester's extra, each value list equal as a multiset. */
function extraMatches(extra: Record<string, unknown> | undefined, user: AdmissionUser['extra']): boolean {
  const mine = Object.keys(extra ?? {});
  const theirs = user ?? {};
  if (mine.length !== Object.keys(theirs).length) return false;
  return mine.every((k) => Object.hasOwn(theirs, k) && sameMultiset(strs(extra, k), theirs[k] ?? []));
}

/**
 * §1.6 validation, CREATE: the identity recorded in the CertificateRequest must be the requester's.
 * @param object - the decoded CertificateRequest
 * @param user - `request.userInfo`
 */
export function identityMatchesRequester(object: unknown, user: AdmissionUser): FieldError[] {
  const errors: FieldError[] = [];
  const detail = (what: string) => `${what} identity must be that of the requester`;
  if (str(object, 'spec', 'uid') !== (user.uid ?? '')) errors.push(fe.forbidden('spec.uid', detail('uid')));
  if (str(object, 'spec', 'username') !== user.username) errors.push(fe.forbidden('spec.username', detail('username')));
  if (!sameMultiset(strs(object, 'spec', 'groups'), user.groups ?? [])) errors.push(fe.forbidden('spec.groups', detail('groups')));
  if (!extraMatches(extraOf(object), user.extra)) errors.push(fe.forbidden('spec.extra', detail('extra')));
  return errors;
}

/**
 * §1.6 validation, UPDATE: the recorded identity cannot change (extra: deep-equal, absent ≠ `{}`).
 * @param oldObject - the stored CertificateRequest
 * @param object - the new CertificateRequest
 */
export function identityUnchanged(oldObject: unknown, object: unknown): FieldError[] {
  const errors: FieldError[] = [];
  const detail = (what: string) => `${what} identity cannot be changed once set`;
  if (str(oldObject, 'spec', 'uid') !== str(object, 'spec', 'uid')) errors.push(fe.forbidden('spec.uid', detail('uid')));
  if (str(oldObject, 'spec', 'username') !== str(object, 'spec', 'username'))
    errors.push(fe.forbidden('spec.username', detail('username')));
  if (!sameMultiset(strs(oldObject, 'spec', 'groups'), strs(object, 'spec', 'groups'))) {
    errors.push(fe.forbidden('spec.groups', detail('groups')));
  }
  if (!jsonEqual(extraOf(oldObject), extraOf(object))) errors.push(fe.forbidden('spec.extra', detail('extra')));
  return errors;
}
