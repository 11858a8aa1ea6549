import { parseArgs } from 'node:util';
import { convert } from '../../conversion/convert.js';
import { type Group, VERSIONS, type Version } from '../../index.js';
import { ExitCode } from '../io.js';
import { UsageError } from '../options.js';
import type { Transform } from '../rewrite/each-object.js';
import { withoutPreservation } from '../rewrite/lossy.js';
import { DELIVERY_OPTIONS, deliver, deliveryFrom, rewritePaths } from './rewrite.js';
import type { Command } from './types.js';

const GROUPS: readonly Group[] = ['cert-manager.io', 'acme.cert-manager.io'];

const HELP = `Usage: cmapi convert --to API_VERSION [options] PATH...

Converts every cert-manager object to another API version, as cert-manager's
conversion webhook would, and prints the result; documents of other kinds pass
through unchanged. Comments, key order and document separators are kept;
only the documents that change are re-emitted. PATH is a file, a directory
(recursively, .yaml/.yml/.json) or - for standard input.

API_VERSION is cert-manager.io/VERSION or acme.cert-manager.io/VERSION (only
objects of that group are converted), or a bare VERSION (objects of both groups).
VERSION is one of ${VERSIONS.join(', ')}.

Options:
  --to API_VERSION   the target (required)
  --lossy            leave out the conversion.cmapi.io/<version> annotations that
                     keep what the target version has no field for (as upstream's
                     conversion webhook does; converting back cannot restore it)
  --in-place         rewrite the files instead of printing them
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
        lossy: { type: 'boolean', default: false },
        ...DELIVERY_OPTIONS,
      },
    });
    if (values.help) {
      io.stdout(HELP);
      return ExitCode.Clean;
    }
    const delivery = deliveryFrom(values);
    const files = await rewritePaths(positionals, io, delivery.inPlace, conversionTo(parseTarget(values.to), values.lossy));
    return deliver(files, io, delivery);
  },
};

/** `--to`: a group (or any) and a version. */
function parseTarget(to: string | undefined): { group: Group | undefined; version: Version } {
  if (to === undefined || to === '') throw new UsageError('--to is required, for example --to cert-manager.io/v1');
  const slash = to.lastIndexOf('/');
  const group = slash < 0 ? undefined : to.slice(0, slash);
  const version = to.slice(slash + 1);
  if (group !== undefined && !(GROUPS as readonly string[]).includes(group)) {
    throw new UsageError(`--to ${to}: unknown group ${group}; use ${GROUPS.join(' or ')}`);
  }
  if (!(VERSIONS as readonly string[]).includes(version))
    throw new UsageError(`--to ${to}: unknown version ${version}; use one of ${VERSIONS.join(', ')}`);
  return { group: group as Group | undefined, version: version as Version };
}

function conversionTo(target: { group: Group | undefined; version: Version }, lossy: boolean): Transform {
  return (value, identity) => {
    if (target.group !== undefined && identity.group !== target.group) return { value, errors: [] };
    const r = convert(value, `${identity.group}/${target.version}`);
    if (r.object === undefined) return { errors: r.errors };
    return { value: lossy ? withoutPreservation(value, r.object) : r.object, errors: r.errors };
  };
}
