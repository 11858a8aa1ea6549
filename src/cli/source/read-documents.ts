import { parseDocuments, type SourceDocument } from './documents.js';
import { locateInTree, nodeTree } from './fast-locate.js';
import { readFast } from './fast-read.js';
import { documentSegments, type Segment } from './segments.js';

/** A document as lint reads it: what {@link parseDocuments} gives, without the syntax tree. */
export type LintDocument = Pick<SourceDocument, 'value' | 'start' | 'problems' | 'locate' | 'from' | 'to'>;

/** A text to read and the line number of its first line in its file. */
export interface LintText {
  readonly text: string;
  readonly firstLine: number;
}

/**
 * Reads every document of a text as {@link parseDocuments} does (the same values, problems,
 * positions and text ranges), but fast: each document is first read with js-yaml, and the `yaml`
 * package's syntax tree, which positions need, is built only for a document that has something to
 * report (on the first `locate`) or that js-yaml cannot read exactly (see {@link readFast}).
 * @param firstLine - the line number of the text's first line in the file
 */
export function readLintDocuments(text: string, firstLine: number): LintDocument[] {
  return readLintTexts([{ text, firstLine }])[0] as LintDocument[];
}

/**
 * Reads the documents of several texts (files, or pieces of one) as {@link readLintDocuments}
 * does each.
 */
export function readLintTexts(texts: readonly LintText[]): LintDocument[][] {
  return texts.map((t) => {
    const segments = documentSegments(t.text);
    return segments ? assemble(t, segments) : parseDocuments(t.text, t.firstLine, { lastKeyWins: true });
  });
}

/** The documents of one text from what js-yaml made of its segments, the yaml reader reading the rest. */
function assemble(t: LintText, segments: readonly Segment[]): LintDocument[] {
  const { text, firstLine } = t;
  const out: LintDocument[] = [];
  // An empty document's text goes with the next document, and the last one's runs to the end.
  let from = 0;
  for (let i = 0; i < segments.length; i++) {
    const s = segments[i] as Segment;
    const body = text.slice(s.from, s.to);
    const fast = s.unusual ? undefined : readFast(body);
    if (fast?.kind === 'empty') continue;
    if (fast) {
      out.push(fastDocument(body, s, fast, firstLine, from));
      from = s.to;
      continue;
    }
    // Read with the next `---` after it, if any: where the yaml reader ends a document depends on
    // what follows it (one that ends with an empty value leaves a last line break to the next).
    const next = i + 1 < segments.length ? '---' : '';
    const docs = parseDocuments(body + next, firstLine + s.line, { lastKeyWins: true });
    // Where a document cannot be read, the yaml reader's error recovery may read past the `---`
    // line (an unclosed bracket or quote), and odd layouts may end a document before it: then the
    // whole text is read as one, as before.
    const end = docs[docs.length - 1]?.yaml.range[2] ?? body.length;
    if (end !== body.length || docs.some((d) => d.problems.some((p) => p.type === 'SyntaxError')))
      return parseDocuments(text, firstLine, { lastKeyWins: true });
    for (const d of docs) {
      const to = s.from + Math.min(d.to, body.length);
      out.push({ ...d, from: Math.min(from, s.from + d.from), to });
      from = to;
    }
  }
  const last = out[out.length - 1];
  if (last && last.to < text.length) out[out.length - 1] = { ...last, to: text.length };
  return out;
}

/**
 * A document js-yaml read from its segment's text `body`. Findings are located in the tree of its
 * nodes, as the `yaml` reader would locate them; where that tree cannot tell (an empty or block
 * scalar), the `yaml` reader does.
 */
function fastDocument(body: string, s: Segment, read: { value: unknown; start: number }, firstLine: number, from: number): LintDocument {
  const line = firstLine + s.line;
  const start = position(body, read.start, line);
  let tree: ReturnType<typeof nodeTree>;
  let parsed: SourceDocument | undefined;
  return {
    value: read.value,
    start,
    problems: [],
    locate(path) {
      tree ??= nodeTree(body);
      const offset = tree ? locateInTree(tree, path) : undefined;
      if (offset !== undefined) return position(body, offset, line);
      parsed ??= parseDocuments(body, line, { lastKeyWins: true })[0];
      return parsed ? parsed.locate(path) : start;
    },
    from,
    to: s.to,
  };
}

/** The line and column of an offset of a text whose first line is line `firstLine`. */
function position(text: string, offset: number, firstLine: number): { line: number; column: number } {
  let line = firstLine;
  let lineStart = 0;
  for (let nl = text.indexOf('\n'); nl !== -1 && nl < offset; nl = text.indexOf('\n', nl + 1)) {
    line++;
    lineStart = nl + 1;
  }
  return { line, column: offset - lineStart + 1 };
}
