import { allFindings, type FileReport, totals } from '../lint/findings.js';
import type { FormatContext } from './types.js';

/** Machine-readable report: every finding in file and line order, plus counts, skipped files and the release. */
export function formatJson(reports: readonly FileReport[], context: Pick<FormatContext, 'release' | 'skippedFiles'>): string {
  const summary = { ...totals(reports), skippedFiles: context.skippedFiles, certManagerVersion: context.release };
  return `${JSON.stringify({ findings: allFindings(reports), summary }, null, 2)}\n`;
}
