import { type FileReport, totals } from '../lint/findings.js';
import type { SkippedFiles, SkippedReason } from '../lint/skipped.js';
import { printable } from './printable.js';
import type { FormatContext } from './types.js';

const colours = { red: '\u001b[31m', yellow: '\u001b[33m', dim: '\u001b[2m', bold: '\u001b[1m', reset: '\u001b[0m' };

/** Human-readable report: findings grouped by file, then a summary line. Colour only when asked. */
export function formatText(reports: readonly FileReport[], context: Pick<FormatContext, 'colour' | 'release' | 'skippedFiles'>): string {
  const c = (name: keyof typeof colours, s: string) => (context.colour ? colours[name] + s + colours.reset : s);
  const out: string[] = [];
  for (const r of reports) {
    const findings = r.documents.flatMap((d) => d.findings);
    if (findings.length === 0) continue;
    out.push(c('bold', printable(r.file)));
    for (const f of findings) {
      const sev = f.severity === 'error' ? c('red', 'error  ') : c('yellow', 'warning');
      const where = `${f.line}:${f.column}`.padEnd(8);
      const field = f.field ? `${printable(f.field)}: ` : '';
      const tag = f.rule ? `${f.rule} ${f.type}` : f.type;
      out.push(`  ${where}${sev}  ${field}${printable(f.message)}  ${c('dim', tag)}`);
    }
    out.push('');
  }
  out.push(summary(reports, context));
  return `${out.join('\n')}\n`;
}

/** How each reason for skipping a file is printed. */
const REASONS: Readonly<Record<SkippedReason, string>> = {
  'no-objects': 'without Kubernetes objects',
  helm: 'Helm chart',
  binary: 'not text',
  'broken-link': 'broken link',
};

/**
 * "2 errors, 1 warning in 14 cert-manager objects of 3 files (3 objects of other kinds skipped;
 * 2 files skipped: 1 Helm chart, 1 not text); checked against cert-manager v1.14"
 */
export function summary(reports: readonly FileReport[], context: Pick<FormatContext, 'release' | 'skippedFiles'>): string {
  const t = totals(reports);
  const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;
  const notes: string[] = [];
  if (t.skipped) notes.push(`${plural(t.skipped, 'object')} of other kinds skipped`);
  const files = skippedText(context.skippedFiles);
  if (files) notes.push(files);
  const tail = notes.length > 0 ? ` (${notes.join('; ')})` : '';
  return `${plural(t.errors, 'error')}, ${plural(t.warnings, 'warning')} in ${plural(t.checked, 'cert-manager object')} of ${plural(t.files, 'file')}${tail}; checked against cert-manager ${context.release}`;
}

/** "3 files skipped: 2 without Kubernetes objects, 1 Helm chart", or '' when none were. */
function skippedText(skipped: SkippedFiles): string {
  const parts = (Object.keys(REASONS) as SkippedReason[]).filter((r) => (skipped[r] ?? 0) > 0).map((r) => `${skipped[r]} ${REASONS[r]}`);
  const n = Object.values(skipped).reduce((a: number, b) => a + (b ?? 0), 0);
  return n > 0 ? `${n} file${n === 1 ? '' : 's'} skipped: ${parts.join(', ')}` : '';
}
