import type { Event } from 'js-yaml';
import { parseDocuments, type SourceDocument } from './documents.js';
import { eventTree, locateInTree } from './event-locate.js';
import { type FastRead, readFast, readFastSegments } from './fast-read.js';
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
 * report (on the first `locate`) or that js-yaml cannot read exactly (see {@link readFastSegments}).
 * @param firstLine - the line number of the text's first line in the file
 */
export function readLintDocuments(text: string, firstLine: number): LintDocument[] {
  return readLintTexts([{ text, firstLine }])[0] as LintDocument[];
}

/**
 * Reads the documents of several texts (files, or pieces of one) as {@link readLintDocuments}
 * does each. js-yaml costs about as much per call as per small document, so small texts are read
 * together, joined at `---` lines, and large ones in windows of about {@link WINDOW_BYTES}.
 */
export function readLintTexts(texts: readonly LintText[]): LintDocument[][] {
  const segmentsOf = texts.map((t) => documentSegments(t.text));
  const reads = readAll(texts, segmentsOf);
  return texts.map((t, i) => {
    const segments = segmentsOf[i];
    const read = reads[i];
    return segments && read ? assemble(t, segments, read) : parseDocuments(t.text, t.firstLine, { lastKeyWins: true });
  });
}

/** What js-yaml made of a segment (undefined: the yaml reader reads it), and where its text sits in what js-yaml read. */
interface SegmentRead {
  readonly fast: FastRead | undefined;
  readonly source: string;
  /** Offset of the segment's first character in `source`. */
  readonly at: number;
}

/** Text js-yaml reads in one call: enough that its cost per call is small, little enough to keep its events few. */
const WINDOW_BYTES = 128 * 1024;

/** A run of one text's segments that goes into a window. */
interface Piece {
  readonly text: number;
  readonly segments: readonly Segment[];
  /** Index of the first of them among the text's segments. */
  readonly first: number;
}

/** Reads the segments of every text with js-yaml, window by window. */
function readAll(texts: readonly LintText[], segmentsOf: readonly (Segment[] | undefined)[]): SegmentRead[][] {
  const reads: SegmentRead[][] = texts.map(() => []);
  let window: Piece[] = [];
  let size = 0;
  const flush = () => {
    if (window.length > 0) readWindow(texts, window, reads);
    window = [];
    size = 0;
  };
  texts.forEach((t, index) => {
    const segments = segmentsOf[index];
    if (!segments) return;
    let run: Segment[] = [];
    let first = 0;
    segments.forEach((s, i) => {
      if (size + (s.to - s.from) > WINDOW_BYTES && (run.length > 0 || window.length > 0)) {
        if (run.length > 0) window.push({ text: index, segments: run, first });
        flush();
        run = [];
        first = i;
      }
      run.push(s);
      size += s.to - s.from + 4;
    });
    if (run.length > 0) window.push({ text: index, segments: run, first });
    // A text that does not end with a line break ends a window: nothing may follow it.
    if (!t.text.endsWith('\n')) flush();
  });
  flush();
  return reads;
}

/**
 * Reads a window of pieces in one js-yaml call: the pieces joined, a `---` line between texts, each
 * segment's offsets moved to where it sits in the joined text. Where js-yaml cannot read the whole
 * window, each segment is tried alone.
 */
function readWindow(texts: readonly LintText[], window: readonly Piece[], reads: SegmentRead[][]): void {
  const parts: string[] = [];
  const segments: Segment[] = [];
  const starts: number[] = [];
  let length = 0;
  window.forEach((piece, k) => {
    const text = (texts[piece.text] as LintText).text;
    const base = (piece.segments[0] as Segment).from;
    // A text's first segment, after another text: a `---` line keeps their documents apart.
    const separated = k > 0 && base === 0;
    const separator = length;
    if (separated) {
      parts.push('---\n');
      length += 4;
    }
    const end = (piece.segments[piece.segments.length - 1] as Segment).to;
    parts.push(text.slice(base, end));
    piece.segments.forEach((s, i) => {
      const from = length + s.from - base;
      starts.push(from);
      segments.push({ ...s, from: i === 0 && separated ? separator : from, to: length + s.to - base });
    });
    length += end - base;
  });
  const source = parts.join('');
  const fast = readFastSegments(source, segments);
  let j = 0;
  for (const piece of window) {
    const text = (texts[piece.text] as LintText).text;
    const into = reads[piece.text] as SegmentRead[];
    piece.segments.forEach((s, i) => {
      const body = text.slice(s.from, s.to);
      into[piece.first + i] = fast ? { fast: fast[j], source, at: starts[j] as number } : { fast: readFast(body), source: body, at: 0 };
      j++;
    });
  }
}

/** The documents of one text from what js-yaml made of its segments, the yaml reader reading the rest. */
function assemble(t: LintText, segments: readonly Segment[], reads: readonly SegmentRead[]): LintDocument[] {
  const { text, firstLine } = t;
  const out: LintDocument[] = [];
  // An empty document's text goes with the next document, and the last one's runs to the end.
  let from = 0;
  for (let i = 0; i < segments.length; i++) {
    const s = segments[i] as Segment;
    const { fast, source, at } = reads[i] as SegmentRead;
    if (fast?.kind === 'empty') continue;
    const body = text.slice(s.from, s.to);
    if (fast) {
      out.push(fastDocument(source, at, body, s, fast, firstLine, from));
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
  const last = out[out.length - 1];
  if (last && last.to < text.length) out[out.length - 1] = { ...last, to: text.length };
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
