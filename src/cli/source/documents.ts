import { type Document, isCollection, isScalar, LineCounter, parseAllDocuments, visit } from 'yaml';
import { locateOffset } from './locate.js';
import { MAX_ALIAS_COUNT, KUBECTL_YAML } from './yaml-options.js';
import { inspectStructure, MAX_DEPTH } from './structure.js';
import { yaml12Differences } from './yaml12.js';

/** A position in a source file, 1-based. */
export interface Position {
  readonly line: number;
  readonly column: number;
}

/** A problem of the text of a document itself (syntax, duplicate keys, alias bombs, YAML 1.1 surprises). */
export interface SourceProblem {
  readonly message: string;
  readonly position: Position;
  readonly severity: 'error' | 'warning';
  /** `SyntaxError` for what stops the document being read, `YamlWarning` for the rest. */
  readonly type: 'SyntaxError' | 'YamlWarning';
  /** The rule ID, for problems that have one (`YAML-DUPLICATE-KEY`, `YAML-TOO-DEEP`). */
  readonly rule?: string;
}

/** How {@link parseDocuments} reads keys. */
export interface ParseOptions {
  /**
   * Read repeated mapping keys as kubectl does, the last value winning, and report each repeat as
   * a YAML-DUPLICATE-KEY warning (lint). Otherwise a repeated key is a syntax error (rewriting).
   */
  readonly lastKeyWins?: boolean;
}

/** One YAML or JSON document of a file, with a way to find where a field path sits in the text. */
export interface SourceDocument {
  /** The parsed value, as kubectl would read it (YAML 1.1 scalars); undefined when unreadable. */
  readonly value: unknown;
  /** Where the document's content starts. */
  readonly start: Position;
  /** The position of the key (or list item) a printed field path names; for a missing field, its nearest present parent. */
  locate(fieldPath: string): Position;
  /** Syntax errors and other problems of the document itself. */
  readonly problems: readonly SourceProblem[];
  /** The parsed document (for rewriting it with its comments). */
  readonly yaml: Document.Parsed;
  /** Offsets of this document's text, leading comments and separator included: `text.slice(from, to)`. */
  readonly from: number;
  readonly to: number;
}

/**
 * Parses every document of a file as kubectl reads YAML. Never throws: syntax errors, duplicate
 * keys and alias bombs become problems of the document.
 * @param text - the file's text (or a chunk of it that starts at a line start)
 * @param firstLine - the line number of the text's first line in the file (default 1)
 */
export function parseDocuments(text: string, firstLine = 1, options: ParseOptions = {}): SourceDocument[] {
  const lines = new LineCounter();
  const lastKeyWins = options.lastKeyWins === true;
  const docs = parseAllDocuments(text, { ...KUBECTL_YAML, uniqueKeys: !lastKeyWins, lineCounter: lines });
  const list = Array.isArray(docs) ? docs : [];
  const pos = (offset: number): Position => {
    const p = lines.linePos(offset);
    return { line: p.line + firstLine - 1, column: p.col };
  };
  const out: SourceDocument[] = [];
  let from = 0;
  list.forEach((d, i) => {
    const to = i === list.length - 1 ? text.length : d.range[2];
    const slice = { from, to };
    from = to;
    if (isEmpty(d)) {
      // An empty (or null) document, which kubectl skips: keep its text with the next one for rewriting.
      from = slice.from;
      return;
    }
    out.push(readDocument(d, slice, pos, lastKeyWins));
  });
  const last = out[out.length - 1];
  if (last && last.to < text.length) out[out.length - 1] = { ...last, to: text.length };
  return out;
}

function readDocument(
  d: Document.Parsed,
  slice: { from: number; to: number },
  pos: (o: number) => Position,
  lastKeyWins: boolean,
): SourceDocument {
  const problems: SourceProblem[] = [
    ...d.errors.map((e) => ({
      message: isStackOverflow(e.message) ? TOO_DEEP : e.message,
      ...(isStackOverflow(e.message) ? { rule: TOO_DEEP_RULE } : {}),
      position: pos(errorOffset(d, e.pos[0])),
      severity: 'error' as const,
      type: 'SyntaxError' as const,
    })),
    ...d.warnings.map((e) => ({ message: e.message, position: pos(e.pos[0]), severity: 'warning' as const, type: 'YamlWarning' as const })),
  ];
  let value: unknown;
  const structure = d.errors.length === 0 ? inspectStructure(d.contents) : { duplicates: [] };
  if (structure.tooDeep !== undefined) {
    // YAML-TOO-DEEP: refused before anything recursive reads it.
    problems.push({ message: TOO_DEEP, position: pos(structure.tooDeep), severity: 'error', type: 'SyntaxError', rule: TOO_DEEP_RULE });
  } else if (d.errors.length === 0) {
    // YAML-DUPLICATE-KEY: kubectl's decoder keeps the last value; so does the document read here.
    if (lastKeyWins)
      for (const k of structure.duplicates)
        problems.push({
          message: `key ${JSON.stringify(k.key)} repeats the one at line ${pos(k.first).line}; kubectl keeps this last value and drops the earlier one`,
          position: pos(k.offset),
          severity: 'warning',
          type: 'YamlWarning',
          rule: DUPLICATE_KEY_RULE,
        });
    try {
      value = d.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
      for (const w of yaml12Differences(d))
        problems.push({ message: w.message, position: pos(w.offset), severity: 'warning', type: 'YamlWarning' });
    } catch (err) {
      const text = err instanceof Error ? err.message : String(err);
      const message = isStackOverflow(text) ? TOO_DEEP : `${text} (aliases are limited to ${MAX_ALIAS_COUNT} per document)`;
      problems.push({
        message,
        position: pos(d.contents?.range[0] ?? d.range[0]),
        severity: 'error',
        type: 'SyntaxError',
        ...(isStackOverflow(text) ? { rule: TOO_DEEP_RULE } : {}),
      });
    }
  }
  const start = pos(d.contents?.range?.[0] ?? d.range[0]);
  const locate = (path: string): Position => {
    const offset = locateOffset(d.contents, path);
    return offset === undefined ? start : pos(offset);
  };
  return { value, start, problems, locate, yaml: d, ...slice };
}

/** The rule ID of a repeated mapping key. */
export const DUPLICATE_KEY_RULE = 'YAML-DUPLICATE-KEY';
/** The rule ID of a document nested deeper than {@link MAX_DEPTH}. */
export const TOO_DEEP_RULE = 'YAML-TOO-DEEP';
const TOO_DEEP = `the document nests collections more than ${MAX_DEPTH} levels deep, which cmapi does not read (no Kubernetes object nests this deep)`;

/** The parser's own recursion ran out of stack: reported as the depth limit. */
function isStackOverflow(message: string): boolean {
  return message.includes('Maximum call stack size exceeded');
}

/**
 * Where to report a syntax error: the parser notices an unclosed flow collection (`[a, b`) only
 * where the next thing starts, so such errors are reported at the collection's opening bracket.
 */
function errorOffset(d: Document.Parsed, offset: number): number {
  let start = offset;
  try {
    visit(d, (_key, node) => {
      if (isCollection(node) && node.flow && node.range && node.range[1] === offset && node.range[0] < start) start = node.range[0];
    });
  } catch {
    return offset; // nested too deep to walk: the parser's own offset
  }
  return start;
}

/** A document with no content, or only a null (`---` alone, `--- ~`). */
function isEmpty(d: Document.Parsed): boolean {
  return d.errors.length === 0 && (d.contents === null || (isScalar(d.contents) && d.contents.value === null));
}
