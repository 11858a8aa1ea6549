import type { FileReport } from '../lint/findings.js';
import type { SkippedFiles } from '../lint/skipped.js';

/** What a formatter may know besides the reports. */
export interface FormatContext {
  /** Use ANSI colours (only when writing to a terminal). */
  readonly colour: boolean;
  /** cmapi's version, for tool descriptions. */
  readonly version: string;
  /** The cert-manager release the objects were checked against. */
  readonly release: string;
  /** Files not linted, counted by reason. */
  readonly skippedFiles: SkippedFiles;
}

/** Turns lint reports into the text of one output format. */
export type Formatter = (reports: readonly FileReport[], context: FormatContext) => string;

/** The rule a finding is filed under in formats that group by rule: its rule ID, else its type. */
export function ruleKey(f: { readonly rule?: string; readonly type: string }): string {
  return f.rule ?? f.type;
}
