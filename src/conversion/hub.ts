/**
 * The seams validate() uses for old-version objects: convert to v1 to run the v1 rules, then
 * map each error path back to the name the field has in the object's own version.
 */
import { type Kind, kindInfo, type OldVersion } from '../scheme/kinds.js';
import { fieldAtPath, type JsonObject } from '../util/json.js';
import { toHubLenient } from './plain.js';
import { SPOKES } from './table.js';

/**
 * Old version → v1 for validation: upstream's renames and value mappings, with values kept as
 * written (nothing re-printed), so the v1 rules see and report what the author wrote.
 * @param object - an object of `kind` in `version`
 * @returns the v1 form (a new object; the input is not changed)
 */
export function toHubForValidation(object: JsonObject, version: OldVersion, kind: Kind): JsonObject {
  const hub = toHubLenient(object, kind, version);
  hub.apiVersion = `${kindInfo(kind).group}/v1`;
  return hub;
}

/**
 * Maps a field path of the converted v1 object back to the path of the same field in the
 * source version: a v1alpha2 Certificate's `spec.privateKey.size` is `spec.keySize`, a
 * v1alpha3 CertificateRequest's `spec.request` is `spec.csr`. Paths of unrenamed fields come
 * back unchanged.
 * @param kind - the object's kind
 * @param version - the source version
 * @param printed - the v1 path, as printed (`spec.emailAddresses[0]`)
 * @param source - the source object, to tell fields the conversion created
 * @returns the path in the source version
 */
export function pathFromHub(kind: Kind, version: OldVersion, printed: string, source: JsonObject): string {
  const spoke = SPOKES[version][kind];
  for (const [hubPath, oldPaths] of spoke.created ?? []) {
    if (printed !== hubPath || fieldAtPath(source, hubPath.split('.')) !== undefined) continue;
    const set = oldPaths.find((p) => fieldAtPath(source, p.split('.')) !== undefined);
    if (set !== undefined) return set;
  }
  for (const [hubPattern, oldPattern] of spoke.renames) {
    const mapped = renamePrefix(printed, hubPattern, oldPattern);
    if (mapped !== undefined) return mapped;
  }
  return printed;
}

/** `printed` with its `hubPattern` prefix replaced by `oldPattern` (list indices carried over). */
function renamePrefix(printed: string, hubPattern: string, oldPattern: string): string | undefined {
  const path = printed;
  const indices: string[] = [];
  let i = 0;
  const parts = hubPattern.split('[*]');
  for (let k = 0; k < parts.length; k++) {
    const part = parts[k] as string;
    if (!path.startsWith(part, i)) return undefined;
    i += part.length;
    if (k < parts.length - 1) {
      const m = /^\[(\d+)\]/.exec(path.slice(i));
      if (!m) return undefined;
      indices.push(m[1] as string);
      i += m[0].length;
    }
  }
  const rest = path.slice(i);
  if (rest !== '' && !rest.startsWith('.') && !rest.startsWith('[')) return undefined;
  let n = 0;
  return oldPattern.replaceAll('[*]', () => `[${indices[n++] ?? '*'}]`) + rest;
}
