// Regression (issue 15 item 4): under 1,100 idle connections plus 200 clients reconnecting with
// 7 MiB bodies, /healthz on the HTTPS port took up to 1,035 ms. Node accepts one connection per
// event-loop iteration, and (1) its default listen backlog of 511 overflowed, so the kernel
// dropped new connections (the probe's among them) and clients retried after a second;
// (2) every accepted connection started its TLS handshake at once, so the probe waited behind
// the handshakes of everyone accepted before it; (3) at the connection limit the oldest idle
// connection was closed, which could be a client mid-handshake while silent connections stayed.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { expect, test } from 'vitest';
import { send, startTestServer } from '../server/helpers.js';

/** The kernel's cap on listen backlogs (Linux), or a conservative guess elsewhere. */
function somaxconn(): number {
  try {
    return Number(readFileSync('/proc/sys/net/core/somaxconn', 'utf8').trim());
  } catch {
    return 128;
  }
}

/** Opens `n` TCP connections from another process; resolves with how many connected within `windowMs`. */
function connectFromChild(port: number, n: number, windowMs: number, onReady: () => void): Promise<number> {
  const script = `
    const net = require('node:net');
    process.stdout.write('ready\\n');
    setTimeout(() => {
      let connected = 0;
      const sockets = [];
      for (let i = 0; i < ${n}; i++) {
        const s = net.connect(${port}, '127.0.0.1');
        s.on('connect', () => connected++);
        s.on('error', () => {});
        sockets.push(s);
      }
      setTimeout(() => {
        process.stdout.write('connected ' + connected + '\\n');
        for (const s of sockets) s.destroy();
        process.exit(0);
      }, ${windowMs});
    }, 100);`;
  const child = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (c: Buffer) => {
      out += c.toString();
      if (out.startsWith('ready\n') && !out.includes('connected')) {
        out = out.slice('ready\n'.length);
        onReady();
      }
      const m = /connected (\d+)/.exec(out);
      if (m) resolve(Number(m[1]));
    });
    child.on('error', reject);
  });
}

test('while the server is busy, a burst of 600 new connections is queued by the kernel, not dropped', async () => {
  const { server, ca } = await startTestServer({ maxConnections: 1000 });
  try {
    // The server's event loop is blocked while the burst arrives, as under a flood of work; only
    // the listen backlog decides how many connections complete their TCP handshake meanwhile.
    const connected = await connectFromChild(server.port, 600, 1500, () => {
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 2500);
    });
    expect(connected).toBeGreaterThanOrEqual(Math.min(600, somaxconn()));
    expect((await send(server.port, ca, '/healthz', { method: 'GET' })).status).toBe(200);
  } finally {
    await server.shutdown();
  }
});

function open(port: number): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const s = connect(port, '127.0.0.1', () => resolve(s));
    s.on('error', () => {});
    s.once('error', reject);
  });
}

test('at the connection limit, connections that never sent a byte are closed before one in the middle of its handshake', async () => {
  const { server, ca, logs } = await startTestServer({ maxConnections: 20, headersTimeoutMs: 30_000 });
  const silent: Socket[] = [];
  try {
    // The start of a TLS record: a client whose handshake is under way (it is the oldest connection).
    const talking = await open(server.port);
    talking.write(Buffer.from([0x16, 0x03, 0x01, 0x02, 0x00]));
    await new Promise((r) => setTimeout(r, 100));
    for (let i = 0; i < 40; i++) silent.push(await open(server.port));
    await new Promise((r) => setTimeout(r, 100));
    expect(talking.destroyed || talking.readableEnded).toBe(false);
    expect(silent.filter((s) => s.destroyed || s.readableEnded).length).toBeGreaterThanOrEqual(20);
    expect((await send(server.port, ca, '/healthz', { method: 'GET' })).status).toBe(200);
    // Silent connections never reached TLS: closing them is not a failed handshake.
    expect(logs.filter((l) => l.msg === 'TLS handshake failed')).toEqual([]);
    expect(logs.some((l) => l.reason === 'connection-limit-idle-closed')).toBe(true);
    talking.destroy();
  } finally {
    for (const s of silent) s.destroy();
    await server.shutdown();
  }
});
