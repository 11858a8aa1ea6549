import { parseArgs } from 'node:util';
import { applyDefaults } from '../../index.js';
import { parseRelease } from '../../release/release.js';
import { ExitCode } from '../io.js';
import { UsageError } from '../options.js';
import type { Transform } from '../rewrite/each-object.js';
import { DELIVERY_OPTIONS, deliver, deliveryFrom, type NamedRewrite, rewritePaths } from './rewrite.js';
import type { Command } from './types.js';

const HELP = `Usage: cmapi default [options] PATH...

Fills in the defaults of cert-manager objects (issuerRef kind and group, the
private key rotation policy, and for v1 the CRD schema defaults) and prints the
documents; other kinds pass through unchanged. Comments and key order are kept.
PATH is a file, a directory (recursively, .yaml/.yml/.json) or - for standard
input.

Options:
  --patch            print the RFC 6902 JSON Patch of each cert-manager document
                     instead (a JSON array: file, document, line, kind, name, patch)
  --cert-manager-version RELEASE
                     the release whose defaults apply: v1.12 … v1.21 or master
                     (default); 1.14 and v1.14.7 read as v1.14
  --in-place         rewrite the files instead of printing them
  -o, --output FMT   yaml (default) or json (one v1 List of all documents)
  -h, --help         show this help

Exit codes: 0 done, 1 some objects could not be defaulted (reported on stderr),
2 usage or I/O error.
`;

const defaultsOf =
  (certManagerVersion: string): Transform =>
  (value) => {
    const r = applyDefaults(value, { certManagerVersion });
    return { value: r.object, errors: r.errors, patch: r.patch };
  };

/** `cmapi default`: print defaulted manifests, or their JSON Patches. */
export const defaultCommand: Command = {
  summary: 'fill in the defaults of cert-manager manifests (or print the JSON Patch)',
  help: HELP,
  async run(args, { io }) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        patch: { type: 'boolean', default: false },
        'cert-manager-version': { type: 'string', default: 'master' },
        ...DELIVERY_OPTIONS,
      },
    });
    if (values.help) {
      io.stdout(HELP);
      return ExitCode.Clean;
    }
    if (values.patch && (values['in-place'] || values.output !== 'yaml'))
      throw new UsageError('--patch prints JSON; it does not go with --in-place or -o');
    const release = parseRelease(values['cert-manager-version']);
    if (!release.ok) throw new UsageError(`--cert-manager-version: ${release.message}`);
    const delivery = deliveryFrom(values);
    const files = await rewritePaths(positionals, io, delivery.inPlace, defaultsOf(release.release));
    if (!values.patch) return deliver(files, io, delivery);
    io.stdout(`${JSON.stringify(patches(files), null, 2)}\n`);
    return files.some((f) => f.problems.length > 0) ? ExitCode.Findings : ExitCode.Clean;
  },
};

/** The patch of every document holding cert-manager objects. */
function patches(files: readonly NamedRewrite[]): unknown[] {
  return files.flatMap((f) =>
    f.documents
      .filter((d) => (d.outcome?.objects ?? 0) > 0)
      .map((d) => {
        const v = d.value as { kind?: unknown; metadata?: { name?: unknown } } | null;
        return {
          file: f.name,
          document: d.index,
          line: d.start.line,
          kind: typeof v?.kind === 'string' ? v.kind : '',
          name: typeof v?.metadata?.name === 'string' ? v.metadata.name : '',
          patch: d.outcome?.patch ?? [],
        };
      }),
  );
}
