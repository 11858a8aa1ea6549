/**
 * The TLS handshake gate (issue 15 item 4): which held connection starts its handshake when.
 * Sockets here are stand-ins with the few members the gate uses; the gate's turns and timeout
 * sweeps run on real event-loop iterations and timers, and its clock is set by each test.
 */
import { EventEmitter } from 'node:events';
import type { Socket } from 'node:net';
import { expect, test } from 'vitest';
import {
  ARRIVING_ACCEPTS_PER_START,
  ARRIVING_START_INTERVAL_MS,
  HandshakeGate,
  IDLE_STARTS_PER_ITERATION,
} from '../../src/server/http/handshakes.js';

/** An accepted connection as the gate sees it: it may send bytes and close. */
class FakeSocket extends EventEmitter {
  destroyed = false;
  readableLength = 0;

  constructor(readonly name: string) {
    super();
  }

  /** The client sends its first bytes (or closes, with `bytes` 0). */
  send(bytes: number): void {
    this.readableLength = bytes;
    this.emit('readable');
  }

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.emit('close');
  }
}

const iteration = () => new Promise<void>((resolve) => setImmediate(resolve));

function gate(timeoutMs = 60_000) {
  let now = 0;
  const started: string[] = [];
  const g = new HandshakeGate(
    (s) => started.push((s as unknown as FakeSocket).name),
    timeoutMs,
    () => now,
  );
  const accept = (name: string): FakeSocket => {
    const s = new FakeSocket(name);
    g.admit(s as unknown as Socket);
    return s;
  };
  return { g, started, accept, at: (ms: number) => (now = ms) };
}

test('a lone connection starts its handshake in the iteration its first bytes arrive', async () => {
  const { g, started, accept } = gate();
  const s = accept('probe');
  await iteration();
  expect(started).toEqual([]);
  s.send(300);
  await iteration();
  expect(started).toEqual(['probe']);
  expect(g.held).toBe(0);
});

test('a connection that sends nothing never costs a handshake and is closed at the handshake timeout', async () => {
  const { g, started, accept, at } = gate(30);
  const silent = accept('silent');
  at(20);
  const later = accept('later');
  await new Promise((r) => setTimeout(r, 50));
  expect(silent.destroyed).toBe(false);
  at(31);
  await new Promise((r) => setTimeout(r, 50));
  expect(silent.destroyed).toBe(true);
  expect(later.destroyed).toBe(false);
  at(51);
  await new Promise((r) => setTimeout(r, 50));
  expect(later.destroyed).toBe(true);
  expect(started).toEqual([]);
  expect(g.held).toBe(0);
});

test('a connection closed before sending anything is dropped, not started', async () => {
  const { g, started, accept } = gate();
  const s = accept('gone');
  s.send(0);
  await iteration();
  expect(s.destroyed).toBe(true);
  expect(started).toEqual([]);
  expect(g.held).toBe(0);
});

test('newest first; while connections keep arriving, one start per interval and per so many accepts; several per iteration once they stop', async () => {
  const { started, accept, at } = gate();
  const talking = ['a', 'b', 'c', 'd'].map((n) => accept(n));
  for (const s of talking) s.send(300);
  await iteration();
  // Connections were accepted since the last turn: one handshake, the newest.
  expect(started).toEqual(['d']);
  // Enough accepts, too soon.
  at(ARRIVING_START_INTERVAL_MS / 2);
  for (let i = 0; i < ARRIVING_ACCEPTS_PER_START; i++) accept(`silent-${i}`);
  await iteration();
  expect(started).toEqual(['d']);
  // Both: the next newest starts.
  at(ARRIVING_START_INTERVAL_MS);
  accept('one-more');
  await iteration();
  expect(started).toEqual(['d', 'c']);
  // Time enough, too few accepts.
  at(ARRIVING_START_INTERVAL_MS * 3);
  accept('another');
  await iteration();
  expect(started).toEqual(['d', 'c']);
  // No arrival since the last turn: the rest start, newest first.
  await iteration();
  expect(started).toEqual(['d', 'c', 'b', 'a']);
});

test(`at most ${IDLE_STARTS_PER_ITERATION} handshakes start per iteration`, async () => {
  const { started, accept } = gate();
  const many = Array.from({ length: IDLE_STARTS_PER_ITERATION * 2 + 1 }, (_, i) => accept(`c${i}`));
  for (const s of many) s.send(300);
  await iteration();
  expect(started).toHaveLength(1);
  await iteration();
  expect(started).toHaveLength(1 + IDLE_STARTS_PER_ITERATION);
  await iteration();
  expect(started).toHaveLength(many.length);
  expect(started[0]).toBe(`c${many.length - 1}`);
});

test('a waiting connection closed meanwhile (say, by the connection limit) is skipped', async () => {
  const { started, accept } = gate();
  const a = accept('a');
  const b = accept('b');
  a.send(300);
  b.send(300);
  b.destroy();
  await iteration();
  expect(started).toEqual(['a']);
});

test('close() closes every held connection, silent or waiting, and refuses new ones', async () => {
  const { g, started, accept } = gate();
  const silent = accept('silent');
  const waiting = accept('waiting');
  waiting.send(300);
  g.close();
  const late = accept('late');
  await iteration();
  expect([silent.destroyed, waiting.destroyed, late.destroyed]).toEqual([true, true, true]);
  expect(started).toEqual([]);
  expect(g.held).toBe(0);
});
