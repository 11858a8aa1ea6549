import { allFindings, type FileReport } from '../lint/findings.js';
import { printable } from './printable.js';
import { summary } from './text.js';
import type { FormatContext } from './types.js';

/**
 * GitHub Actions workflow commands: one `::error` or `::warning` annotation per finding, which
 * GitHub shows on the line of the pull request diff, then the summary line.
 */
export function formatGithub(reports: readonly FileReport[], context: Pick<FormatContext, 'release' | 'skippedFiles'>): string {
  const lines = allFindings(reports).map((f) => {
    const title = f.rule ? `${f.rule} (${f.type})` : f.type;
    const props = `file=${property(f.file)},line=${f.line},col=${f.column},title=${property(title)}`;
    const message = f.field ? `${f.field}: ${f.message}` : f.message;
    return `::${f.severity} ${props}::${data(message)}`;
  });
  return `${[...lines, summary(reports, context)].join('\n')}\n`;
}

/**
 * Escapes the message of a workflow command: `%`, CR and LF as GitHub decodes them; other control
 * characters are made visible, so that nothing from a file name or value reaches the log raw.
 */
function data(s: string): string {
  return printable(s.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A'));
}

/** Escapes a property value of a workflow command. */
function property(s: string): string {
  return data(s).replaceAll(':', '%3A').replaceAll(',', '%2C');
}
