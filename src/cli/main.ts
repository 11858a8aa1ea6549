import { text } from 'node:stream/consumers';
import { runCli } from './run-cli.js';
import { VERSION } from './version.js';

/** Entry point of the `cmapi` binary: wires the real process into {@link runCli}. */
export async function main(): Promise<number> {
  return runCli(
    process.argv.slice(2),
    {
      stdout: (s) => process.stdout.write(s),
      stderr: (s) => process.stderr.write(s),
      readStdin: () => text(process.stdin),
      cwd: process.cwd(),
      isTTY: process.stdout.isTTY === true,
      env: process.env,
    },
    VERSION,
  );
}

export { type CliIo, ExitCode } from './io.js';
export { runCli } from './run-cli.js';
