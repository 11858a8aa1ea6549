import { parseDocuments, type SourceDocument } from './documents.js';
import { readFast } from './fast-read.js';
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
  for (const s of segments) {
    const body = text.slice(s.from, s.to);
    const fast = s.unusual ? undefined : readFast(body);
    if (fast?.kind === 'empty') continue;
    if (fast) {
      out.push(fastDocument(body, s, fast.value, fast.start, firstLine, from));
      from = s.to;
      continue;
    }
    for (const d of parseDocuments(body, firstLine + s.line, { lastKeyWins: true })) {
      out.push({ ...d, from: Math.min(from, s.from + d.from), to: s.from + d.to });
      from = s.from + d.to;
    }
  }
  const last = out[out.length - 1];
  if (last && last.to < text.length) out[out.length - 1] = { ...last, to: text.length };
  return out;
}

/** A document js-yaml read; its positions come from the `yaml` reader, on first use. */
function fastDocument(body: string, s: Segment, value: unknown, offset: number, firstLine: number, from: number): LintDocument {
  const start = position(body, offset, firstLine + s.line);
  let parsed: SourceDocument | undefined;
  return {
    value,
    start,
    problems: [],
    locate(path) {
      parsed ??= parseDocuments(body, firstLine + s.line, { lastKeyWins: true })[0];
      return parsed ? parsed.locate(path) : start;
    },
    from,
    to: s.to,
  };
}

/** The line and column of an offset in a text whose first line is `firstLine`. */
function position(text: string, offset: number, firstLine: number): { line: number; column: number } {
  let line = firstLine;
  let lineStart = 0;
  for (let nl = text.indexOf('\n'); nl !== -1 && nl < offset; nl = text.indexOf('\n', nl + 1)) {
    line++;
    lineStart = nl + 1;
  }
  return { line, column: offset - lineStart + 1 };
}
