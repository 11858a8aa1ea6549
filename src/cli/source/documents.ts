import { isMap, isScalar, isSeq, LineCounter, type Node, type Pair, parseAllDocuments } from 'yaml';

/** A position in a source file, 1-based. */
export interface Position {
  readonly line: number;
  readonly column: number;
}

/** One YAML or JSON document of a file, with a way to find where a field path sits in the text. */
export interface SourceDocument {
  /** The parsed value, as kubectl would read it (YAML 1.1 scalars). */
  readonly value: unknown;
  /** Where the document starts. */
  readonly start: Position;
  /** The position of the key (or list item) a printed field path names; for a missing field, its nearest present parent. */
  locate(fieldPath: string): Position;
  /** Syntax errors and other problems of the document itself. */
  readonly problems: readonly { message: string; position: Position; severity: 'error' | 'warning' }[];
}

/** Parse every document of a file. Never throws: syntax errors become problems. */
export function parseDocuments(text: string): SourceDocument[] {
  const lines = new LineCounter();
  const docs = parseAllDocuments(text, { lineCounter: lines, version: '1.1', uniqueKeys: true, prettyErrors: false });
  const list = Array.isArray(docs) ? docs : [];
  const pos = (offset: number): Position => {
    const p = lines.linePos(offset);
    return { line: p.line, column: p.col };
  };
  return list
    .filter((d) => d.contents !== null || d.errors.length > 0)
    .map((d) => {
      const problems = [
        ...d.errors.map((e) => ({ message: e.message, position: pos(e.pos[0]), severity: 'error' as const })),
        ...d.warnings.map((e) => ({ message: e.message, position: pos(e.pos[0]), severity: 'warning' as const })),
      ];
      let value: unknown;
      try {
        value = d.errors.length > 0 ? undefined : d.toJS({ maxAliasCount: 100 });
      } catch (err) {
        problems.push({ message: String((err as Error).message), position: pos(d.range[0]), severity: 'error' });
      }
      const start = pos(d.contents?.range?.[0] ?? d.range[0]);
      return { value, start, problems, locate: (path: string) => locate(d.contents, path, pos) ?? start };
    });
}

/** Split a printed path into segments: dotted names and bracketed indices or keys. */
function segments(path: string): string[] {
  const out: string[] = [];
  for (const m of path.matchAll(/([^.[\]]+)|\[([^\]]*)\]/g)) out.push(m[1] ?? m[2] ?? '');
  return out;
}

function locate(root: Node | null, path: string, pos: (o: number) => Position): Position | undefined {
  let node: unknown = root;
  let found: Position | undefined = root?.range ? pos(root.range[0]) : undefined;
  const segs = segments(path);
  for (let i = 0; i < segs.length; i++) {
    if (isMap(node)) {
      const map = node;
      // Keys may contain dots (annotation names printed as dotted children): try the longest match.
      let matched = false;
      for (let j = segs.length; j > i && !matched; j--) {
        const key = segs.slice(i, j).join('.');
        const pair = (map.items as Pair[]).find((p) => isScalar(p.key) && String(p.key.value) === key);
        if (pair) {
          const k = pair.key as Node;
          if (k.range) found = pos(k.range[0]);
          node = pair.value;
          i = j - 1;
          matched = true;
        }
      }
      if (!matched) return found;
    } else if (isSeq(node)) {
      const item = node.items[Number(segs[i])] as Node | undefined;
      if (!item) return found;
      if (item.range) found = pos(item.range[0]);
      node = item;
    } else {
      return found;
    }
  }
  return found;
}
