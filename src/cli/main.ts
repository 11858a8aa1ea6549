import { text } from 'node:stream/consumers';
import { runCli } from './run-cli.js';
import { VERSION } from './version.js';

/** Entry point of the `cmapi` binary: wires the real process into {@link runCli}. */
export async function main(): Promise<number> {
  return runCli(
    process.argv.slice(2),
    {
      stdout: writerTo(process.stdout),
      stderr: writerTo(process.stderr),
      readStdin: () => text(process.stdin),
      cwd: process.cwd(),
      isTTY: process.stdout.isTTY === true,
      env: process.env,
    },
    VERSION,
  );
}

/**
 * Writes to `stream` until its reader goes away (`cmapi lint . | head`): then the rest of the
 * output is dropped, as a command killed by SIGPIPE would drop it, and the command still ends
 * with its own exit code. Any other write error is thrown, as before.
 */
function writerTo(stream: NodeJS.WriteStream): (s: string) => void {
  let closed = false;
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code !== 'EPIPE') throw err;
    closed = true;
  });
  return (s) => {
    if (!closed) stream.write(s);
  };
}

export { type CliIo, ExitCode } from './io.js';
export { runCli } from './run-cli.js';
