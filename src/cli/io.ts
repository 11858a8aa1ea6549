/** What the CLI touches of the outside world, injected so tests need no subprocess. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Reads all of standard input. */
  readonly readStdin: () => Promise<string>;
  /** The working directory paths are resolved against. */
  readonly cwd: string;
  /** Whether stdout is a terminal (colour is used only then). */
  readonly isTTY: boolean;
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
