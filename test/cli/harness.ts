import { fileURLToPath } from 'node:url';
import type { CliIo } from '../../src/cli/io.js';
import { runCli } from '../../src/cli/run-cli.js';

/** The project root, which paths in CLI tests are relative to. */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Runs the CLI with injected streams and collects what it prints. */
export async function cli(
  argv: string[],
  options: { stdin?: string; cwd?: string; isTTY?: boolean; env?: Record<string, string | undefined> } = {},
) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    stdout: (s) => out.push(s),
    stderr: (s) => err.push(s),
    readStdin: async () => options.stdin ?? '',
    cwd: options.cwd ?? ROOT,
    isTTY: options.isTTY ?? false,
    env: options.env ?? {},
  };
  const code = await runCli(argv, io, '9.9.9');
  return { code, stdout: out.join(''), stderr: err.join('') };
}

/** A finding of `--format json`, as the tests read it. */
export interface JsonFinding {
  file: string;
  document: number;
  line: number;
  column: number;
  severity: string;
  type: string;
  field: string;
  message: string;
  rule?: string;
}

/** Lints with `--format json` and returns the parsed report. */
export async function lintJson(argv: string[], options: { stdin?: string; cwd?: string } = {}) {
  const r = await cli(['lint', '--format', 'json', ...argv], options);
  const report = JSON.parse(r.stdout) as {
    findings: JsonFinding[];
    summary: Record<string, number> & { skippedFiles: Record<string, number>; certManagerVersion: string };
  };
  return { ...r, report };
}
