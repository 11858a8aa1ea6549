/**
 * Copying only what a conversion changes. A conversion rewrites a few known places (the
 * spokes' fields, the v1-only fields, the values re-printed in Go form); "opening" those
 * places copies the objects and lists on the way to them, one level each, and shares every
 * other part with the input. Each level is copied as the deep copy would (clone.ts), so the
 * converters see the same values either way.
 */
import { isRecord, type JsonObject } from '../util/json.js';
import { setOwn } from './clone.js';
import { type PathTrie, pathTrie, type TrieEntry } from './trie.js';
import type { Pattern } from './walk.js';

/** The places to open: object-path patterns, each naming an object to copy with everything on its way. */
export type OpenTrie = PathTrie<true>;

/** Merges the patterns of the places to open. */
export function openTrie(patterns: readonly Pattern[]): OpenTrie {
  return pathTrie(patterns.map((p) => [p, true] as const));
}

/** A copy of `o` with the places of `trie` copied and everything else shared with `o`. */
export function openAt(o: JsonObject, trie: OpenTrie): JsonObject {
  return open(o, trie) as JsonObject;
}

function open(v: unknown, trie: OpenTrie | undefined): unknown {
  const entries = trie?.entries;
  if (Array.isArray(v)) {
    const out = shallowList(v);
    const items = entries === undefined ? undefined : starEntry(entries);
    if (items !== undefined) for (let i = 0; i < out.length; i++) if (isOpenable(out[i])) out[i] = open(out[i], items.next);
    return out;
  }
  if (!isRecord(v)) return v;
  const out = shallowObject(v);
  if (entries === undefined) return out;
  for (let i = 0; i < entries.length; i++) {
    const { key, next } = entries[i] as TrieEntry<true>;
    if (key !== '*' && Object.hasOwn(out, key) && isOpenable(out[key])) out[key] = open(out[key], next);
  }
  return out;
}

function starEntry(entries: readonly TrieEntry<true>[]): TrieEntry<true> | undefined {
  for (let i = 0; i < entries.length; i++) if ((entries[i] as TrieEntry<true>).key === '*') return entries[i];
  return undefined;
}

const isOpenable = (v: unknown): boolean => typeof v === 'object' && v !== null;

/**
 * One level of copyJson: members that are undefined or functions are left out. Built member by
 * member rather than spread: a spread copy takes its source's shape, and adding the members a
 * spoke sets (v1alpha2's `keyAlgorithm`) to such copies measured much slower than to a copy
 * built this way.
 */
function shallowObject(v: JsonObject): JsonObject {
  const out: JsonObject = {};
  for (const k of Object.keys(v)) {
    const x = v[k];
    if (x === undefined || typeof x === 'function') continue;
    if (k === '__proto__') setOwn(out, k, x);
    else out[k] = x;
  }
  return out;
}

/** One level of copyJson: undefined items become null, holes stay holes. */
function shallowList(v: readonly unknown[]): unknown[] {
  const out = new Array<unknown>(v.length);
  for (let i = 0; i < v.length; i++) {
    const x = v[i];
    if (x !== undefined) out[i] = x;
    else if (i in v) out[i] = null;
  }
  return out;
}
