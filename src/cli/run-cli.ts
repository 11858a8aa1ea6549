import { convertCommand } from './commands/convert.js';
import { defaultCommand } from './commands/default.js';
import { lintCommand } from './commands/lint.js';
import { serveCommand } from './commands/serve.js';
import type { Command } from './commands/types.js';
import { type CliIo, ExitCode } from './io.js';
import { UsageError } from './options.js';
import { closest } from './suggest.js';

/** The commands of the CLI, by name. */
const COMMANDS: Readonly<Record<string, Command>> = {
  lint: lintCommand,
  convert: convertCommand,
  default: defaultCommand,
  serve: serveCommand,
};

const HELP = `Usage: cmapi <command> [options]

Commands:
${Object.entries(COMMANDS)
  .map(([name, c]) => `  ${name.padEnd(10)} ${c.summary}`)
  .join('\n')}

Run "cmapi <command> --help" for the options of a command.
Options: -h, --help, -v, --version
Exit codes: 0 clean, 1 findings, 2 usage or I/O error.
`;

/**
 * Runs the cmapi command line and returns the exit code: 0 clean, 1 findings at or above the
 * failing level, 2 usage or I/O error. Never throws: usage and I/O errors are printed on stderr.
 * @param argv - the arguments, without `node` and the script name
 * @param io - standard streams, working directory and terminal flag (injected, so tests need no process)
 * @param version - the version `--version` prints and reports carry
 * @returns the exit code
 * @example
 * ```ts
 * const out: string[] = [];
 * const code = await runCli(['lint', '--format', 'json', 'manifests/'], {
 *   stdout: (s) => out.push(s), stderr: (s) => process.stderr.write(s),
 *   readStdin: async () => '', cwd: process.cwd(), isTTY: false,
 * });
 * ```
 */
export async function runCli(argv: readonly string[], io: CliIo, version = '0.0.0'): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    (command === undefined ? io.stderr : io.stdout)(HELP);
    return command === undefined ? ExitCode.Usage : ExitCode.Clean;
  }
  if (command === '--version' || command === '-v') {
    io.stdout(`${version}\n`);
    return ExitCode.Clean;
  }
  const entry = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
  if (!entry) {
    io.stderr(`cmapi: unknown command "${command}"\n\n${HELP}`);
    return ExitCode.Usage;
  }
  try {
    return await entry.run(rest, { io, version });
  } catch (err) {
    const code = (err as { code?: unknown }).code;
    const usage = err instanceof UsageError || (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS'));
    const message =
      code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' ? unknownOption(err as Error, entry.help) : err instanceof Error ? err.message : String(err);
    io.stderr(`cmapi ${command}: ${message}\n${usage ? `Run "cmapi ${command} --help" for usage.\n` : ''}`);
    return ExitCode.Usage;
  }
}

/** "unknown option --formt; did you mean --format?": the closest option the command's help lists. */
function unknownOption(err: Error, help: string): string {
  const given = /'(-[^']*)'/.exec(err.message)?.[1] ?? '';
  const flag = given.split('=')[0] ?? given;
  const known = [...new Set(help.match(/--[a-z][a-z0-9-]*/g) ?? [])];
  const hint = closest(flag, known);
  return `unknown option ${flag}${hint ? `; did you mean ${hint}?` : ''}`;
}
