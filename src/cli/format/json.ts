import { allFindings, type FileReport, totals } from '../lint/findings.js';

/** Machine-readable report: every finding in file and line order, plus counts. */
export function formatJson(reports: readonly FileReport[]): string {
  return `${JSON.stringify({ findings: allFindings(reports), summary: totals(reports) }, null, 2)}\n`;
}
