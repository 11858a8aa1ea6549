import { parseArgs } from 'node:util';
import { convertWith } from '../../conversion/convert.js';
import { parseTargetSpelling } from '../../conversion/target.js';
import { type Group, VERSIONS, type Version } from '../../index.js';
import { ExitCode } from '../io.js';
import { UsageError } from '../options.js';
import type { Transform } from '../rewrite/each-object.js';
import { DELIVERY_OPTIONS, deliver, deliveryFrom, rewritePaths } from './rewrite.js';
import type { Command } from './types.js';

const HELP = `Usage: cmapi convert --to API_VERSION [options] PATH...

Converts every cert-manager object to another API version, as cert-manager's
conversion webhook would, and prints the result; documents of other kinds pass
through unchanged. Comments, key order and document separators are kept;
only the documents that change are re-emitted. PATH is a file, a directory
(recursively, .yaml/.yml/.json) or - for standard input.

API_VERSION is cert-manager.io/VERSION or acme.cert-manager.io/VERSION (only
objects of that group are converted), or a bare VERSION (objects of both groups).
VERSION is one of ${VERSIONS.join(', ')}.

Converting to v1 gives exactly upstream's output: no conversion.cmapi.io
annotations. Converting to an older version adds the annotation
conversion.cmapi.io/<version> where converting back would otherwise lose or
alter a value (a v1-only field, say), so that converting back restores it.

Options:
  --to API_VERSION   the target (required)
  --lossless         to v1 too, add the conversion.cmapi.io annotation where
                     converting back would lose or alter a value
  --lossy            deprecated: to an older version, leave the annotations out
                     (converting back cannot restore what they kept)
  --in-place         rewrite the files instead of printing them (each file is
                     replaced at once; the files written are listed on stdout)
  -o, --output FMT   yaml (default) or json (one v1 List of all documents)
  -h, --help         show this help

Exit codes: 0 converted, 1 some objects could not be converted (they are left
as they were and reported on stderr), 2 usage or I/O error.
`;

/** `cmapi convert`: convert manifests between API versions. */
export const convertCommand: Command = {
  summary: 'convert cert-manager manifests to another API version',
  help: HELP,
  async run(args, { io }) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        to: { type: 'string' },
        lossless: { type: 'boolean', default: false },
        lossy: { type: 'boolean', default: false },
        ...DELIVERY_OPTIONS,
      },
    });
    if (values.help) {
      io.stdout(HELP);
      return ExitCode.Clean;
    }
    if (values.lossless && values.lossy) throw new UsageError('--lossless and --lossy do not go together');
    if (values.lossy) io.stderr('cmapi convert: --lossy is deprecated: converting to v1 leaves the annotations out by default\n');
    const delivery = deliveryFrom(values);
    const target = parseTarget(values.to);
    const preserve = target.version === 'v1' ? values.lossless : !values.lossy;
    const files = await rewritePaths(positionals, io, delivery.inPlace, conversionTo(target, preserve));
    return deliver(files, io, delivery);
  },
};

/** `--to`: a group (or any) and a version, spelt as `convert` accepts them. */
function parseTarget(to: string | undefined): { group: Group | undefined; version: Version } {
  if (to === undefined || to === '') throw new UsageError('--to is required, for example --to cert-manager.io/v1');
  const parsed = parseTargetSpelling(to);
  if (!parsed.ok) throw new UsageError(`--to ${to}: ${parsed.problem}`);
  return parsed;
}

function conversionTo(target: { group: Group | undefined; version: Version }, preserve: boolean): Transform {
  return (value, identity) => {
    if (target.group !== undefined && identity.group !== target.group) return { value, errors: [] };
    const r = convertWith(value, target.version, { preserve });
    if (r.object === undefined) return { errors: r.errors, warnings: r.warnings };
    return { value: r.object, errors: r.errors, warnings: r.warnings };
  };
}
