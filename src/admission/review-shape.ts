/**
 * The JSON shape of an AdmissionReview request, checked the way Go's decoder checks it: a field
 * of the wrong JSON type makes the whole review undecodable (spec/admission.md §2.4 A), while
 * `null` always reads as absent and unknown fields are ignored.
 */
import { isRecord } from '../util/json.js';

type Check = (v: unknown) => boolean;

// Each check reads its fields by name (not through a table of keys): this runs on every request,
// and named reads of the parsed JSON are what the engine makes fast.

/** Absent and `null` read as absent; anything else must pass `check`. */
const fits = (v: unknown, check: Check): boolean => v === undefined || v === null || check(v);

const string: Check = (v) => typeof v === 'string';
const boolean: Check = (v) => typeof v === 'boolean';
const nullOrString = (x: unknown): boolean => x === null || typeof x === 'string';
const strings: Check = (v) => Array.isArray(v) && v.every(nullOrString);
const stringLists: Check = (v) => {
  if (!isRecord(v)) return false;
  for (const k in v) {
    const x = Object.hasOwn(v, k) ? v[k] : undefined;
    if (x !== null && x !== undefined && !strings(x)) return false;
  }
  return true;
};

const groupVersionKind: Check = (v) => isRecord(v) && fits(v.group, string) && fits(v.version, string) && fits(v.kind, string);
const groupVersionResource: Check = (v) => isRecord(v) && fits(v.group, string) && fits(v.version, string) && fits(v.resource, string);
const userInfo: Check = (v) =>
  isRecord(v) && fits(v.username, string) && fits(v.uid, string) && fits(v.groups, strings) && fits(v.extra, stringLists);

const GVK = 'an object {group, version, kind} of strings';
const GVR = 'an object {group, version, resource} of strings';
const STRING = 'a string';

/**
 * The first field of `request` whose JSON type Go could not decode, described for a message,
 * or undefined when every field decodes. `object`, `oldObject` and `options` take any JSON.
 * @param request - the `request` of a review (an object)
 */
export function undecodableRequestField(request: Readonly<Record<string, unknown>>): string | undefined {
  const bad = firstUndecodable(request);
  return bad === undefined ? undefined : `request.${bad[0]} must be ${bad[1]}`;
}

/** The field and what it must be, in the order of the request's fields. */
function firstUndecodable(r: Readonly<Record<string, unknown>>): readonly [string, string] | undefined {
  if (!fits(r.uid, string)) return ['uid', STRING];
  if (!fits(r.kind, groupVersionKind)) return ['kind', GVK];
  if (!fits(r.resource, groupVersionResource)) return ['resource', GVR];
  if (!fits(r.subResource, string)) return ['subResource', STRING];
  if (!fits(r.requestKind, groupVersionKind)) return ['requestKind', GVK];
  if (!fits(r.requestResource, groupVersionResource)) return ['requestResource', GVR];
  if (!fits(r.requestSubResource, string)) return ['requestSubResource', STRING];
  if (!fits(r.name, string)) return ['name', STRING];
  if (!fits(r.namespace, string)) return ['namespace', STRING];
  if (!fits(r.operation, string)) return ['operation', STRING];
  if (!fits(r.userInfo, userInfo)) {
    return ['userInfo', 'an object {username, uid, groups, extra} (strings, a list of strings, a map of string lists)'];
  }
  if (!fits(r.dryRun, boolean)) return ['dryRun', 'a boolean'];
  return undefined;
}
