import { resolve } from 'node:path';
import { ExitCode, type CliIo } from '../io.js';
import { parseChoice, UsageError } from '../options.js';
import type { Transform } from '../rewrite/each-object.js';
import { type RewrittenFile, rewriteFile } from '../rewrite/rewrite-file.js';
import { readSources } from '../source/files.js';
import { writeFileAtomic } from '../rewrite/write-atomic.js';

/** How `convert` and `default` deliver their results. */
export interface RewriteOptions {
  /** Rewrite the files instead of printing them. */
  readonly inPlace: boolean;
  /** `yaml`: the documents as they were, changed where needed; `json`: one core `v1 List` of all documents. */
  readonly output: 'yaml' | 'json';
}

/** A rewritten source file, with its name. */
export interface NamedRewrite extends RewrittenFile {
  readonly name: string;
}

/**
 * Reads the paths, applies the transformation to every cert-manager object, reports what could
 * not be transformed on stderr (`file:line:column: field: message`) and returns the rewrites.
 */
export async function rewritePaths(paths: readonly string[], io: CliIo, inPlace: boolean, transform: Transform): Promise<NamedRewrite[]> {
  if (paths.length === 0) throw new UsageError('needs at least one PATH (a file, a directory or - for stdin)');
  if (inPlace && paths.includes('-')) throw new UsageError('--in-place cannot rewrite standard input');
  const sources = (await readSources(paths, { cwd: io.cwd, readStdin: io.readStdin })).files;
  const out = sources.map((s) => ({ name: s.name, ...rewriteFile(s.text, /\.json$/i.test(s.name), transform) }));
  for (const f of out) {
    for (const p of f.problems)
      io.stderr(`${f.name}:${p.position.line}:${p.position.column}: ${p.field ? `${p.field}: ` : ''}${p.message}\n`);
    for (const w of f.warnings) io.stderr(`${f.name}:${w.position.line}:${w.position.column}: warning: ${w.message}\n`);
  }
  return out;
}

/** Delivers rewrites: files rewritten in place, a YAML stream, or one JSON `v1 List`; returns the exit code. */
export async function deliver(files: readonly NamedRewrite[], io: CliIo, options: RewriteOptions): Promise<number> {
  if (options.inPlace) {
    if (!(await writeInPlace(files, io))) return ExitCode.Usage;
  } else if (options.output === 'json') {
    const items = files.flatMap((f) => f.documents.map((d) => d.value));
    io.stdout(`${JSON.stringify({ apiVersion: 'v1', kind: 'List', items }, null, 2)}\n`);
  } else {
    io.stdout(joinStreams(files.map((f) => f.text)));
  }
  return files.some((f) => f.problems.length > 0) ? ExitCode.Findings : ExitCode.Clean;
}

/**
 * Replaces every changed file at once (writeFileAtomic) and lists each file written on stdout
 * (`wrote NAME`); a file that cannot be written is reported on stderr and the others still
 * are. Returns whether all were written.
 */
async function writeInPlace(files: readonly NamedRewrite[], io: CliIo): Promise<boolean> {
  let ok = true;
  for (const f of files) {
    if (!f.changed) continue;
    try {
      await writeFileAtomic(resolve(io.cwd, f.name), f.text);
      io.stdout(`wrote ${f.name}\n`);
    } catch (err) {
      ok = false;
      io.stderr(`${f.name}: not written: ${err instanceof Error ? err.message : String(err)}\n`);
    }
  }
  return ok;
}

/** Several files as one YAML stream: a `---` between files with content, unless the next starts with one. */
function joinStreams(texts: readonly string[]): string {
  let out = '';
  for (const t of texts) {
    if (out !== '' && t !== '') {
      if (!out.endsWith('\n')) out += '\n';
      if (out.trim() !== '' && t.trim() !== '' && !/^---(\s|$)/.test(t)) out += '---\n';
    }
    out += t;
  }
  return out;
}

/** The options `convert` and `default` share (for node:util parseArgs). */
export const DELIVERY_OPTIONS = {
  'in-place': { type: 'boolean', default: false },
  output: { type: 'string', short: 'o', default: 'yaml' },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

/** How to deliver, from the parsed shared options; `--in-place` and `-o json` exclude each other. */
export function deliveryFrom(values: { readonly 'in-place': boolean; readonly output: string }): RewriteOptions {
  const options = { inPlace: values['in-place'], output: parseChoice('output', values.output, ['yaml', 'json'] as const) };
  if (options.inPlace && options.output === 'json') throw new UsageError('--in-place and -o json do not go together');
  return options;
}
