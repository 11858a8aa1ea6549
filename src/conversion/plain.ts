/**
 * Upstream's conversion of one object, A → v1 → B, without any preservation: the spokes'
 * renames, the v1-only fields dropped on the old side, and values re-printed in Go form.
 */
import { type Group, KINDS, type Kind, type Version, VERSIONS } from '../scheme/kinds.js';
import type { JsonObject } from '../util/json.js';
import { copyJson } from './clone.js';
import { type GoFormat, goForm } from './go-form.js';
import { GO_FORM_PATTERNS } from './go-form-paths.js';
import { SPOKES } from './table.js';
import { V1_ONLY_PATTERNS } from './v1-only.js';
import { type OpenTrie, openAt, openTrie } from './open.js';
import { eachLeaf, pathTrie } from './trie.js';
import { type Pattern, pattern } from './walk.js';

/** A converted copy of `object` (a `kind` of `group` in version `from`) in version `to`. */
export function plainConvert(object: JsonObject, group: Group, kind: Kind, from: Version, to: Version): JsonObject {
  return plainConvertChecked(object, group, kind, from, to).object;
}

/** {@link plainConvertChecked}'s answer. */
export interface CheckedConversion {
  /** The converted copy: it shares nothing with the input. */
  readonly object: JsonObject;
  /**
   * True when converting `object` back gives the input exactly (member order aside): the spokes'
   * round-trip tests hold, and no field was dropped or re-printed. False when unsure.
   */
  readonly reversible: boolean;
}

/** {@link plainConvert}, telling also whether converting back would give the input exactly. */
export function plainConvertChecked(object: JsonObject, group: Group, kind: Kind, from: Version, to: Version): CheckedConversion {
  const o = copyJson(object);
  const reversible = convertIn(o, group, kind, from, to);
  return { object: o, reversible };
}

/**
 * {@link plainConvert} that copies only the places the conversion changes (open.ts): the result
 * shares the rest with `object`, so neither may be changed afterwards. Its deep copy equals
 * plainConvert's result. (Conversion converts its result back this way when it must compare the
 * round trip with its input: the converted copy is its own, so copying all of it again is waste.)
 */
export function plainConvertShared(object: JsonObject, group: Group, kind: Kind, from: Version, to: Version): JsonObject {
  const tries = OPEN_TRIES[kind];
  const index = VERSIONS.indexOf(from) * VERSIONS.length + VERSIONS.indexOf(to);
  let trie = tries[index];
  if (trie === undefined) {
    trie = openTrie(placesChanged(kind, from, to));
    tries[index] = trie;
  }
  const o = openAt(object, trie);
  convertIn(o, group, kind, from, to);
  return o;
}

/** Per kind, the places to open for each (from, to) pair, built on first use. */
const OPEN_TRIES = perKind((): (OpenTrie | undefined)[] => []);

/**
 * The objects a conversion from `from` to `to` changes (the root is always opened): the spokes'
 * places, and the parents of the v1-only and Go-form fields in every spelling the spokes rename
 * between (a v1alpha2 `azuredns` object becomes v1's `azureDNS` before its `zoneType` goes).
 */
function placesChanged(kind: Kind, from: Version, to: Version): readonly Pattern[] {
  const parents = (ps: readonly Pattern[]): Pattern[] => ps.map((p) => p.slice(0, -1));
  const places = parents(GO_FORM_PATTERNS[kind].map(([p]) => p));
  const renames: (readonly [Pattern, Pattern])[] = [];
  for (const v of [from, to]) {
    if (v === 'v1') continue;
    const spoke = SPOKES[v][kind];
    places.push(...parents(V1_ONLY_PATTERNS[kind]), ...spoke.touches.map(pattern));
    for (const [hub, old] of spoke.renames) renames.push([pattern(hub), pattern(old)], [pattern(old), pattern(hub)]);
  }
  const renamed = places.flatMap((p) => renames.filter(([a]) => startsWith(p, a)).map(([a, b]) => [...b, ...p.slice(a.length)]));
  return [...places, ...renamed];
}

const startsWith = (p: Pattern, prefix: Pattern): boolean => prefix.length <= p.length && prefix.every((s, i) => p[i] === s);

/**
 * Converts `o` in place (a private copy, or one opened where the conversion changes it).
 * @returns whether converting back would give `o` as it was (see {@link CheckedConversion})
 */
function convertIn(o: JsonObject, group: Group, kind: Kind, from: Version, to: Version): boolean {
  let reversible = true;
  if (from !== 'v1') {
    const spoke = SPOKES[from][kind];
    reversible = spoke.oldRoundTrips(o);
    spoke.toHub(o);
  }
  // The v1-only fields go when either side is old (an old Go type never decodes them, nor
  // encodes them); they and the re-printed values are distinct fields (a test checks), so one
  // walk does both, in the place of drop, re-print, drop. Either changes what converting back gives.
  const old = from !== 'v1' || to !== 'v1';
  eachLeaf(o, (old ? DROP_AND_REPRINT : REPRINT)[kind], (parent, key, action) => {
    const was = parent[key];
    if (action === 'drop') delete parent[key];
    else parent[key] = goForm(action, was);
    if (parent[key] !== was) reversible = false;
  });
  if (to !== 'v1') {
    const spoke = SPOKES[to][kind];
    if (reversible) reversible = spoke.hubRoundTrips(o);
    spoke.fromHub(o);
  }
  o.apiVersion = `${group}/${to}`;
  return reversible;
}

/** Old → v1 for validation: as {@link plainConvert} but nothing re-printed, so rules see values as written. */
export function toHubLenient(object: JsonObject, kind: Kind, from: Exclude<Version, 'v1'>): JsonObject {
  const o = copyJson(object);
  SPOKES[from][kind].toHub(o);
  dropV1Only(o, kind);
  return o;
}

/** Per kind, the values re-printed in Go form, with and without the v1-only fields to drop, as tries. */
const REPRINT = perKind((kind) => pathTrie<GoFormat | 'drop'>(GO_FORM_PATTERNS[kind]));
const DROP_AND_REPRINT = perKind((kind) =>
  pathTrie<GoFormat | 'drop'>([...GO_FORM_PATTERNS[kind], ...V1_ONLY_PATTERNS[kind].map((p) => [p, 'drop'] as const)]),
);

function perKind<T>(f: (kind: Kind) => T): Readonly<Record<Kind, T>> {
  return Object.fromEntries(KINDS.map(({ kind }) => [kind, f(kind)])) as Record<Kind, T>;
}

function dropV1Only(o: JsonObject, kind: Kind): void {
  eachLeaf(o, V1_ONLY_TRIES[kind], (parent, key) => {
    delete parent[key];
  });
}

const V1_ONLY_TRIES = perKind((kind) => pathTrie(V1_ONLY_PATTERNS[kind].map((p) => [p, true] as const)));
