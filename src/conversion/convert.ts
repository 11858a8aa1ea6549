/**
 * `convert(object, toApiVersion)`: the public entry point. Identifies the object, checks the
 * target, and converts single objects, `<Kind>List`s and core `v1 List`s item by item. Nested
 * lists are walked with an explicit stack, each level copied once (linear in the input), up
 * to {@link MAX_LIST_DEPTH} levels.
 */
import { type FieldError, fe, supportedValues } from '../field/field-error.js';
import { Path } from '../field/path.js';
import { identify } from '../scheme/identify.js';
import { type Group, type Version, VERSIONS } from '../scheme/kinds.js';
import { isRecord, type JsonObject } from '../util/json.js';
import { copyJson } from './clone.js';
import { convertOne, type ConvertOneOptions } from './convert-one.js';
import { parseTargetSpelling } from './target.js';
import type { Converted } from './typed.js';
import { exceedsDepth, tooDeepError } from '../util/depth.js';
import { describeThrown } from '../util/describe.js';
import type { ConversionResult } from './types.js';
import { appendAll } from '../util/append.js';

/** How deep lists may nest below the outermost one (a core `v1 List` holding lists); deeper input is an error. */
export const MAX_LIST_DEPTH = 400;

/**
 * Converts a cert-manager object, `<Kind>List` or core `v1 List` to another API version of its
 * group, as upstream's conversion webhook would. When converting back would change the
 * object's meaning (a value the target version cannot hold, or one it alters), the result
 * carries a `conversion.cmapi.io/<version>` annotation that restores it on the way back (and
 * is then removed); a record that does not match its object is ignored with a warning
 * (docs/conversion.md). Never throws, never mutates.
 * @param object - any value, typically a parsed manifest
 * @param toApiVersion - the target: `cert-manager.io/v1alpha2`, or a bare version such as
 *   `v1alpha2` for the object's own group
 * @returns the converted object (typed as the input's kind in the target version when both are
 *   known at compile time), or errors naming what could not be converted
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
export function convert<T, const A extends string>(object: T, toApiVersion: A): ConversionResult<Converted<T, A>> {
  return convertWith(object, toApiVersion, { preserve: true }) as ConversionResult<Converted<T, A>>;
}

/** {@link convert} with options (internal: the CLI converts without records unless asked). */
export function convertWith(object: unknown, toApiVersion: unknown, options: ConvertOneOptions): ConversionResult {
  try {
    // LIMIT-DEPTH: conversion walks and copies recursively.
    if (exceedsDepth(object)) return { errors: [tooDeepError()], warnings: [] };
    return convertTree(object, toApiVersion, options);
  } catch (err) {
    // A throw here is a bug; report it as data rather than crash the caller.
    return { errors: [fe.internal('', `cmapi failed to convert this object: ${describeThrown(err)}`)], warnings: [] };
  }
}

/** A list being converted: its copy, and the items converted so far. */
interface Frame {
  readonly out: JsonObject;
  readonly items: readonly unknown[];
  readonly done: unknown[];
  /** For a `<Kind>List`: its source apiVersion and item kind, which bare items take. */
  readonly bare: { readonly apiVersion: unknown; readonly kind: string } | undefined;
  readonly at: string;
  readonly depth: number;
}

interface Walk {
  readonly to: unknown;
  readonly options: ConvertOneOptions;
  readonly errors: FieldError[];
  readonly warnings: string[];
  readonly stack: Frame[];
}

function convertTree(root: unknown, to: unknown, options: ConvertOneOptions): ConversionResult {
  const walk: Walk = { to, options, errors: [], warnings: [], stack: [] };
  let result = visit(walk, root, '', 0);
  while (walk.stack.length > 0) {
    const top = walk.stack[walk.stack.length - 1] as Frame;
    if (top.done.length === top.items.length) {
      walk.stack.pop();
      top.out.items = top.done;
      const parent = walk.stack[walk.stack.length - 1];
      if (parent === undefined) result = top.out;
      else parent.done.push(top.out);
      continue;
    }
    const i = top.done.length;
    const item = top.items[i];
    const at = `${top.at === '' ? '' : `${top.at}.`}items[${i}]`;
    // Items of a <Kind>List may leave out apiVersion and kind (the API server writes lists that way):
    // they convert as the list's kind and stay without them.
    const bare = top.bare !== undefined && isRecord(item) && item.apiVersion === undefined && item.kind === undefined;
    const source = bare ? { apiVersion: top.bare?.apiVersion, kind: top.bare?.kind, ...item } : item;
    const v = visit(walk, source, at, top.depth);
    if (v !== PENDING) top.done.push(bare && isRecord(v) ? withoutIdentity(v) : v);
  }
  if (walk.errors.length > 0) return { errors: walk.errors, warnings: walk.warnings };
  return { object: result as JsonObject, errors: [], warnings: walk.warnings };
}

/** Marks a list whose frame was pushed: its value arrives when the frame completes. */
const PENDING = Symbol('pending');

function withoutIdentity(o: JsonObject): JsonObject {
  const { apiVersion: _v, kind: _k, ...rest } = o;
  return rest;
}

/** Converts `value` found at `at` (an object now, a list by pushing a frame); errors go to `walk`. */
function visit(walk: Walk, value: unknown, at: string, depth: number): unknown {
  const id = identify(value);
  if (!id.ok) {
    appendAll(
      walk.errors,
      id.errors.map((e) => prefixed(e, at)),
    );
    return undefined;
  }
  const o = value as JsonObject;
  const identity = id.identity;
  let listApiVersion: string | undefined;
  if (identity.shape !== 'core-list') {
    const target = parseTarget(walk.to, identity.group, at);
    if (!target.ok) {
      walk.errors.push(target.error);
      return undefined;
    }
    if (identity.shape === 'object') {
      return convertOne(o, identity.group, identity.kind, identity.version, target.version, walk.options, walk.warnings);
    }
    listApiVersion = `${identity.group}/${target.version}`;
  }
  if (depth > MAX_LIST_DEPTH) {
    walk.errors.push(
      fe.invalid(
        Path.parse(at),
        '',
        `lists nest more than ${MAX_LIST_DEPTH} levels below the outermost one; cmapi converts up to ${MAX_LIST_DEPTH}`,
      ),
    );
    return undefined;
  }
  const items = o.items;
  const out = copyJson(withoutItems(o));
  if (listApiVersion !== undefined) out.apiVersion = listApiVersion;
  if (items === undefined || items === null) return out;
  if (!Array.isArray(items)) {
    walk.errors.push(fe.typeInvalid(Path.parse(at === '' ? 'items' : `${at}.items`), items, 'items must be a list of objects'));
    return undefined;
  }
  out.items = null; // keeps the key's place; filled in when the frame completes
  const bare = identity.shape === 'list' ? { apiVersion: o.apiVersion, kind: identity.kind } : undefined;
  walk.stack.push({ out, items, done: [], bare, at, depth: depth + 1 });
  return PENDING;
}

function withoutItems(o: JsonObject): JsonObject {
  const out: JsonObject = {};
  for (const k of Object.keys(o)) if (k !== 'items') out[k] = o[k];
  return out;
}

type Target = { ok: true; version: Version } | { ok: false; error: FieldError };

/** The target version, when `toApiVersion` is a spelling of a version of the object's own group. */
function parseTarget(toApiVersion: unknown, group: Group, at: string): Target {
  // The error's field and the list of allowed values are built only when there is an error.
  const field = () => Path.parse(at === '' ? 'apiVersion' : `${at}.apiVersion`);
  const allowed = () => supportedValues(VERSIONS.map((v) => `${group}/${v}`));
  if (typeof toApiVersion !== 'string') {
    return { ok: false, error: fe.typeInvalid(field(), toApiVersion, `the target apiVersion must be a string; ${allowed()}`) };
  }
  const parsed = parseTargetSpelling(toApiVersion);
  if (!parsed.ok)
    return {
      ok: false,
      error: fe.notSupported(field(), toApiVersion, `cannot convert to ${toApiVersion}: ${parsed.problem}; ${allowed()}`),
    };
  if (parsed.group !== undefined && parsed.group !== group) {
    const what = `an object of group ${group} cannot be converted to another group`;
    return { ok: false, error: fe.notSupported(field(), toApiVersion, `cannot convert to ${toApiVersion}: ${what}; ${allowed()}`) };
  }
  return { ok: true, version: parsed.version };
}

function prefixed(e: FieldError, at: string): FieldError {
  if (at === '') return e;
  return { ...e, field: e.field === '' ? at : `${at}.${e.field}` };
}
