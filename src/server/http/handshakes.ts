/**
 * TLS handshake admission (issue 15 item 4): the HTTPS listener accepts connections paused and
 * starts their TLS handshakes here, newest first, rationed while connections keep arriving.
 *
 * Why: Node's event loop accepts one connection per iteration (libuv ≥ 1.45), and every
 * iteration also runs the handshakes that are due, each a signature with the serving key (about
 * 1–3 ms for ECDSA P-384). Under a flood of new connections, a health probe waited in the
 * kernel's accept queue behind every earlier connection, one iteration each, while those
 * iterations were slowed by earlier connections' handshakes: over a second. Here accepting
 * costs no cryptography, so the queue drains fast; a newcomer (a kubelet probe, the API
 * server reconnecting) is handshaken before the older backlog; and the backlog is worked
 * through once the queue is empty, a few handshakes per iteration.
 */
import type { Socket } from 'node:net';

/**
 * While connections keep arriving, a handshake starts only when this many ms and
 * {@link ARRIVING_ACCEPTS_PER_START} accepted connections have passed since the last one: the
 * time bounds the share of handshakes when accepting is fast, the count when the process gets
 * little CPU (a handshake costs as much as a few dozen accepts).
 */
export const ARRIVING_START_INTERVAL_MS = 10;

/** See {@link ARRIVING_START_INTERVAL_MS}. */
export const ARRIVING_ACCEPTS_PER_START = 32;

/** Once arrivals pause, at most this many handshakes start per event-loop iteration. */
export const IDLE_STARTS_PER_ITERATION = 8;

/** Starts the TLS handshake of a paused, accepted connection. */
export type StartHandshake = (socket: Socket) => void;

/**
 * Holds accepted connections whose TLS handshake has not started. A connection waits from its
 * first bytes; handshakes start newest first: at once for a lone connection, rarely while the
 * listener accepts a connection on every iteration (its queue is not empty; see
 * {@link ARRIVING_START_INTERVAL_MS}), and {@link IDLE_STARTS_PER_ITERATION} per iteration
 * after that. Held connections count towards the connection limit like any other (the silent
 * ones are the first closed there). A connection held longer than the handshake timeout is
 * closed.
 */
export class HandshakeGate {
  readonly #start: StartHandshake;
  readonly #timeoutMs: number;
  readonly #now: () => number;
  /** Connections whose handshake has not started, silent or waiting, with when they were accepted (in accept order). */
  readonly #held = new Map<Socket, number>();
  /** Connections that sent their first bytes, oldest first; closed ones are skipped when popped. */
  readonly #waiting: Socket[] = [];
  #lastStart = Number.NEGATIVE_INFINITY;
  /** Connections accepted since the last handshake started. */
  #acceptedSinceStart = Number.POSITIVE_INFINITY;
  /** A connection was accepted since the last turn: the accept queue may hold more. */
  #arriving = false;
  #scheduled = false;
  #closed = false;
  /** Closes held connections past the timeout; one timer for all of them, cheaper than one each. */
  readonly #sweeper: NodeJS.Timeout;

  /**
   * @param start - starts the handshake of a connection
   * @param timeoutMs - a connection still waiting after this long is closed (the handshake timeout)
   * @param now - the clock, in milliseconds
   */
  constructor(start: StartHandshake, timeoutMs: number, now: () => number = () => performance.now()) {
    this.#start = start;
    this.#timeoutMs = timeoutMs;
    this.#now = now;
    this.#sweeper = setInterval(() => this.#sweep(), Math.max(10, Math.min(1000, timeoutMs / 4)));
    this.#sweeper.unref();
  }

  /** Connections accepted whose handshake has not started. */
  get held(): number {
    return this.#held.size;
  }

  /**
   * Takes an accepted connection (paused). It waits here from its first bytes (a client hello,
   * normally): a connection that sends nothing never costs a handshake.
   */
  admit(socket: Socket): void {
    if (socket.destroyed) return;
    if (this.#closed) {
      socket.destroy();
      return;
    }
    this.#held.set(socket, this.#now());
    socket.once('close', () => this.#held.delete(socket));
    // No turn is scheduled for a silent connection: a turn only starts handshakes.
    this.#arriving = true;
    this.#acceptedSinceStart++;
    // Reads the first chunk into the socket's buffer; node:tls takes it from there when the
    // handshake starts.
    const onFirstBytes = (): void => {
      socket.off('readable', onFirstBytes);
      if (socket.destroyed) return;
      // Closed by the client before sending anything, or the server is stopping.
      if (socket.readableLength === 0 || this.#closed) {
        socket.destroy();
        return;
      }
      this.#waiting.push(socket);
      this.#schedule();
    };
    socket.on('readable', onFirstBytes);
  }

  /** Closes every held connection and refuses new ones (shutdown). */
  close(): void {
    this.#closed = true;
    clearInterval(this.#sweeper);
    this.#waiting.length = 0;
    for (const s of [...this.#held.keys()]) s.destroy();
    this.#held.clear();
  }

  /** Closes held connections accepted more than the timeout ago (as node:tls does for a handshake that does not finish). */
  #sweep(): void {
    const now = this.#now();
    for (const [socket, at] of this.#held) {
      if (now - at < this.#timeoutMs) break;
      this.#held.delete(socket);
      socket.destroy();
    }
  }

  #schedule(): void {
    if (this.#scheduled || this.#closed) return;
    this.#scheduled = true;
    // After the poll phase that accepted: one turn per event-loop iteration.
    setImmediate(() => this.#turn());
  }

  #turn(): void {
    this.#scheduled = false;
    if (this.#closed) return;
    const now = this.#now();
    let budget: number;
    if (!this.#arriving) budget = IDLE_STARTS_PER_ITERATION;
    else if (now - this.#lastStart >= ARRIVING_START_INTERVAL_MS && this.#acceptedSinceStart >= ARRIVING_ACCEPTS_PER_START) budget = 1;
    else budget = 0;
    this.#arriving = false;
    while (budget > 0) {
      const socket = this.#waiting.pop();
      if (!socket) break;
      if (socket.destroyed) continue;
      this.#lastStart = now;
      this.#acceptedSinceStart = 0;
      budget--;
      this.#held.delete(socket);
      this.#start(socket);
    }
    // Drop closed connections from the bottom too, so the list does not keep them.
    while (this.#waiting.length > 0 && this.#waiting[0]?.destroyed) this.#waiting.shift();
    if (this.#waiting.length > 0) this.#schedule();
  }
}
