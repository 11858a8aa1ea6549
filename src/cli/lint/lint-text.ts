import { parseDocuments } from '../source/documents.js';
import type { DocumentReport } from './findings.js';
import { type LintOptions, lintDocument } from './lint-document.js';

/** A unit of lint work: a chunk of one file. Plain data, so it can be sent to a worker thread. */
export interface LintJob {
  readonly file: string;
  readonly text: string;
  readonly firstLine: number;
  readonly options: LintOptions;
}

/** Lints every document of a chunk; documents are numbered from 1 within the chunk. */
export function lintJob(job: LintJob): DocumentReport[] {
  return parseDocuments(job.text, job.firstLine).map((doc, i) => lintDocument(job.file, i + 1, doc, job.options));
}

/** Renumbers a chunk's documents (and their findings) to follow `before` documents of the same file. */
export function renumber(docs: readonly DocumentReport[], before: number): DocumentReport[] {
  if (before === 0) return [...docs];
  return docs.map((d) => ({
    ...d,
    index: d.index + before,
    findings: d.findings.map((f) => ({ ...f, document: f.document + before })),
  }));
}
