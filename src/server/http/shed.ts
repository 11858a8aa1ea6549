/**
 * Load shedding (issue 15 item 4): a bound on open connections per listener, a budget of request
 * body bytes held at once, and a rate-limited log line for every kind of shed load. Health and
 * metrics requests carry no body, so the byte budget never refuses them; a new connection beyond
 * the limit closes the longest-idle one first, so a flood of idle connections cannot keep
 * probes (or the API server) out.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Server, Socket } from 'node:net';
import type { Logger } from '../log.js';

/** Why load was shed, as logged and counted. */
export type ShedReason = 'connection-limit-idle-closed' | 'connection-limit-refused' | 'body-bytes-in-flight';

/** Counts shed load and logs it at most once a second per reason (with the number left out since). */
export class ShedLog {
  readonly #log: Logger;
  readonly #counts = new Map<ShedReason, number>();
  readonly #last = new Map<ShedReason, { at: number; suppressed: number }>();

  constructor(log: Logger) {
    this.#log = log;
  }

  /** Records one event of `reason`. */
  shed(reason: ShedReason, fields: Readonly<Record<string, unknown>>): void {
    this.#counts.set(reason, (this.#counts.get(reason) ?? 0) + 1);
    const now = Date.now();
    const last = this.#last.get(reason);
    if (last && now - last.at < 1000) {
      last.suppressed++;
      return;
    }
    this.#last.set(reason, { at: now, suppressed: 0 });
    this.#log.log('warn', MESSAGES[reason], { reason, ...fields, ...(last?.suppressed ? { sinceLastLine: last.suppressed } : {}) });
  }

  /** Events per reason since start. */
  counts(): ReadonlyMap<ShedReason, number> {
    return this.#counts;
  }
}

const MESSAGES: Record<ShedReason, string> = {
  'connection-limit-idle-closed': 'connection limit reached: closed the longest-idle connection to accept a new one',
  'connection-limit-refused': 'connection limit reached and every connection is busy: refused a new connection',
  'body-bytes-in-flight': 'too many request body bytes in flight: answered 429',
};

interface Tracked {
  readonly socket: Socket;
  /** Requests being answered on it now. */
  active: number;
  /** When it last became idle (or was accepted). */
  idleSince: number;
  /** It has sent at least one byte. */
  talked: boolean;
}

/**
 * Bounds the open connections of the listeners it is attached to. At the limit, a new connection
 * closes an idle one (no request in flight: waiting for a TLS handshake, headers or the next
 * keep-alive request): the oldest of those that never sent a byte, else the one idle longest. A
 * client that is talking (a probe in the middle of its handshake) thus outlives a flood of
 * silent connections. When every connection is busy, the new one is refused.
 */
export class ConnectionGuard {
  readonly #max: number;
  readonly #shed: ShedLog;
  readonly #listener: string;
  readonly #open = new Map<Socket, Tracked>();

  constructor(max: number, shed: ShedLog, listener: string) {
    this.#max = max;
    this.#shed = shed;
    this.#listener = listener;
  }

  /** Counts `server`'s connections from now on. */
  attach(server: Server): void {
    server.on('connection', (socket: Socket) => this.#admit(socket));
  }

  /** Open connections now. */
  get size(): number {
    return this.#open.size;
  }

  /** Marks the connection of `req` busy until `res` is finished or closed. */
  track(req: IncomingMessage, res: ServerResponse): void {
    const t = this.#open.get(rawSocket(req.socket));
    if (!t) return;
    t.active++;
    res.once('close', () => {
      t.active--;
      t.idleSince = Date.now();
    });
  }

  /** Destroys every connection (the end of a shutdown timeout). */
  destroyAll(): void {
    for (const socket of [...this.#open.keys()]) socket.destroy();
  }

  #admit(socket: Socket): void {
    if (this.#open.size >= this.#max) {
      const idle = this.#longestIdle();
      if (!idle) {
        socket.destroy();
        this.#shed.shed('connection-limit-refused', { listener: this.#listener, limit: this.#max });
        return;
      }
      this.#open.delete(idle.socket);
      idle.socket.destroy();
      this.#shed.shed('connection-limit-idle-closed', { listener: this.#listener, limit: this.#max });
    }
    this.#open.set(socket, { socket, active: 0, idleSince: Date.now(), talked: false });
    socket.once('close', () => this.#open.delete(socket));
  }

  /** The idle connection to close: the oldest that never sent a byte if any, else the one idle longest. */
  #longestIdle(): Tracked | undefined {
    let best: Tracked | undefined;
    // In accept order, so the first silent one is the oldest; bytesRead is asked once per connection that talked.
    for (const t of this.#open.values()) {
      if (t.active > 0) continue;
      if (!t.talked) {
        if (t.socket.bytesRead === 0) return t;
        t.talked = true;
      }
      if (!best || t.idleSince < best.idleSince) best = t;
    }
    return best;
  }
}

/**
 * The TCP socket under a request's socket: for TLS, the socket the listener accepted (which
 * node:tls keeps as `_parent`); for plain HTTP, the socket itself.
 */
function rawSocket(socket: Socket): Socket {
  return (socket as Socket & { _parent?: Socket })._parent ?? socket;
}

/** A bound on the request body bytes held in memory at once, across all requests. */
export class ByteBudget {
  readonly limit: number;
  #used = 0;

  constructor(limit: number) {
    this.limit = limit;
  }

  /** Takes `n` bytes if they fit; false (and nothing taken) otherwise. */
  take(n: number): boolean {
    if (this.#used + n > this.limit) return false;
    this.#used += n;
    return true;
  }

  /** Gives `n` bytes back. */
  give(n: number): void {
    this.#used = Math.max(0, this.#used - n);
  }

  /** Bytes held now. */
  get used(): number {
    return this.#used;
  }
}
