import { startsDocument } from '../source/segments.js';

/** A piece of a file that holds whole documents and starts at a line start. */
export interface Chunk {
  readonly text: string;
  /** Line number of the chunk's first line in the file. */
  readonly firstLine: number;
}

/**
 * Cuts a file into about `pieces` chunks of whole documents and about equal size, at `---` lines,
 * so that worker threads can parse them apart. Files with directives (`%YAML`, `%TAG`) apply them
 * across documents and stay whole. Joining the chunks' texts gives back the file.
 */
export function splitChunks(text: string, pieces: number): Chunk[] {
  if (pieces <= 1 || /^%/m.test(text)) return [{ text, firstLine: 1 }];
  const size = Math.ceil(text.length / pieces);
  const out: Chunk[] = [];
  let from = { offset: 0, line: 1 };
  let offset = 0;
  let line = 1;
  while (offset < text.length) {
    // Cut by bytes, not documents: a chunk's cost is its text's.
    if (offset - from.offset >= size && startsDocument(text, offset)) {
      out.push({ text: text.slice(from.offset, offset), firstLine: from.line });
      from = { offset, line };
    }
    const nl = text.indexOf('\n', offset);
    offset = nl < 0 ? text.length : nl + 1;
    line++;
  }
  if (text.length > from.offset || out.length === 0) out.push({ text: text.slice(from.offset), firstLine: from.line });
  return out;
}
