/** Order rules (spec/validation.md §5): on UPDATE, values set once may not change. */
import { type FieldError, fe, withRule } from '../../field/field-error.js';
import { Path } from '../../field/path.js';
import { arr, field, isRecord, str } from '../../util/json.js';
import { goDeepEqual } from '../helpers/deep-equal.js';
import type { KindValidator } from '../types.js';

const IMMUTABLE = 'field is immutable once set';
const STATUS = Path.root('status');

/** Go's view of a `[]byte` field: set when it decodes to at least one byte. */
const bytesSet = (v: unknown): boolean => typeof v === 'string' && v.replace(/[\r\n=]/g, '').length > 0;

/** The error of a field that may not change, tagged with the rule that forbids it. */
const immutable = (rule: string, at: Path): FieldError => withRule(rule, fe.forbidden(at, IMMUTABLE));

/** A string field that was set (non-empty) and now differs: an error of `rule`. */
function changedString(rule: string, o: unknown, n: unknown, key: string, at: Path, errors: FieldError[]): void {
  const before = str(o, key);
  if (before !== '' && before !== str(n, key)) errors.push(immutable(rule, at.child(key)));
}

const itemsOf = (v: unknown, key: string): unknown[] => arr(v, key) ?? [];

function challengeRules(o: unknown, n: unknown, at: Path, errors: FieldError[]): void {
  changedString('ORDER-CHALLENGE-URL-IMMUTABLE', o, n, 'url', at, errors);
  changedString('ORDER-CHALLENGE-TYPE-IMMUTABLE', o, n, 'type', at, errors);
  changedString('ORDER-CHALLENGE-TOKEN-IMMUTABLE', o, n, 'token', at, errors);
}

function authorizationRules(o: unknown, n: unknown, at: Path, errors: FieldError[]): void {
  changedString('ORDER-AUTHZ-URL-IMMUTABLE', o, n, 'url', at, errors);
  changedString('ORDER-AUTHZ-IDENTIFIER-IMMUTABLE', o, n, 'identifier', at, errors);
  // ORDER-AUTHZ-WILDCARD-IMMUTABLE
  const wildcard = field(o, 'wildcard');
  if (typeof wildcard === 'boolean' && field(n, 'wildcard') !== wildcard)
    errors.push(immutable('ORDER-AUTHZ-WILDCARD-IMMUTABLE', at.child('wildcard')));
  changedString('ORDER-AUTHZ-INITIALSTATE-IMMUTABLE', o, n, 'initialState', at, errors);
  // ORDER-AUTHZ-CHALLENGES-COUNT-IMMUTABLE
  const oldChallenges = itemsOf(o, 'challenges');
  const newChallenges = itemsOf(n, 'challenges');
  if (oldChallenges.length > 0 && oldChallenges.length !== newChallenges.length) {
    errors.push(immutable('ORDER-AUTHZ-CHALLENGES-COUNT-IMMUTABLE', at.child('challenges')));
  }
  // Upstream indexes past the end of a shorter new list (a crash); we compare the common prefix
  // (a deliberate deviation: docs/deviations.md).
  oldChallenges.forEach((c, j) => {
    if (j < newChallenges.length) challengeRules(c, newChallenges[j], at.child('challenges').index(j), errors);
  });
}

/**
 * Validates a v1 Order. CREATE has no rules; UPDATE forbids changing request, url,
 * finalizeURL, certificate and the authorizations once they are set. No old object: no errors.
 */
export const validateOrder: KindValidator = (object, ctx) => {
  const old = ctx.oldObject;
  if (ctx.operation !== 'UPDATE' || old === undefined) return { errors: [], warnings: [] };
  const errors: FieldError[] = [];
  // ORDER-SPEC-REQUEST-IMMUTABLE
  const request = field(old, 'spec', 'request');
  if (bytesSet(request) && !goDeepEqual(request, field(object, 'spec', 'request'), 'bytes')) {
    errors.push(immutable('ORDER-SPEC-REQUEST-IMMUTABLE', Path.root('spec').child('request')));
  }
  const oldStatus = field(old, 'status');
  const newStatus = field(object, 'status');
  changedString('ORDER-STATUS-URL-IMMUTABLE', oldStatus, newStatus, 'url', STATUS, errors);
  changedString('ORDER-STATUS-FINALIZEURL-IMMUTABLE', oldStatus, newStatus, 'finalizeURL', STATUS, errors);
  // ORDER-STATUS-CERTIFICATE-IMMUTABLE
  const certificate = field(oldStatus, 'certificate');
  if (bytesSet(certificate) && !goDeepEqual(certificate, field(newStatus, 'certificate'), 'bytes')) {
    errors.push(immutable('ORDER-STATUS-CERTIFICATE-IMMUTABLE', STATUS.child('certificate')));
  }
  // ORDER-AUTHZ-COUNT-IMMUTABLE
  const oldAuthz = itemsOf(oldStatus, 'authorizations');
  const newAuthz = itemsOf(newStatus, 'authorizations');
  if (oldAuthz.length > 0 && oldAuthz.length !== newAuthz.length) {
    errors.push(immutable('ORDER-AUTHZ-COUNT-IMMUTABLE', STATUS.child('authorizations')));
  }
  oldAuthz.forEach((a, i) => {
    if (i < newAuthz.length) authorizationRules(isRecord(a) ? a : {}, newAuthz[i], STATUS.child('authorizations').index(i), errors);
  });
  return { errors, warnings: [] };
};
