/**
 * The JSON shape of an AdmissionReview request, checked the way Go's decoder checks it: a field
 * of the wrong JSON type makes the whole review undecodable (spec/admission.md §2.4 A), while
 * `null` always reads as absent and unknown fields are ignored.
 */
import { isRecord } from '../util/json.js';

type Check = (v: unknown) => boolean;

const string: Check = (v) => typeof v === 'string';
const boolean: Check = (v) => typeof v === 'boolean';
const anything: Check = () => true;
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

const fieldsOf = (spec: Readonly<Record<string, Check>>): Check => {
  // Entries taken once: the check runs on every request and must not allocate.
  const entries = Object.entries(spec);
  return (v) => {
    if (!isRecord(v)) return false;
    for (const [k, check] of entries) {
      const x = v[k];
      if (x !== undefined && x !== null && !check(x)) return false;
    }
    return true;
  };
};

const groupVersionKind = fieldsOf({ group: string, version: string, kind: string });
const groupVersionResource = fieldsOf({ group: string, version: string, resource: string });

/** The request fields and the JSON type each must have when present. */
const REQUEST: Readonly<Record<string, Check>> = {
  uid: string,
  kind: groupVersionKind,
  resource: groupVersionResource,
  subResource: string,
  requestKind: groupVersionKind,
  requestResource: groupVersionResource,
  requestSubResource: string,
  name: string,
  namespace: string,
  operation: string,
  userInfo: fieldsOf({ username: string, uid: string, groups: strings, extra: stringLists }),
  object: anything,
  oldObject: anything,
  dryRun: boolean,
  options: anything,
};

const REQUEST_ENTRIES = Object.entries(REQUEST);

const WANTED: Readonly<Record<string, string>> = {
  kind: 'an object {group, version, kind} of strings',
  resource: 'an object {group, version, resource} of strings',
  requestKind: 'an object {group, version, kind} of strings',
  requestResource: 'an object {group, version, resource} of strings',
  userInfo: 'an object {username, uid, groups, extra} (strings, a list of strings, a map of string lists)',
  dryRun: 'a boolean',
};

/**
 * The first field of `request` whose JSON type Go could not decode, described for a message,
 * or undefined when every field decodes.
 * @param request - the `request` of a review (an object)
 */
export function undecodableRequestField(request: Readonly<Record<string, unknown>>): string | undefined {
  for (const [name, check] of REQUEST_ENTRIES) {
    const v = request[name];
    if (v !== undefined && v !== null && !check(v)) return `request.${name} must be ${WANTED[name] ?? 'a string'}`;
  }
  return undefined;
}
