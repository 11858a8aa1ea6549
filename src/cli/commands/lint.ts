import { parseArgs } from 'node:util';
import { parseRelease } from '../../release/release.js';
import { type LintConfig, findConfig, loadConfig } from '../config/config.js';
import { FORMATTERS } from '../format/index.js';
import { ExitCode, useColour } from '../io.js';
import { totals } from '../lint/findings.js';
import { lintSources } from '../lint/pool.js';
import { parseChoice, parseCount, parseFeatureGates, UsageError } from '../options.js';
import { readSources, type Sources } from '../source/files.js';
import { skippedFiles } from '../lint/skipped.js';
import type { Command } from './types.js';

const FORMATS = Object.keys(FORMATTERS);

const HELP = `Usage: cmapi lint [options] PATH...

Checks cert-manager manifests as the API server and cert-manager's webhook would,
and reports each problem at its line and column. PATH is a file, a directory
(searched recursively for .yaml, .yml and .json files) or - for standard input.
YAML is read as kubectl reads it (YAML 1.1: yes/no/on/off are booleans, a
repeated key keeps its last value); plain values that YAML 1.2 tools read
differently are warned about. Documents of other kinds are skipped and counted;
core v1 Lists are checked item by item.

Directories are searched without what .gitignore files ignore, node_modules/
and .git/. Helm chart templates and files that are not text are skipped and
counted; files without Kubernetes objects (workflows, compose files, Helm
values) are skipped silently.

Options:
  --format FORMAT             text (default), json, sarif, junit or github
  --cert-manager-version V    the release to check against: v1.12 ... v1.21
                              or master (default)
  --feature-gates A=true,...  webhook feature gates (default: the release's)
  --allow-unknown-fields      report fields the schema does not know as
                              warnings instead of errors
  --max-warnings N            also fail when there are more than N warnings
  --exclude GLOB              leave out matching files and directories
                              (picomatch syntax; repeatable)
  --include GLOB              search directories for files matching GLOB
                              instead of .yaml/.yml/.json (repeatable)
  --config FILE               read settings from FILE instead of the
                              .cmapi.yaml (or package.json "cmapi" key) found
                              from the working directory upward
  --no-config                 read no configuration file
  --jobs N                    lint on up to N threads (default 1); less than
                              about 200 KB of text stays on one; the output
                              is the same for any N
  -h, --help                  show this help

Suppress one finding with a comment on the line above it:
  # cmapi-disable-next-line RULE-ID[, RULE-ID] -- reason
or every finding of a rule in a document with # cmapi-disable RULE-ID.

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
        format: { type: 'string' },
        'cert-manager-version': { type: 'string' },
        'feature-gates': { type: 'string' },
        'allow-unknown-fields': { type: 'boolean', default: false },
        'max-warnings': { type: 'string' },
        exclude: { type: 'string', multiple: true, default: [] },
        include: { type: 'string', multiple: true, default: [] },
        config: { type: 'string' },
        'no-config': { type: 'boolean', default: false },
        jobs: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
    if (values.help) {
      io.stdout(HELP);
      return ExitCode.Clean;
    }
    if (values.config !== undefined && values['no-config']) throw new UsageError('--config and --no-config do not go together');
    const config: LintConfig | undefined = values['no-config']
      ? undefined
      : values.config !== undefined
        ? await loadConfig(values.config.startsWith('/') ? values.config : `${io.cwd}/${values.config}`)
        : await findConfig(io.cwd);
    const format = parseChoice('format', values.format ?? config?.format ?? 'text', FORMATS);
    const maxWarnings = parseCount('max-warnings', values['max-warnings'], 0, config?.maxWarnings ?? Number.POSITIVE_INFINITY);
    const jobs = parseCount('jobs', values.jobs, 1, 1);
    const release = parseRelease(values['cert-manager-version'] ?? config?.certManagerVersion ?? 'master');
    if (!release.ok) throw new UsageError(`--cert-manager-version: ${release.message}`);
    const configGates = config?.featureGates
      ? Object.entries(config.featureGates)
          .map(([k, v]) => `${k}=${v}`)
          .join(',')
      : undefined;
    const featureGates = { ...parseFeatureGates(configGates), ...parseFeatureGates(values['feature-gates']) };
    if (positionals.length === 0) throw new UsageError('cmapi lint needs at least one PATH (a file, a directory or - for stdin)');
    const options = {
      featureGates,
      allowUnknownFields: values['allow-unknown-fields'] || config?.allowUnknownFields === true,
      certManagerVersion: release.release,
      ...(config && Object.keys(config.rules).length > 0 ? { rules: config.rules } : {}),
    };
    let sources: Sources = { files: [], skipped: [] };
    // Worker threads (--jobs) start before the files are read, and load the program meanwhile.
    const linted = await lintSources(
      async () => {
        sources = await readSources(positionals, {
          cwd: io.cwd,
          readStdin: io.readStdin,
          exclude: [{ base: io.cwd, patterns: values.exclude }, ...(config ? [{ base: config.dir, patterns: config.exclude }] : [])],
          include: [{ base: io.cwd, patterns: values.include }, ...(config ? [{ base: config.dir, patterns: config.include }] : [])],
        });
        return sources.files;
      },
      options,
      jobs,
    );
    const { reports, skipped } = skippedFiles(linted, sources.skipped);
    const formatter = FORMATTERS[format];
    const colour = format === 'text' && useColour(io);
    if (formatter) io.stdout(formatter(reports, { colour, version, release: release.release, skippedFiles: skipped }));
    if ((skipped.helm ?? 0) > 0)
      io.stderr(
        `cmapi lint: ${skipped.helm} Helm chart file(s) skipped; to lint a chart, render it: helm template RELEASE CHART | cmapi lint -\n`,
      );
    const t = totals(reports);
    return t.errors > 0 || t.warnings > maxWarnings ? ExitCode.Findings : ExitCode.Clean;
  },
};
