/**
 * Structured logs: one JSON object per line, with a time, a level and a message. Callers pass
 * only metadata (paths, codes, uids, durations), never the objects under review.
 */

/**
 * Log levels, least to most severe.
 * @public
 */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

const RANK: Record<LogLevel, number> = { debug: 0, info: 1, warn: 2, error: 3 };

/** The level names, for option parsing. */
export const LOG_LEVELS = Object.keys(RANK) as LogLevel[];

/** Writes structured log lines at or above a level. */
export interface Logger {
  /** Whether lines of `level` are written (to skip building them otherwise). */
  enabled(level: LogLevel): boolean;
  /** Writes `{time, level, msg, ...fields}` when `level` is enabled. */
  log(level: LogLevel, msg: string, fields?: Readonly<Record<string, unknown>>): void;
}

/**
 * A logger writing JSON lines through `write` for `level` and above. A failing sink is ignored:
 * logging never breaks a request.
 */
export function createLogger(level: LogLevel, write: (line: string) => void): Logger {
  const min = RANK[level];
  return {
    enabled: (l) => RANK[l] >= min,
    log(l, msg, fields = {}) {
      if (RANK[l] < min) return;
      try {
        write(JSON.stringify({ time: new Date().toISOString(), level: l, msg, ...fields }));
      } catch {
        // A closed stream or an unserialisable field must not take the server down.
      }
    },
  };
}
