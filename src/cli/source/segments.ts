/** The text of one document of a file: from a `---` line (or the file's start) to the next one. */
export interface Segment {
  readonly from: number;
  readonly to: number;
  /** Lines of the text before `from`. */
  readonly line: number;
  /** Whether it holds a tab, a carriage return or a byte order mark, which only the `yaml` reader reads here. */
  readonly unusual: boolean;
}

/** Whether a `---` line (a document start, which YAML forbids inside any content) begins at `offset`. */
export function startsDocument(text: string, offset: number): boolean {
  if (!text.startsWith('---', offset)) return false;
  const next = text[offset + 3];
  return next === undefined || next === ' ' || next === '\t' || next === '\n' || next === '\r';
}

/** Whether a `...` line (a document end, after which comments and directives may follow) begins at `offset`. */
function endsDocument(text: string, offset: number): boolean {
  if (!text.startsWith('...', offset)) return false;
  const next = text[offset + 3];
  return next === undefined || next === ' ' || next === '\t' || next === '\n' || next === '\r';
}

const UNUSUAL = /[\t\r\uFEFF]/g;

/**
 * Cuts a text into the texts of its documents at `---` lines. Texts with directives (`%YAML`,
 * which apply across documents) or `...` lines are not cut.
 * @returns the segments, or undefined when the text must be read whole
 */
export function documentSegments(text: string): Segment[] | undefined {
  const cuts: { offset: number; line: number }[] = [{ offset: 0, line: 0 }];
  let line = 0;
  for (let offset = 0; offset < text.length; line++) {
    const c = text.charCodeAt(offset);
    if (c === 0x25 || (c === 0x2e && endsDocument(text, offset))) return undefined; // % or ...
    if (c === 0x2d && offset > 0 && startsDocument(text, offset)) cuts.push({ offset, line });
    const nl = text.indexOf('\n', offset);
    offset = nl < 0 ? text.length : nl + 1;
  }
  const unusual: number[] = [];
  UNUSUAL.lastIndex = 0;
  for (let m = UNUSUAL.exec(text); m !== null; m = UNUSUAL.exec(text)) unusual.push(m.index);
  const out: Segment[] = [];
  let u = 0;
  for (let i = 0; i < cuts.length; i++) {
    const cut = cuts[i] as { offset: number; line: number };
    const to = i + 1 < cuts.length ? (cuts[i + 1] as { offset: number }).offset : text.length;
    while (u < unusual.length && (unusual[u] as number) < cut.offset) u++;
    out.push({ from: cut.offset, to, line: cut.line, unusual: u < unusual.length && (unusual[u] as number) < to });
  }
  return out;
}
