/**
 * `convert(object, toApiVersion)`: the public entry point. Identifies the object, checks the
 * target, and converts single objects, `<Kind>List`s and core `v1 List`s item by item.
 */
import { type FieldError, fe, supportedValues } from '../field/field-error.js';
import { Path } from '../field/path.js';
import { identify } from '../scheme/identify.js';
import { type Group, KINDS, type Version, VERSIONS, isVersion } from '../scheme/kinds.js';
import { exceedsDepth, tooDeepError } from '../util/depth.js';
import { describeThrown } from '../util/describe.js';
import { cloneJson, isRecord, type JsonObject } from '../util/json.js';
import { convertOne } from './convert-one.js';
import type { ConversionResult } from './types.js';

const GROUPS = [...new Set(KINDS.map((k) => k.group))];

/**
 * Converts a cert-manager object, `<Kind>List` or core `v1 List` to another API version of its
 * group, as upstream's conversion webhook would, and losslessly: whatever has no place in the
 * target version travels in a `conversion.cmapi.io/<version>` annotation and is restored (and
 * the annotation removed) when the object is converted back. Never throws, never mutates.
 * @param object - any value, typically a parsed manifest
 * @param toApiVersion - the target, such as `cert-manager.io/v1alpha2`
 * @returns the converted object, or errors naming what could not be converted
 * @example
 * ```ts
 * const { object } = convert(
 *   { apiVersion: 'cert-manager.io/v1alpha2', kind: 'Certificate', metadata: { name: 'web' },
 *     spec: { secretName: 'web-tls', issuerRef: { name: 'ca' }, keyAlgorithm: 'rsa', keySize: 2048 } },
 *   'cert-manager.io/v1',
 * );
 * // object.spec.privateKey: { algorithm: 'RSA', size: 2048 }
 * ```
 * @public
 */
export function convert(object: unknown, toApiVersion: string): ConversionResult {
  try {
    // LIMIT-DEPTH: conversion walks and copies recursively.
    if (exceedsDepth(object)) return { errors: [tooDeepError()] };
    return convertAny(object, toApiVersion, Path.root());
  } catch (err) {
    // A throw here is a bug; report it as data rather than crash the caller.
    return { errors: [fe.internal('', `cmapi failed to convert this object: ${describeThrown(err)}`)] };
  }
}

function convertAny(object: unknown, toApiVersion: unknown, at: Path): ConversionResult {
  const id = identify(object);
  if (!id.ok) return { errors: id.errors.map((e) => prefixed(e, at)) };
  const o = object as JsonObject;
  const identity = id.identity;
  if (identity.shape === 'core-list') return convertItems(o, toApiVersion, at, () => undefined);
  const target = parseTarget(toApiVersion, identity.group, at);
  if (!target.ok) return { errors: [target.error] };
  if (identity.shape === 'object')
    return { object: convertOne(o, identity.group, identity.kind, identity.version, target.version), errors: [] };
  return convertItems(o, toApiVersion, at, () => `${identity.group}/${target.version}`);
}

function convertItems(list: JsonObject, toApiVersion: unknown, at: Path, listApiVersion: () => string | undefined): ConversionResult {
  const out = cloneJson(list);
  const apiVersion = listApiVersion();
  if (apiVersion !== undefined) out.apiVersion = apiVersion;
  const items = list.items;
  if (items === undefined || items === null) return { object: out, errors: [] };
  if (!Array.isArray(items)) return { errors: [fe.typeInvalid(at.child('items'), items, 'items must be a list of objects')] };
  const errors: FieldError[] = [];
  out.items = items.map((item, i) => {
    // Items of a <Kind>List may leave out apiVersion and kind (the API server writes lists that way):
    // they convert as the list's kind and stay without them.
    const bare = apiVersion !== undefined && isRecord(item) && item.apiVersion === undefined && item.kind === undefined;
    const source = bare ? { apiVersion: list.apiVersion, kind: String(list.kind).replace(/List$/, ''), ...item } : item;
    const r = convertAny(source, toApiVersion, at.child('items').index(i));
    errors.push(...r.errors);
    if (bare && r.object) {
      const { apiVersion: _v, kind: _k, ...rest } = r.object;
      return rest;
    }
    return r.object;
  });
  return errors.length > 0 ? { errors } : { object: out, errors };
}

type Target = { ok: true; version: Version } | { ok: false; error: FieldError };

/** The target version, when `toApiVersion` names a version of the object's own group. */
function parseTarget(toApiVersion: unknown, group: Group, at: Path): Target {
  const field = at.child('apiVersion');
  const allowed = supportedValues(VERSIONS.map((v) => `${group}/${v}`));
  if (typeof toApiVersion !== 'string') {
    return { ok: false, error: fe.typeInvalid(field, toApiVersion, `the target apiVersion must be a string; ${allowed}`) };
  }
  const slash = toApiVersion.indexOf('/');
  const toGroup = slash < 0 ? '' : toApiVersion.slice(0, slash);
  const version = toApiVersion.slice(slash + 1);
  if (toGroup !== group) {
    const what = GROUPS.includes(toGroup as Group)
      ? `an object of group ${group} cannot be converted to another group`
      : 'unknown API group';
    return { ok: false, error: fe.notSupported(field, toApiVersion, `cannot convert to ${toApiVersion}: ${what}; ${allowed}`) };
  }
  if (!isVersion(version)) {
    return { ok: false, error: fe.notSupported(field, toApiVersion, `cannot convert to ${toApiVersion}: unknown version; ${allowed}`) };
  }
  return { ok: true, version };
}

function prefixed(e: FieldError, at: Path): FieldError {
  if (at.isEmpty()) return e;
  const base = at.toString();
  return { ...e, field: e.field === '' ? base : `${base}.${e.field}` };
}
