import { type FileReport, totals } from '../lint/findings.js';
import type { FormatContext } from './types.js';

const colours = { red: '\u001b[31m', yellow: '\u001b[33m', dim: '\u001b[2m', bold: '\u001b[1m', reset: '\u001b[0m' };

/** Human-readable report: findings grouped by file, then a summary line. Colour only when asked. */
export function formatText(reports: readonly FileReport[], context: Pick<FormatContext, 'colour'>): string {
  const c = (name: keyof typeof colours, s: string) => (context.colour ? colours[name] + s + colours.reset : s);
  const out: string[] = [];
  for (const r of reports) {
    const findings = r.documents.flatMap((d) => d.findings);
    if (findings.length === 0) continue;
    out.push(c('bold', r.file));
    for (const f of findings) {
      const sev = f.severity === 'error' ? c('red', 'error  ') : c('yellow', 'warning');
      const where = `${f.line}:${f.column}`.padEnd(8);
      const field = f.field ? `${f.field}: ` : '';
      const tag = f.rule ? `${f.rule} ${f.type}` : f.type;
      out.push(`  ${where}${sev}  ${field}${f.message}  ${c('dim', tag)}`);
    }
    out.push('');
  }
  out.push(summary(reports));
  return `${out.join('\n')}\n`;
}

/** "2 errors, 1 warning in 14 cert-manager objects of 3 files (3 other objects skipped)" */
export function summary(reports: readonly FileReport[]): string {
  const t = totals(reports);
  const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;
  const tail = t.skipped ? ` (${plural(t.skipped, 'object')} of other kinds skipped)` : '';
  return `${plural(t.errors, 'error')}, ${plural(t.warnings, 'warning')} in ${plural(t.checked, 'cert-manager object')} of ${plural(t.files, 'file')}${tail}`;
}
