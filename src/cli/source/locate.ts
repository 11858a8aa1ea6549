import { isMap, isScalar, isSeq, type Node, type Pair } from 'yaml';

/**
 * Splits a printed field path (`spec.dnsNames[0]`, `metadata.annotations.a.b/c`) into segments:
 * dotted names and bracketed indices or keys.
 */
export function pathSegments(path: string): string[] {
  // A linear scan (a global regex here is polynomial on hostile paths).
  const out: string[] = [];
  let i = 0;
  while (i < path.length) {
    const c = path[i];
    if (c === '.' || c === ']') {
      i++;
    } else if (c === '[') {
      const close = path.indexOf(']', i + 1);
      if (close < 0) {
        // an unclosed bracket: the rest after it reads as names, as the pattern did
        i++;
        continue;
      }
      out.push(path.slice(i + 1, close));
      i = close + 1;
    } else {
      let j = i;
      while (j < path.length && path[j] !== '.' && path[j] !== '[' && path[j] !== ']') j++;
      out.push(path.slice(i, j));
      i = j;
    }
  }
  return out;
}

/**
 * The text offset of the key (or list item) a printed field path names, or of its nearest present
 * parent when the field is missing. Keys may contain dots (annotation names are printed as dotted
 * children): at each level the longest run of segments naming a key wins.
 * @returns the offset, or undefined when not even the root has a position
 */
export function locateOffset(root: Node | null, path: string): number | undefined {
  let node: unknown = root;
  let found = root?.range?.[0];
  const segs = pathSegments(path);
  for (let i = 0; i < segs.length; i++) {
    if (isMap(node)) {
      const match = findKey(node.items as Pair[], segs, i);
      if (!match) return found;
      const key = match.pair.key as Node;
      if (key.range) found = key.range[0];
      node = match.pair.value;
      i = match.end - 1;
    } else if (isSeq(node)) {
      const item = node.items[Number(segs[i])] as Node | undefined;
      if (!item) return found;
      if (item.range) found = item.range[0];
      node = item;
    } else {
      return found;
    }
  }
  return found;
}

function findKey(items: Pair[], segs: string[], from: number): { pair: Pair; end: number } | undefined {
  for (let end = segs.length; end > from; end--) {
    const key = segs.slice(from, end).join('.');
    const pair = last(items, (p) => isScalar(p.key) && String(p.key.value) === key);
    if (pair) return { pair, end };
  }
  // Some upstream paths differ from the JSON names in case only (`spec.OtherNames`): match those too.
  const lower = segs[from]?.toLowerCase();
  const pair = last(items, (p) => isScalar(p.key) && String(p.key.value).toLowerCase() === lower);
  return pair ? { pair, end: from + 1 } : undefined;
}

/** The last pair that matches: of a repeated key, kubectl keeps the last value, so findings point there. */
function last(items: Pair[], test: (p: Pair) => boolean): Pair | undefined {
  for (let i = items.length - 1; i >= 0; i--) if (test(items[i] as Pair)) return items[i];
  return undefined;
}
