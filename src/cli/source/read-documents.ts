import { parseDocuments, type SourceDocument } from './documents.js';
import type { Event } from 'js-yaml';
import { eventTree, locateInTree } from './event-locate.js';
import { readFast, readFastSegments } from './fast-read.js';
import { documentSegments, type Segment } from './segments.js';

/** A document as lint reads it: what {@link parseDocuments} gives, without the syntax tree. */
export type LintDocument = Pick<SourceDocument, 'value' | 'start' | 'problems' | 'locate' | 'from' | 'to'>;

/**
 * Reads every document of a text as {@link parseDocuments} does (the same values, problems,
 * positions and text ranges), but fast: each document is first read with js-yaml, and the `yaml`
 * package's syntax tree, which positions need, is built only for a document that has something to
 * report (on the first `locate`) or that js-yaml cannot read exactly (see {@link readFast}).
 * @param firstLine - the line number of the text's first line in the file
 */
export function readLintDocuments(text: string, firstLine: number): LintDocument[] {
  const segments = documentSegments(text);
  if (!segments) return parseDocuments(text, firstLine, { lastKeyWins: true });
  const out: LintDocument[] = [];
  // An empty document's text goes with the next document, and the last one's runs to the end.
  let from = 0;
  for (const window of windows(segments)) {
    const base = (window[0] as Segment).from;
    const source = text.slice(base, (window[window.length - 1] as Segment).to);
    const reads = readFastSegments(
      source,
      window.map((s) => ({ ...s, from: s.from - base, to: s.to - base })),
    );
    for (let i = 0; i < window.length; i++) {
      const s = window[i] as Segment;
      const body = text.slice(s.from, s.to);
      // When js-yaml cannot read the window as a whole, each document is tried alone.
      const fast = reads ? reads[i] : readFast(body);
      if (fast?.kind === 'empty') continue;
      if (fast) {
        out.push(fastDocument(reads ? source : body, reads ? s.from - base : 0, body, s, fast, firstLine, from));
        from = s.to;
        continue;
      }
      const docs = parseDocuments(body, firstLine + s.line, { lastKeyWins: true });
      // Where a document cannot be read, the yaml reader's error recovery may read past the `---`
      // line (an unclosed bracket or quote), and odd layouts may end a document before it: then the
      // whole text is read as one, as before.
      const end = docs[docs.length - 1]?.yaml.range[2] ?? body.length;
      if (end !== body.length || docs.some((d) => d.problems.some((p) => p.type === 'SyntaxError')))
        return parseDocuments(text, firstLine, { lastKeyWins: true });
      for (const d of docs) {
        out.push({ ...d, from: Math.min(from, s.from + d.from), to: s.from + d.to });
        from = s.from + d.to;
      }
    }
  }
  const last = out[out.length - 1];
  if (last && last.to < text.length) out[out.length - 1] = { ...last, to: text.length };
  return out;
}

/** Text js-yaml reads in one call: enough that its cost per call is small, little enough to keep its events few. */
const WINDOW_BYTES = 128 * 1024;

/** Consecutive segments grouped into windows of about {@link WINDOW_BYTES}. */
function windows(segments: readonly Segment[]): Segment[][] {
  const out: Segment[][] = [];
  let current: Segment[] = [];
  for (const s of segments) {
    if (current.length > 0 && s.to - (current[0] as Segment).from > WINDOW_BYTES) {
      out.push(current);
      current = [];
    }
    current.push(s);
  }
  if (current.length > 0) out.push(current);
  return out;
}

/**
 * A document js-yaml read from `source`, where its segment starts at `at`. Findings are located in
 * the tree of its events, as the `yaml` reader would locate them; where that tree cannot tell (an
 * empty or block scalar), the `yaml` reader does, from the segment's text `body`.
 */
function fastDocument(
  source: string,
  at: number,
  body: string,
  s: Segment,
  read: { value: unknown; start: number; events: readonly Event[] },
  firstLine: number,
  from: number,
): LintDocument {
  const line = firstLine + s.line;
  const start = position(source, at, read.start, line);
  let tree: ReturnType<typeof eventTree>;
  let parsed: SourceDocument | undefined;
  return {
    value: read.value,
    start,
    problems: [],
    locate(path) {
      tree ??= eventTree(source, read.events);
      const offset = tree ? locateInTree(tree, path) : undefined;
      if (offset !== undefined) return position(source, at, offset, line);
      parsed ??= parseDocuments(body, line, { lastKeyWins: true })[0];
      return parsed ? parsed.locate(path) : start;
    },
    from,
    to: s.to,
  };
}

/** The line and column of an offset of a text, counted from `at`, which is at the start of line `firstLine`. */
function position(text: string, at: number, offset: number, firstLine: number): { line: number; column: number } {
  let line = firstLine;
  let lineStart = at;
  for (let nl = text.indexOf('\n', at); nl !== -1 && nl < offset; nl = text.indexOf('\n', nl + 1)) {
    line++;
    lineStart = nl + 1;
  }
  return { line, column: offset - lineStart + 1 };
}
