import { type Document, isAlias, isMap, isPair, isScalar, isSeq, type Node, type Pair } from 'yaml';
import { jsonEqual } from '../../util/json.js';
import { MAX_ALIAS_COUNT } from '../source/yaml-options.js';

/**
 * Changes a parsed YAML document in place so that it holds `value`, touching only what differs:
 * unchanged nodes keep their comments, quoting and anchors; keys keep their order (new keys go at
 * the end of their map, removed keys go with their comments); a replaced scalar keeps its comments
 * and, for strings, its quoting style.
 */
export function mergeIntoDocument(doc: Document, value: unknown): void {
  doc.contents = mergeNode(doc, doc.contents as Node | null, value) as typeof doc.contents;
}

function mergeNode(doc: Document, node: Node | null, value: unknown): Node {
  if (node && jsonEqual(currentValue(doc, node), value)) return node;
  if (isMap(node) && isPlainObject(value)) {
    mergeMap(doc, node, value);
    return node;
  }
  if (isSeq(node) && Array.isArray(value)) {
    mergeSeq(doc, node, value);
    return node;
  }
  const created = doc.createNode(value) as Node;
  if (node) keepDecoration(node, created);
  return created;
}

/**
 * Keys missing from `value` are removed. A new key whose value equals a removed key's value is
 * that key renamed: it takes the removed pair's place, and keeps its comments and the value's
 * node (a flow sequence stays in flow style). Other new keys take the place of the first
 * removed key left (with the comment above it), or else follow the last key whose value changed
 * (their values likely came from it: `keySize` out of `privateKey`), or else go at the end.
 */
function mergeMap(doc: Document, node: { items: Pair[] }, value: Record<string, unknown>): void {
  const keys = new Set(node.items.map(keyOf));
  const adding = Object.keys(value).some((k) => !keys.has(k));
  const present = new Set<string>();
  const slots: (Pair | { removed: Pair })[] = [];
  let lastChanged = -1;
  for (const pair of node.items) {
    const key = keyOf(pair);
    if (key === undefined || !Object.hasOwn(value, key)) {
      slots.push({ removed: pair });
      continue;
    }
    present.add(key);
    if (adding && !jsonEqual(currentValue(doc, pair.value as Node), value[key])) lastChanged = slots.length;
    pair.value = mergeNode(doc, pair.value as Node | null, value[key]);
    slots.push(pair);
  }
  const added: string[] = [];
  const removedValues = new Map<Pair, unknown>();
  const removedValue = (p: Pair): unknown => {
    if (!removedValues.has(p)) removedValues.set(p, currentValue(doc, p.value as Node));
    return removedValues.get(p);
  };
  for (const key of Object.keys(value)) {
    if (present.has(key)) continue;
    const i = slots.findIndex((s) => 'removed' in s && isScalar(s.removed.key) && jsonEqual(removedValue(s.removed), value[key]));
    const slot = slots[i];
    if (slot !== undefined && 'removed' in slot) slots[i] = renamed(slot.removed, key);
    else added.push(key);
  }
  const pairs = added.map((key) => doc.createPair(key, value[key]) as Pair);
  const gap = slots.findIndex((s) => 'removed' in s);
  const gapSlot = slots[gap];
  const first = pairs[0]?.key;
  if (gapSlot !== undefined && 'removed' in gapSlot && isScalar(first)) {
    const before = (gapSlot.removed.key as Node | null)?.commentBefore;
    if (before) first.commentBefore = before;
  }
  const kept = slots.map((s) => ('removed' in s ? undefined : s));
  kept.splice(gap >= 0 ? gap : lastChanged >= 0 ? lastChanged + 1 : kept.length, 0, ...pairs);
  node.items = kept.filter((p): p is Pair => p !== undefined);
}

/** `pair` under the name `key`: the key node keeps its comments and style, the value node stays. */
function renamed(pair: Pair, key: string): Pair {
  const k = pair.key;
  if (isScalar(k)) {
    k.value = key;
    delete k.source;
  }
  return pair;
}

function mergeSeq(doc: Document, node: { items: unknown[] }, value: unknown[]): void {
  node.items = value.map((v, i) => mergeNode(doc, (node.items[i] as Node | undefined) ?? null, v));
}

function keyOf(pair: unknown): string | undefined {
  if (!isPair(pair) || !isScalar(pair.key)) return undefined;
  const k = pair.key.value;
  return typeof k === 'string' || typeof k === 'number' || typeof k === 'boolean' ? String(k) : undefined;
}

function currentValue(doc: Document, node: Node): unknown {
  try {
    if (isAlias(node)) return node.resolve(doc)?.toJS(doc, { maxAliasCount: MAX_ALIAS_COUNT });
    return node.toJS(doc, { maxAliasCount: MAX_ALIAS_COUNT });
  } catch {
    return undefined;
  }
}

function keepDecoration(from: Node, to: Node): void {
  if (from.commentBefore) to.commentBefore = from.commentBefore;
  if (from.comment) to.comment = from.comment;
  if (from.spaceBefore) to.spaceBefore = from.spaceBefore;
  if (isScalar(from) && isScalar(to) && typeof from.value === 'string' && typeof to.value === 'string' && from.type !== undefined) {
    to.type = from.type;
  }
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
