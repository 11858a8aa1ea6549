import { type LintDocument, readLintDocuments, readLintTexts } from '../source/read-documents.js';
import type { DocumentReport } from './findings.js';
import { type LintOptions, lintDocument } from './lint-document.js';
import { applySeverities } from './severities.js';
import { applySuppressions, readSuppressions } from './suppressions.js';

/** A unit of lint work: a chunk of one file. Plain data, so it can be sent to a worker thread. */
export interface LintJob {
  readonly file: string;
  readonly text: string;
  readonly firstLine: number;
  readonly options: LintOptions;
}

/**
 * Lints every document of a chunk; documents are numbered from 1 within the chunk. Configured
 * rule severities apply first (a rule turned off suppresses nothing), then suppression comments.
 */
export function lintJob(job: LintJob): DocumentReport[] {
  return lintRead(job, readLintDocuments(job.text, job.firstLine));
}

function lintRead(job: LintJob, docs: readonly LintDocument[]): DocumentReport[] {
  const suppressions = readSuppressions(job.text, job.firstLine);
  // Without suppression comments or configured severities, the reports stand as they are.
  if (suppressions.length === 0 && Object.keys(job.options.rules ?? {}).length === 0)
    return docs.map((doc, i) => lintDocument(job.file, i + 1, doc, job.options));
  return docs.map((doc, i) => {
    const report = lintDocument(job.file, i + 1, doc, job.options);
    const mine = suppressions.filter((s) => s.offset >= doc.from && s.offset < doc.to);
    const findings = applySeverities(
      applySuppressions(applySeverities(report.findings, job.options.rules), mine, job.file, i + 1),
      job.options.rules,
    );
    return { ...report, findings };
  });
}

/** Several chunks (small files, or pieces of a large one) linted as one unit of work, with the options once. */
export interface LintBatch {
  readonly parts: readonly Omit<LintJob, 'options'>[];
  readonly options: LintOptions;
}

/** Lints each part of a batch: the reports of each, in order. */
export function lintBatch(batch: LintBatch): DocumentReport[][] {
  // Read together: js-yaml reads many small files in one call.
  const docs = readLintTexts(batch.parts);
  return batch.parts.map((part, i) => lintRead({ ...part, options: batch.options }, docs[i] ?? []));
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
