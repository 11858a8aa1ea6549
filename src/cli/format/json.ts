import type { FileReport } from '../lint/findings.js';

/** Machine-readable report: every finding, plus counts. */
export function formatJson(reports: readonly FileReport[]): string {
  const findings = reports.flatMap((r) => r.findings);
  const errors = findings.filter((f) => f.severity === 'error').length;
  const body = {
    findings,
    summary: {
      files: reports.length,
      documents: reports.reduce((n, r) => n + r.checked, 0),
      skipped: reports.reduce((n, r) => n + r.skipped, 0),
      errors,
      warnings: findings.length - errors,
    },
  };
  return `${JSON.stringify(body, null, 2)}\n`;
}
