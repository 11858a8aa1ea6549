import type { FieldError } from '../../index.js';
import type { Position } from '../source/documents.js';

/** How bad a finding is: errors fail the run, warnings only past `--max-warnings`. */
export type Severity = 'error' | 'warning';

/** One thing `cmapi lint` reports, at a place in a file. */
export interface Finding {
  readonly file: string;
  /** The document's number in its file, from 1. */
  readonly document: number;
  readonly line: number;
  readonly column: number;
  readonly severity: Severity;
  /**
   * A Kubernetes error type (`FieldValueRequired`, …), `SyntaxError` for a document that cannot be
   * read, `YamlWarning` for a YAML surprise, or `Warning` for a webhook warning.
   */
  readonly type: string;
  /** The field path (`spec.dnsNames[0]`), or `''` for the document as a whole. */
  readonly field: string;
  readonly message: string;
  /** The rule ID of spec/validation.md, where the check has one. */
  readonly rule?: string;
}

/** What linting one document found. */
export interface DocumentReport {
  /** The document's number in its file, from 1. */
  readonly index: number;
  /** Where the document's content starts. */
  readonly start: Position;
  /** `Kind/name` of the document, when it has them. */
  readonly title: string;
  /** cert-manager objects checked in it (a `v1 List` may hold several). */
  readonly checked: number;
  /** Objects of other kinds in it, skipped. */
  readonly skipped: number;
  /** Whether the document is meant as a Kubernetes object (it has an apiVersion or a kind, or could not be read). */
  readonly kubernetes: boolean;
  readonly findings: Finding[];
}

/** What linting one file found. */
export interface FileReport {
  readonly file: string;
  readonly documents: DocumentReport[];
}

/** The rule ID a field error carries, if the validation module set one (an optional `rule` property). */
export function ruleOf(e: FieldError): string | undefined {
  const rule = (e as { rule?: unknown }).rule;
  return typeof rule === 'string' && rule !== '' ? rule : undefined;
}

/** Totals over reports. */
export interface Totals {
  readonly files: number;
  readonly documents: number;
  readonly checked: number;
  readonly skipped: number;
  readonly errors: number;
  readonly warnings: number;
}

/** Counts files, documents, checked and skipped objects, errors and warnings. */
export function totals(reports: readonly FileReport[]): Totals {
  // One pass without copies: a run over a large tree has hundreds of thousands of documents.
  const t = { files: reports.length, documents: 0, checked: 0, skipped: 0, errors: 0, warnings: 0 };
  for (const r of reports)
    for (const d of r.documents) {
      t.documents++;
      t.checked += d.checked;
      t.skipped += d.skipped;
      for (const f of d.findings) {
        if (f.severity === 'error') t.errors++;
        else t.warnings++;
      }
    }
  return t;
}

/** Every finding of the reports, in file, document and position order. */
export function allFindings(reports: readonly FileReport[]): Finding[] {
  return reports.flatMap((r) => r.documents.flatMap((d) => d.findings));
}
