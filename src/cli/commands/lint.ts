import { parseArgs } from 'node:util';
import type { FeatureGates } from '../../index.js';
import { formatJson } from '../format/json.js';
import { formatText } from '../format/text.js';
import { ExitCode, type CliIo } from '../io.js';
import { lintDocuments } from '../lint/findings.js';
import { parseDocuments } from '../source/documents.js';
import { readSources } from '../source/files.js';

export const LINT_HELP = `Usage: cmapi lint [options] PATH...

Checks cert-manager manifests as the API server and cert-manager's webhook would,
and reports each problem at its line and column. PATH is a file, a directory
(searched recursively for .yaml, .yml and .json files) or - for standard input.
Documents of other kinds are skipped and counted.

Options:
  --format text|json          output format (default: text)
  --feature-gates A=true,...  webhook feature gates (default: cert-manager's)
  --allow-unknown-fields      report fields the schema does not know as warnings
  --max-warnings N            fail when there are more than N warnings
  -h, --help                  show this help

Exit codes: 0 clean, 1 findings, 2 usage or I/O error.
`;

const FORMATS = { text: true, json: true } as const;

/** `cmapi lint` */
export async function lintCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      format: { type: 'string', default: 'text' },
      'feature-gates': { type: 'string' },
      'allow-unknown-fields': { type: 'boolean', default: false },
      'max-warnings': { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    io.stdout(LINT_HELP);
    return ExitCode.Clean;
  }
  if (!(values.format in FORMATS)) throw new UsageError(`unknown --format ${values.format}; use one of: ${Object.keys(FORMATS).join(', ')}`);
  if (positionals.length === 0) throw new UsageError('cmapi lint needs at least one PATH (a file, a directory or - for stdin)');
  const maxWarnings = values['max-warnings'] === undefined ? Number.POSITIVE_INFINITY : Number(values['max-warnings']);
  if (!Number.isInteger(maxWarnings) && maxWarnings !== Number.POSITIVE_INFINITY) throw new UsageError('--max-warnings needs a whole number');
  const featureGates = parseFeatureGates(values['feature-gates']);
  const sources = await readSources(positionals, io.cwd, io.readStdin);
  const reports = sources.map((s) => lintDocuments(s.name, parseDocuments(s.text), { featureGates, allowUnknownFields: values['allow-unknown-fields'] }));
  io.stdout(values.format === 'json' ? formatJson(reports) : formatText(reports, io.isTTY));
  const all = reports.flatMap((r) => r.findings);
  const errors = all.filter((f) => f.severity === 'error').length;
  return errors > 0 || all.length - errors > maxWarnings ? ExitCode.Findings : ExitCode.Clean;
}

/** A mistake in how the CLI was called (exit code 2). */
export class UsageError extends Error {}

/** `A=true,B=false` → gates. */
export function parseFeatureGates(text: string | undefined): FeatureGates {
  const gates: Record<string, boolean> = {};
  for (const part of (text ?? '').split(',').filter(Boolean)) {
    const [name, value] = part.split('=');
    if (!name || (value !== 'true' && value !== 'false')) throw new UsageError(`--feature-gates: "${part}" is not NAME=true or NAME=false`);
    gates[name.trim()] = value === 'true';
  }
  return gates as FeatureGates;
}
