/**
 * The straightforward defaulting that applyDefaults replaced: the defaulters run on an immer
 * draft of a copy, and immer's patches give the JSON Patch. Kept as the reference the
 * property tests compare the recording implementation (src/defaults/) with.
 */
import { type FieldError, fe } from '../../../src/field/field-error.js';
import { Path } from '../../../src/field/path.js';
import { V1_SCHEMA_DEFAULTS, EACH, type SchemaDefault } from '../../../src/defaults/schema-table.js';
import type { DefaultingResult, DefaultSet, DefaultsOptions } from '../../../src/defaults/types.js';
import { copyJson } from '../../../src/patch/copy.js';
import { type CertManagerRelease, DEFAULT_RELEASE, isAtLeast, parseRelease } from '../../../src/release/release.js';
import { type Identity, identify } from '../../../src/scheme/identify.js';
import type { Kind, Version } from '../../../src/scheme/kinds.js';
import { exceedsDepth, tooDeepError } from '../../../src/util/depth.js';
import { describeThrown } from '../../../src/util/describe.js';
import { isRecord, type JsonObject } from '../../../src/util/json.js';
import { produceJsonPatch } from './immer-patch.js';

type Defaulter = (draft: JsonObject, at: Path, errors: FieldError[], release: CertManagerRelease) => void;

const SETS: readonly DefaultSet[] = ['scheme', 'runtime', 'schema'];
const unset = (v: unknown) => v === undefined || v === null;
const INHERITED = new Set(Object.getOwnPropertyNames(Object.prototype));
const own = (parent: JsonObject, key: string): unknown => (INHERITED.has(key) && !Object.hasOwn(parent, key) ? undefined : parent[key]);

function objectAt(parent: JsonObject, key: string, at: Path, errors: FieldError[], create: boolean): JsonObject | undefined {
  const v = own(parent, key);
  if (isRecord(v)) return v;
  if (unset(v)) {
    if (!create) return undefined;
    parent[key] = {};
    return parent[key] as JsonObject;
  }
  errors.push(fe.typeInvalid(at, v, 'must be an object, so that its defaults can be filled in'));
  return undefined;
}

function arrayAt(parent: JsonObject, key: string, at: Path, errors: FieldError[]): unknown[] | undefined {
  const v = own(parent, key);
  if (Array.isArray(v)) return v;
  if (!unset(v)) errors.push(fe.typeInvalid(at, v, 'must be a list, so that the defaults of its items can be filled in'));
  return undefined;
}

function defaultEmptyString(parent: JsonObject, key: string, value: string, at: Path, errors: FieldError[]): void {
  const v = own(parent, key);
  if (unset(v) || v === '') parent[key] = value;
  else if (typeof v !== 'string')
    errors.push(fe.typeInvalid(at, v, `must be a string; when empty it defaults to ${JSON.stringify(value)}`));
}

const defaultIssuerRef: Defaulter = (draft, at, errors) => {
  const specAt = at.child('spec');
  const spec = objectAt(draft, 'spec', specAt, errors, true);
  if (spec === undefined) return;
  const refAt = specAt.child('issuerRef');
  const ref = objectAt(spec, 'issuerRef', refAt, errors, true);
  if (ref === undefined) return;
  defaultEmptyString(ref, 'kind', 'Issuer', refAt.child('kind'), errors);
  defaultEmptyString(ref, 'group', 'cert-manager.io', refAt.child('group'), errors);
};

const defaultRotationPolicy: Defaulter = (draft, at, errors, release) => {
  const specAt = at.child('spec');
  const spec = objectAt(draft, 'spec', specAt, errors, true);
  if (spec === undefined) return;
  const keyAt = specAt.child('privateKey');
  const privateKey = objectAt(spec, 'privateKey', keyAt, errors, true);
  if (privateKey === undefined) return;
  const policy = isAtLeast(release, 'v1.18') ? 'Always' : 'Never';
  defaultEmptyString(privateKey, 'rotationPolicy', policy, keyAt.child('rotationPolicy'), errors);
};

interface FieldNode {
  default?: { readonly value: unknown };
  object?: Trie;
  items?: Trie;
}
type Trie = Map<string, FieldNode>;

function buildTrie(defaults: readonly SchemaDefault[]): Trie {
  const root: Trie = new Map();
  for (const { path, value } of defaults) {
    let trie = root;
    for (let i = 0; i < path.length; i++) {
      const key = path[i] as string;
      const node = trie.get(key) ?? {};
      trie.set(key, node);
      if (i === path.length - 1) node.default = { value };
      else if (path[i + 1] === EACH) {
        node.items ??= new Map();
        trie = node.items;
        i++;
      } else {
        node.object ??= new Map();
        trie = node.object;
      }
    }
  }
  return root;
}

function walk(target: JsonObject, trie: Trie, at: Path, errors: FieldError[]): void {
  for (const [key, node] of trie) {
    const here = at.child(key);
    if (node.default && unset(own(target, key))) target[key] = copyJson(node.default.value);
    if (node.object) {
      const child = objectAt(target, key, here, errors, false);
      if (child) walk(child, node.object, here, errors);
    }
    if (node.items) {
      const items = arrayAt(target, key, here, errors) ?? [];
      items.forEach((item, i) => {
        if (isRecord(item)) walk(item, node.items as Trie, here.index(i), errors);
        else errors.push(fe.typeInvalid(here.index(i), item, 'must be an object, so that its defaults can be filled in'));
      });
    }
  }
}

function schemaDefaulter(defaults: readonly SchemaDefault[]): Defaulter {
  return (draft, at, errors, release) =>
    walk(draft, buildTrie(defaults.filter((d) => d.since === undefined || isAtLeast(release, d.since))), at, errors);
}

type KindDefaulters = Partial<Record<DefaultSet, readonly Defaulter[]>>;
const schemaSet = (kind: Kind): Defaulter[] => {
  const defaults = V1_SCHEMA_DEFAULTS[kind];
  return defaults ? [schemaDefaulter(defaults)] : [];
};
const v1: Record<Kind, KindDefaulters> = {
  Certificate: { scheme: [defaultIssuerRef], runtime: [defaultRotationPolicy], schema: schemaSet('Certificate') },
  CertificateRequest: { scheme: [defaultIssuerRef], schema: schemaSet('CertificateRequest') },
  Issuer: { schema: schemaSet('Issuer') },
  ClusterIssuer: { schema: schemaSet('ClusterIssuer') },
  Order: { scheme: [defaultIssuerRef], schema: schemaSet('Order') },
  Challenge: { scheme: [defaultIssuerRef], schema: schemaSet('Challenge') },
};
const old: Record<Kind, KindDefaulters> = {
  Certificate: { scheme: [defaultIssuerRef], runtime: [defaultRotationPolicy] },
  CertificateRequest: { scheme: [defaultIssuerRef] },
  Issuer: {},
  ClusterIssuer: {},
  Order: { scheme: [defaultIssuerRef] },
  Challenge: { scheme: [defaultIssuerRef] },
};
const DEFAULTERS: Record<Version, Record<Kind, KindDefaulters>> = { v1alpha2: old, v1alpha3: old, v1beta1: old, v1 };

/** applyDefaults as it was before the recording implementation. */
export function referenceApplyDefaults(object: unknown, options: DefaultsOptions = {}): DefaultingResult {
  let copy: unknown = object;
  try {
    if (exceedsDepth(object)) return unchanged(object, [tooDeepError()]);
    const release = parseRelease(isRecord(options) ? (options.certManagerVersion ?? DEFAULT_RELEASE) : DEFAULT_RELEASE);
    if (!release.ok) return unchanged(copyJson(object), [fe.notSupported('', options.certManagerVersion, release.message)]);
    const id = identify(object);
    if (!id.ok) return unchanged(copyJson(object), id.errors);
    copy = copyJson(object);
    const wanted: unknown = isRecord(options) ? options.defaults : undefined;
    const sets = Array.isArray(wanted) ? SETS.filter((s) => wanted.includes(s)) : SETS;
    const errors: FieldError[] = [];
    const { result, patch } = produceJsonPatch(copy as JsonObject, (draft) => {
      defaultAny(draft, id.identity, sets, release.release, Path.root(), errors);
      for (const [i, e] of errors.entries()) if ('badValue' in e) errors[i] = { ...e, badValue: copyJson(e.badValue) };
    });
    return errors.length > 0 ? unchanged(copy, distinct(errors)) : { object: result, patch, errors: [] };
  } catch (err) {
    return unchanged(copy, [fe.internal('', `cmapi failed to default this object: ${describeThrown(err)}`)]);
  }
}

function unchanged(object: unknown, errors: FieldError[]): DefaultingResult {
  return { object, patch: [], errors };
}

function distinct(errors: FieldError[]): FieldError[] {
  const seen = new Set<string>();
  return errors.filter((e) => {
    const key = `${e.type} ${e.field}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function defaultAny(
  draft: JsonObject,
  identity: Identity,
  sets: readonly DefaultSet[],
  release: CertManagerRelease,
  at: Path,
  errors: FieldError[],
): void {
  if (identity.shape === 'object') {
    const table = DEFAULTERS[identity.version][identity.kind];
    for (const set of sets) for (const defaulter of table[set] ?? []) defaulter(draft, at, errors, release);
    return;
  }
  const itemsAt = at.child('items');
  const items = arrayAt(draft, 'items', itemsAt, errors) ?? [];
  items.forEach((item, i) => {
    const itemAt = itemsAt.index(i);
    if (!isRecord(item)) {
      errors.push(fe.typeInvalid(itemAt, item, 'a list item must be an object'));
      return;
    }
    const id = itemIdentity(item, identity, itemAt, errors);
    if (id) defaultAny(item, id, sets, release, itemAt, errors);
  });
}

function itemIdentity(item: JsonObject, list: Identity, at: Path, errors: FieldError[]): Identity | undefined {
  const bare = item.apiVersion === undefined && item.kind === undefined;
  if (list.shape === 'list' && bare) return { shape: 'object', group: list.group, version: list.version, kind: list.kind };
  const id = identify(item);
  if (!id.ok) {
    for (const e of id.errors) errors.push({ ...e, field: e.field === '' ? at.toString() : `${at}.${e.field}` });
    return undefined;
  }
  if (list.shape === 'list' && (id.identity.shape !== 'object' || id.identity.kind !== list.kind || id.identity.group !== list.group)) {
    errors.push(fe.invalid(at.child('kind'), item.kind, `a ${list.kind}List may only hold ${list.kind} objects of ${list.group}`));
    return undefined;
  }
  return id.identity;
}
