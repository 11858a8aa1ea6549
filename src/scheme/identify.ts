import { type FieldError, fe, supportedValues } from '../field/field-error.js';
import { VERSIONS, type Group, type Kind, type Version, findKind, findListKind, isVersion, KINDS } from './kinds.js';
import { describeThrown } from '../util/describe.js';
import { isRecord } from '../util/json.js';

/**
 * What an object is: a single cert-manager object, a `<Kind>List`, or a core `v1 List`.
 * @public
 */
export type Identity =
  | { readonly shape: 'object'; readonly group: Group; readonly version: Version; readonly kind: Kind }
  | { readonly shape: 'list'; readonly group: Group; readonly version: Version; readonly kind: Kind }
  | { readonly shape: 'core-list' };

/**
 * The outcome of {@link identify}: the identity, or the errors that say why there is none.
 * @public
 */
export type IdentifyResult = { readonly ok: true; readonly identity: Identity } | { readonly ok: false; readonly errors: FieldError[] };

const groups = [...new Set(KINDS.map((k) => k.group))];

/** The identity of every known apiVersion and kind (and list kind), shared and frozen. */
const KNOWN: ReadonlyMap<string, ReadonlyMap<string, IdentifyResult>> = new Map(
  groups.flatMap((group) =>
    VERSIONS.map((version): [string, ReadonlyMap<string, IdentifyResult>] => {
      const kinds = new Map<string, IdentifyResult>();
      for (const info of KINDS.filter((k) => k.group === group)) {
        for (const [name, shape] of [
          [info.kind, 'object'],
          [`${info.kind}List`, 'list'],
        ] as const) {
          const identity = Object.freeze({ shape, group, version, kind: info.kind });
          kinds.set(name, Object.freeze({ ok: true as const, identity }));
        }
      }
      return [`${group}/${version}`, kinds];
    }),
  ),
);

/**
 * Tells which group, version and kind an object is, from its `apiVersion` and `kind`.
 * Never throws: anything that is not a cert-manager object (or list of them) gives errors.
 * @param object - any value, typically a parsed manifest
 * @returns the identity, or field errors on `apiVersion`/`kind`
 * @example
 * ```ts
 * identify({ apiVersion: 'cert-manager.io/v1', kind: 'Certificate' });
 * // { ok: true, identity: { shape: 'object', group: 'cert-manager.io', version: 'v1', kind: 'Certificate' } }
 * ```
 * @public
 */
export function identify(object: unknown): IdentifyResult {
  try {
    return identifyObject(object);
  } catch (err) {
    // Only a hostile value gets here: a getter or Proxy trap that throws while apiVersion or kind is read.
    return { ok: false, errors: [fe.typeInvalid('', 'an unreadable object', `the object cannot be read: ${describeThrown(err)}`)] };
  }
}

function identifyObject(object: unknown): IdentifyResult {
  if (!isRecord(object)) {
    return {
      ok: false,
      errors: [fe.typeInvalid('', typeName(object), 'expected a Kubernetes object (a JSON object with apiVersion and kind)')],
    };
  }
  const { apiVersion, kind } = object;
  // Nearly every object is a known kind in a known version: answer those from a table.
  if (typeof apiVersion === 'string' && typeof kind === 'string') {
    const known = KNOWN.get(apiVersion)?.get(kind);
    if (known !== undefined) return known;
  }
  const errors: FieldError[] = [];
  if (apiVersion === undefined || apiVersion === null || apiVersion === '')
    errors.push(fe.required('apiVersion', 'every object needs an apiVersion, for example cert-manager.io/v1'));
  else if (typeof apiVersion !== 'string')
    errors.push(fe.typeInvalid('apiVersion', apiVersion, 'must be a string such as cert-manager.io/v1'));
  if (kind === undefined || kind === null || kind === '')
    errors.push(fe.required('kind', 'every object needs a kind, for example Certificate'));
  else if (typeof kind !== 'string') errors.push(fe.typeInvalid('kind', kind, 'must be a string such as Certificate'));
  if (errors.length > 0) return { ok: false, errors };
  const av = apiVersion as string;
  const k = kind as string;
  if (av === 'v1' && k === 'List') return { ok: true, identity: { shape: 'core-list' } };
  const slash = av.indexOf('/');
  const group = slash < 0 ? '' : av.slice(0, slash);
  const version = slash < 0 ? av : av.slice(slash + 1);
  if (!groups.includes(group as Group)) {
    return {
      ok: false,
      errors: [
        fe.notSupported('apiVersion', av, `not a cert-manager API group; supported groups: ${groups.join(', ')} (and the core v1 List)`),
      ],
    };
  }
  if (!isVersion(version)) {
    return { ok: false, errors: [fe.notSupported('apiVersion', av, supportedValues(VERSIONS.map((v) => `${group}/${v}`)))] };
  }
  const single = findKind(group, k);
  if (single) return { ok: true, identity: { shape: 'object', group: single.group, version, kind: single.kind } };
  const list = findListKind(group, k);
  if (list) return { ok: true, identity: { shape: 'list', group: list.group, version, kind: list.kind } };
  const known = KINDS.filter((x) => x.group === group).map((x) => x.kind);
  return { ok: false, errors: [fe.notSupported('kind', k, `${supportedValues(known)} (or their List kinds) in ${group}`)] };
}

function typeName(v: unknown): string {
  return v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v;
}
