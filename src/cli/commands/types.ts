import type { CliIo } from '../io.js';

/** What every command is given besides its arguments. */
export interface CommandContext {
  readonly io: CliIo;
  /** cmapi's version. */
  readonly version: string;
}

/** A CLI command: runs with its arguments and returns the exit code. */
export interface Command {
  readonly run: (args: string[], context: CommandContext) => Promise<number>;
  /** One line for the command list. */
  readonly summary: string;
  readonly help: string;
}
