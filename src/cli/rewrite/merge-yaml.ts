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
 * Keys missing from `value` are removed; new keys take the place of the first removed one (a
 * renamed field stays where it was, with the comment above it) or else go at the end.
 */
function mergeMap(doc: Document, node: { items: Pair[] }, value: Record<string, unknown>): void {
  const seen = new Set<string>();
  let gap: { at: number; commentBefore: string | undefined } | undefined;
  const kept: Pair[] = [];
  for (const pair of node.items) {
    const key = keyOf(pair);
    if (key === undefined || !Object.hasOwn(value, key)) {
      gap ??= { at: kept.length, commentBefore: (pair.key as Node | null)?.commentBefore ?? undefined };
      continue;
    }
    seen.add(key);
    pair.value = mergeNode(doc, pair.value as Node | null, value[key]);
    kept.push(pair);
  }
  const added = Object.entries(value)
    .filter(([key]) => !seen.has(key))
    .map(([key, v]) => doc.createPair(key, v) as Pair);
  const first = added[0]?.key;
  if (gap?.commentBefore && isScalar(first)) first.commentBefore = gap.commentBefore;
  kept.splice(gap?.at ?? kept.length, 0, ...added);
  node.items = kept;
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
