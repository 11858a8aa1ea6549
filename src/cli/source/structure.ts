import { isMap, isPair, isScalar, isSeq, type Node, type Pair } from 'yaml';

/**
 * How deeply a document may nest collections. cmapi reads, checks and locates documents with
 * code that follows their nesting; beyond this depth a document is reported (YAML-TOO-DEEP)
 * instead of being read. No cert-manager object comes near it (the deepest schema path is
 * about 12 levels).
 */
export const MAX_DEPTH = 256;

/** A repeated mapping key: where it is and what it repeats. */
export interface DuplicateKey {
  /** Offset of the repeated (later) key. */
  readonly offset: number;
  readonly key: string;
  /** Offset of the first occurrence of the key in the same mapping. */
  readonly first: number;
}

/** What {@link inspectStructure} found. */
export interface Structure {
  readonly duplicates: DuplicateKey[];
  /** Offset of the first collection nested deeper than {@link MAX_DEPTH}, if any. */
  readonly tooDeep?: number;
}

/**
 * Walks a document's nodes without recursion (so that depth cannot overflow the stack) and finds
 * repeated mapping keys (kubectl accepts them, the last value wins: YAML-DUPLICATE-KEY) and
 * nesting deeper than {@link MAX_DEPTH} (YAML-TOO-DEEP). Merge keys (`<<`) are not duplicates.
 */
export function inspectStructure(root: Node | null): Structure {
  const duplicates: DuplicateKey[] = [];
  const stack: { node: unknown; depth: number }[] = [{ node: root, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop() as { node: unknown; depth: number };
    if (!isMap(node) && !isSeq(node)) continue;
    if (depth >= MAX_DEPTH) return { duplicates, tooDeep: node.range?.[0] ?? 0 };
    if (isMap(node)) {
      const seen = new Map<string, number>();
      for (const pair of node.items as Pair[]) {
        const key = pair.key;
        if (isScalar(key) && key.range && key.value !== '<<') {
          const name = String(key.value);
          const first = seen.get(name);
          if (first === undefined) seen.set(name, key.range[0]);
          else duplicates.push({ offset: key.range[0], key: name, first });
        }
        stack.push({ node: pair.value, depth: depth + 1 }, { node: pair.key, depth: depth + 1 });
      }
    } else {
      for (const item of node.items) stack.push({ node: isPair(item) ? item.value : item, depth: depth + 1 });
    }
  }
  duplicates.sort((a, b) => a.offset - b.offset);
  return { duplicates };
}
