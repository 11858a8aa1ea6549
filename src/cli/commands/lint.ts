import { parseArgs } from 'node:util';
import { FORMATTERS } from '../format/index.js';
import { ExitCode } from '../io.js';
import { totals } from '../lint/findings.js';
import { lintSources } from '../lint/pool.js';
import { parseChoice, parseCount, parseFeatureGates, UsageError } from '../options.js';
import { readSources } from '../source/files.js';
import type { Command } from './types.js';

const FORMATS = Object.keys(FORMATTERS);

const HELP = `Usage: cmapi lint [options] PATH...

Checks cert-manager manifests as the API server and cert-manager's webhook would,
and reports each problem at its line and column. PATH is a file, a directory
(searched recursively for .yaml, .yml and .json files) or - for standard input.
YAML is read as kubectl reads it (YAML 1.1: yes/no/on/off are booleans); plain
values that YAML 1.2 tools read differently are warned about. Documents of
other kinds are skipped and counted; core v1 Lists are checked item by item.

Options:
  --format FORMAT             text (default), json, sarif, junit or github
  --feature-gates A=true,...  webhook feature gates (default: cert-manager's)
  --allow-unknown-fields      report fields the schema does not know as
                              warnings instead of errors
  --max-warnings N            also fail when there are more than N warnings
  --jobs N                    lint on N worker threads (default 1); the output
                              is the same for any N
  -h, --help                  show this help

Exit codes: 0 clean, 1 errors (or more warnings than --max-warnings),
2 usage or I/O error.
`;

/** `cmapi lint`: validate manifests and report findings at their lines. */
export const lintCommand: Command = {
  summary: 'check cert-manager manifests, with line numbers',
  help: HELP,
  async run(args, { io, version }) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        format: { type: 'string', default: 'text' },
        'feature-gates': { type: 'string' },
        'allow-unknown-fields': { type: 'boolean', default: false },
        'max-warnings': { type: 'string' },
        jobs: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
    if (values.help) {
      io.stdout(HELP);
      return ExitCode.Clean;
    }
    const format = parseChoice('format', values.format, FORMATS);
    const maxWarnings = parseCount('max-warnings', values['max-warnings'], 0, Number.POSITIVE_INFINITY);
    const jobs = parseCount('jobs', values.jobs, 1, 1);
    const featureGates = parseFeatureGates(values['feature-gates']);
    if (positionals.length === 0) throw new UsageError('cmapi lint needs at least one PATH (a file, a directory or - for stdin)');
    const sources = await readSources(positionals, io.cwd, io.readStdin);
    const reports = await lintSources(sources, { featureGates, allowUnknownFields: values['allow-unknown-fields'] }, jobs);
    const formatter = FORMATTERS[format];
    if (formatter) io.stdout(formatter(reports, { colour: io.isTTY && format === 'text', version }));
    const t = totals(reports);
    return t.errors > 0 || t.warnings > maxWarnings ? ExitCode.Findings : ExitCode.Clean;
  },
};
