import type { FileReport } from '../lint/findings.js';

const colours = { red: '\u001b[31m', yellow: '\u001b[33m', dim: '\u001b[2m', bold: '\u001b[1m', reset: '\u001b[0m' };

/** Human-readable report: findings grouped by file, then a summary line. Colour only when asked. */
export function formatText(reports: readonly FileReport[], colour: boolean): string {
  const c = (name: keyof typeof colours, s: string) => (colour ? colours[name] + s + colours.reset : s);
  const out: string[] = [];
  for (const r of reports) {
    if (r.findings.length === 0) continue;
    out.push(c('bold', r.file));
    for (const f of r.findings) {
      const sev = f.severity === 'error' ? c('red', 'error  ') : c('yellow', 'warning');
      const where = `${f.line}:${f.column}`.padEnd(8);
      const field = f.field ? `${f.field}: ` : '';
      out.push(`  ${where}${sev}  ${field}${f.message}  ${c('dim', f.type)}`);
    }
    out.push('');
  }
  out.push(summary(reports));
  return `${out.join('\n')}\n`;
}

/** "2 errors, 1 warning in 14 documents (3 other documents skipped)" */
export function summary(reports: readonly FileReport[]): string {
  const all = reports.flatMap((r) => r.findings);
  const errors = all.filter((f) => f.severity === 'error').length;
  const warnings = all.length - errors;
  const checked = reports.reduce((n, r) => n + r.checked, 0);
  const skipped = reports.reduce((n, r) => n + r.skipped, 0);
  const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;
  const tail = skipped ? ` (${plural(skipped, 'other document')} skipped)` : '';
  return `${plural(errors, 'error')}, ${plural(warnings, 'warning')} in ${plural(checked, 'cert-manager document')} of ${plural(reports.length, 'file')}${tail}`;
}
