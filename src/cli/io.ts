/** What the CLI touches of the outside world, injected so tests need no subprocess. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Reads all of standard input. */
  readonly readStdin: () => Promise<string>;
  /** The working directory paths are resolved against. */
  readonly cwd: string;
  /** Whether stdout is a terminal (colour is used only then, unless NO_COLOR or FORCE_COLOR say otherwise). */
  readonly isTTY: boolean;
  /** Environment variables (`NO_COLOR`, `FORCE_COLOR`); none when absent. */
  readonly env?: Readonly<Record<string, string | undefined>>;
}

/**
 * Whether to print ANSI colours: `FORCE_COLOR` (set and not `0` or `false`) forces them,
 * a non-empty `NO_COLOR` turns them off (https://no-color.org), and otherwise only a terminal gets them.
 */
export function useColour(io: Pick<CliIo, 'isTTY' | 'env'>): boolean {
  const force = io.env?.FORCE_COLOR;
  if (force !== undefined && force !== '0' && force !== 'false') return true;
  if ((io.env?.NO_COLOR ?? '') !== '') return false;
  return io.isTTY;
}

/** Exit codes of the CLI. */
export const ExitCode = {
  /** Nothing at or above the failing level. */
  Clean: 0,
  /** Findings at or above the failing level. */
  Findings: 1,
  /** Usage or I/O error. */
  Usage: 2,
} as const;
