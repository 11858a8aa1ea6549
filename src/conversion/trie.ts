/**
 * Several path patterns merged into one tree, so that a table of patterns (the v1-only fields,
 * the values re-printed in Go form, the places a conversion opens) is walked once per object
 * instead of once per pattern. A node's entries are plain arrays: these walks run on every
 * conversion.
 */
import { isRecord, type JsonObject } from '../util/json.js';
import type { Pattern } from './walk.js';

/** One step of a {@link PathTrie}: a key (`*` = every list item), what ends there, what goes on. */
export interface TrieEntry<T> {
  readonly key: string;
  /** The data of a pattern ending at this key. */
  leaf: T | undefined;
  /** The patterns going on below this key. */
  next: PathTrie<T> | undefined;
}

/** Merged patterns; see the module comment. */
export interface PathTrie<T> {
  readonly entries: TrieEntry<T>[];
}

/** Merges `[pattern, data]` rows (a later row for the same pattern replaces the data). */
export function pathTrie<T>(rows: readonly (readonly [Pattern, T])[]): PathTrie<T> {
  const root: PathTrie<T> = { entries: [] };
  for (const [p, data] of rows) {
    let node = root;
    for (let i = 0; i < p.length; i++) {
      const key = p[i] as string;
      let e = node.entries.find((x) => x.key === key);
      if (e === undefined) {
        e = { key, leaf: undefined, next: undefined };
        node.entries.push(e);
      }
      if (i === p.length - 1) e.leaf = data;
      else {
        e.next ??= { entries: [] };
        node = e.next;
      }
    }
  }
  return root;
}

/**
 * Calls `fn(parent, key, data)` for every existing member matched by a pattern of `trie` under
 * `root`, as `eachMember` would pattern by pattern. Below a member comes before the member itself,
 * so `fn` may delete it.
 */
export function eachLeaf<T>(root: unknown, trie: PathTrie<T>, fn: (parent: JsonObject, key: string, data: T) => void): void {
  // Indexed loops and one type test per object: this walk runs on every conversion.
  const entries = trie.entries;
  if (Array.isArray(root)) {
    for (let i = 0; i < entries.length; i++) {
      const e = entries[i] as TrieEntry<T>;
      if (e.key === '*' && e.next !== undefined) for (let j = 0; j < root.length; j++) eachLeaf(root[j], e.next, fn);
    }
    return;
  }
  if (!isRecord(root)) return;
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i] as TrieEntry<T>;
    if (e.key === '*' || !Object.hasOwn(root, e.key)) continue;
    if (e.next !== undefined) eachLeaf(root[e.key], e.next, fn);
    if (e.leaf !== undefined && Object.hasOwn(root, e.key)) fn(root, e.key, e.leaf);
  }
}
