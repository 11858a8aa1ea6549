/**
 * The `schema` default set (spec/defaults.md §2.3): applies a table of structural-schema
 * defaults the way the API server does — a default fills a field only when it is absent (or
 * `null`), never creates the objects or lists around it, and reaches into every list item.
 */
import type { FieldError } from '../field/field-error.js';
import { fe } from '../field/field-error.js';
import { type CertManagerRelease, isAtLeast } from '../release/release.js';
import { isRecord, type JsonObject } from '../util/json.js';
import { arrayAt, defaultAbsent, objectAt } from './draft.js';
import type { Site } from './site.js';
import { EACH, type SchemaDefault } from './schema-table.js';
import type { Defaulter } from './types.js';

/** What the table says about one field of an object. */
interface FieldNode {
  default?: { readonly value: unknown };
  /** The fields of the object this field holds. */
  object?: Trie;
  /** The fields of each item of the list this field holds. */
  items?: Trie;
}
type Trie = Map<string, FieldNode>;

/** Merges the default paths into a trie, so shared prefixes are walked (and reported) once. */
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

function walk(target: Site<JsonObject>, trie: Trie, errors: FieldError[]): void {
  for (const [key, node] of trie) {
    if (node.default) defaultAbsent(target, key, node.default.value);
    if (node.object) {
      const child = objectAt(target, key, errors, false);
      if (child) walk(child, node.object, errors);
    }
    if (node.items) {
      const list = arrayAt(target, key, errors);
      const items = list?.value ?? [];
      for (let i = 0; i < items.length; i++) {
        const item = items[i];
        if (isRecord(item)) walk((list as Site<unknown[]>).child(i, item), node.items, errors);
        else errors.push(fe.typeInvalid(target.path(key).index(i), item, 'must be an object, so that its defaults can be filled in'));
      }
    }
  }
}

/**
 * A defaulter that applies the given schema defaults, those of the release it is called with.
 * @param defaults - the defaults of one kind and version (paths from the object root)
 */
export function schemaDefaulter(defaults: readonly SchemaDefault[]): Defaulter {
  const tries = new Map<CertManagerRelease, Trie>();
  return (root, errors, release) => {
    let trie = tries.get(release);
    if (trie === undefined) {
      trie = buildTrie(defaults.filter((d) => d.since === undefined || isAtLeast(release, d.since)));
      tries.set(release, trie);
    }
    walk(root, trie, errors);
  };
}
