import type { FieldError } from '../../index.js';
import { jsonEqual } from '../../util/json.js';
import { type Position, parseDocuments } from '../source/documents.js';
import { type DocumentOutcome, eachObject, type Transform } from './each-object.js';
import { keepKeyOrder } from './merge-json.js';
import { mergeIntoDocument } from './merge-yaml.js';

/** A problem met while rewriting a file: a syntax error, or an object that could not be transformed. */
export interface RewriteProblem {
  readonly position: Position;
  readonly field: string;
  readonly message: string;
  readonly error?: FieldError;
}

/** One document of a rewritten file. */
export interface RewrittenDocument {
  readonly index: number;
  readonly start: Position;
  /** The document's value after the transformation (the original for other kinds or on errors). */
  readonly value: unknown;
  readonly outcome: DocumentOutcome | undefined;
}

/** What rewriting a file gave. */
export interface RewrittenFile {
  /** The new text: untouched documents verbatim, changed ones re-emitted with their comments. */
  readonly text: string;
  readonly changed: boolean;
  readonly documents: RewrittenDocument[];
  readonly problems: RewriteProblem[];
  /** What the transformation ignored or removed (a preservation record that did not match, say): not failures. */
  readonly warnings: RewriteProblem[];
}

/** Style of re-emitted YAML, read from the source: are sequences indented under their key? */
function indentSeq(text: string): boolean {
  return !hasFlushSequence(text);
}

/**
 * True when some line `key:` (nothing after the colon but blanks) is followed by a line that
 * starts with the same indentation and `- `: a sequence written flush with its key. A linear scan
 * (the equivalent regex with a back-reference is polynomial on hostile text).
 */
function hasFlushSequence(text: string): boolean {
  let start = 0;
  while (start < text.length) {
    const nl = text.indexOf('\n', start);
    if (nl < 0) return false;
    let indent = start;
    while (text[indent] === ' ') indent++;
    const first = text[indent];
    if (indent < nl && first !== undefined && !/[\s#-]/.test(first)) {
      let end = nl;
      if (text[end - 1] === '\r') end--;
      while (end > indent && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
      if (end - 1 > indent && text[end - 1] === ':') {
        const spaces = indent - start;
        const next = nl + 1;
        let k = 0;
        while (k < spaces && text[next + k] === ' ') k++;
        if (k === spaces && text[next + spaces] === '-' && text[next + spaces + 1] === ' ') return true;
      }
    }
    start = nl + 1;
  }
  return false;
}

/**
 * Applies a transformation to every cert-manager object of a file's text. Documents that do not
 * change (other kinds, failures, objects already in shape) keep their exact text; changed ones are
 * re-emitted from the parsed document, so comments and key order survive. JSON files stay JSON.
 */
export function rewriteFile(text: string, json: boolean, transform: Transform): RewrittenFile {
  const docs = parseDocuments(text);
  const problems: RewriteProblem[] = [];
  const warnings: RewriteProblem[] = [];
  const documents: RewrittenDocument[] = [];
  const pieces: string[] = [];
  let changed = false;
  docs.forEach((doc, i) => {
    const original = text.slice(doc.from, doc.to);
    const fatal = doc.problems.filter((p) => p.severity === 'error');
    for (const p of fatal) problems.push({ position: p.position, field: '', message: p.message });
    const outcome = fatal.length > 0 ? undefined : eachObject(doc.value, transform);
    for (const e of outcome?.errors ?? []) problems.push({ position: doc.locate(e.field), field: e.field, message: e.detail, error: e });
    for (const w of outcome?.warnings ?? []) warnings.push({ position: doc.start, field: '', message: w });
    const value = outcome ? outcome.value : doc.value;
    documents.push({ index: i + 1, start: doc.start, value, outcome });
    if (!outcome || jsonEqual(outcome.value, doc.value)) {
      pieces.push(original);
      return;
    }
    changed = true;
    const emitted = json ? emitJson(original, doc.value, value) : emitYaml(doc.yaml, value, original);
    // Re-emitted text keeps the file's line endings.
    pieces.push(original.includes('\r\n') ? emitted.replace(/\r?\n/g, '\r\n') : emitted);
  });
  if (docs.length === 0) pieces.push(text);
  return { text: pieces.join(''), changed, documents, problems, warnings };
}

function emitJson(original: string, before: unknown, after: unknown): string {
  const lead = original.slice(0, original.length - original.trimStart().length);
  const trail = original.slice(original.trimEnd().length);
  return `${lead}${JSON.stringify(keepKeyOrder(before, after), null, 2)}${trail || '\n'}`;
}

/**
 * How many `\n` end `text`. A scan from the end: the regex `/\n*$/` is tried at every
 * position and takes quadratic time on a long run of newlines.
 */
export function trailingNewlines(text: string): number {
  let n = 0;
  while (n < text.length && text.charCodeAt(text.length - 1 - n) === 10) n++;
  return n;
}

function emitYaml(doc: Parameters<typeof mergeIntoDocument>[0], value: unknown, original: string): string {
  mergeIntoDocument(doc, value);
  const body = doc.toString({ indentSeq: indentSeq(original), lineWidth: 0, flowCollectionPadding: / \}|\{ /.test(original) });
  // Keep what the source had after the document (blank lines, a trailing `...`-less separator gap).
  const trail = '\n'.repeat(trailingNewlines(original));
  return body.slice(0, body.length - trailingNewlines(body)) + (trail || '\n');
}
