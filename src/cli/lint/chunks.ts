/** A piece of a file that holds whole documents and starts at a line start. */
export interface Chunk {
  readonly text: string;
  /** Line number of the chunk's first line in the file. */
  readonly firstLine: number;
}

/** Whether a `---` line (a document start, which YAML forbids inside any content) begins at `offset`. */
function startsDocument(text: string, offset: number): boolean {
  if (!text.startsWith('---', offset)) return false;
  const next = text[offset + 3];
  return next === undefined || next === ' ' || next === '\t' || next === '\n' || next === '\r';
}

/**
 * Cuts a file into about `pieces` chunks of whole documents, at `---` lines, so that worker threads
 * can parse them apart. Files with directives (`%YAML`, `%TAG`) apply them across documents and stay
 * whole. Joining the chunks' texts gives back the file.
 */
export function splitChunks(text: string, pieces: number): Chunk[] {
  if (pieces <= 1 || /^%/m.test(text)) return [{ text, firstLine: 1 }];
  const starts: { offset: number; line: number }[] = [];
  let offset = 0;
  let line = 1;
  while (offset < text.length) {
    const nl = text.indexOf('\n', offset);
    const end = nl < 0 ? text.length : nl + 1;
    if (offset > 0 && startsDocument(text, offset)) starts.push({ offset, line });
    offset = end;
    line++;
  }
  const every = Math.ceil((starts.length + 1) / pieces);
  const cuts = starts.filter((_, i) => (i + 1) % every === 0);
  const out: Chunk[] = [];
  let from = { offset: 0, line: 1 };
  for (const cut of [...cuts, { offset: text.length, line }]) {
    if (cut.offset > from.offset) out.push({ text: text.slice(from.offset, cut.offset), firstLine: from.line });
    from = cut;
  }
  return out.length > 0 ? out : [{ text, firstLine: 1 }];
}
