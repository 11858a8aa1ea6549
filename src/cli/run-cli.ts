import { lintCommand, LINT_HELP, UsageError } from './commands/lint.js';
import { ExitCode, type CliIo } from './io.js';
import { serveCommand } from './commands/serve.js';

const HELP = `Usage: cmapi <command> [options]

Commands:
  lint PATH...   check cert-manager manifests, with line numbers

Run "cmapi <command> --help" for the options of a command.
Options: --help, --version
`;

/** The commands of the CLI, by name. */
const COMMANDS: Record<string, { run: (args: string[], io: CliIo) => Promise<number>; help: string }> = {
  lint: { run: lintCommand, help: LINT_HELP },
  serve: serveCommand,
};

/**
 * Runs the cmapi command line with the given arguments (without `node` and the script name) and
 * returns the exit code. Never throws: usage and I/O errors are printed and give exit code 2.
 */
export async function runCli(argv: readonly string[], io: CliIo, version = '0.0.0'): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    io.stdout(HELP);
    return command === undefined ? ExitCode.Usage : ExitCode.Clean;
  }
  if (command === '--version' || command === '-v') {
    io.stdout(`${version}\n`);
    return ExitCode.Clean;
  }
  const entry = COMMANDS[command];
  if (!entry) {
    io.stderr(`cmapi: unknown command "${command}"\n\n${HELP}`);
    return ExitCode.Usage;
  }
  try {
    return await entry.run(rest, io);
  } catch (err) {
    const usage = err instanceof UsageError || (err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
    io.stderr(`cmapi ${command}: ${(err as Error).message}\n${usage ? `Run "cmapi ${command} --help" for usage.\n` : ''}`);
    return ExitCode.Usage;
  }
}
