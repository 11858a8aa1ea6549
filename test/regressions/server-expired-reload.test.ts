// Regression (issue 15 item 12): serving TLS from files, an expired certificate pair replaced a
// valid one on reload (1,590 failed handshakes in the report). A changed pair now replaces the
// served one only when it is valid now; an expired or not-yet-valid pair is kept back with a log
// line naming why, and a not-yet-valid pair is taken once its time comes.
import { X509Certificate } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect } from 'node:tls';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { type RunningServer, startServer } from '../../src/server/start.js';
import { type Authority, generateCa, issueLeaf, type KeyPair } from '../../src/server/tls/pki.js';
import { DNS_NAMES, SERVICE } from '../server/helpers.js';

/** The serial of the certificate a fresh connection is served (no chain check: expired ones too). */
function servedSerial(port: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const s = connect({ host: '127.0.0.1', port, servername: SERVICE, rejectUnauthorized: false }, () => {
      resolve(s.getPeerCertificate().serialNumber);
      s.end();
    });
    s.on('error', reject);
  });
}

const serial = (k: KeyPair): string => new X509Certificate(k.certPem).serialNumber;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

let dir: string;
let ca: Authority;
let server: RunningServer | undefined;
const logs: Array<Record<string, unknown>> = [];

async function put(k: KeyPair): Promise<void> {
  await writeFile(join(dir, 'tls.crt'), k.certPem);
  await writeFile(join(dir, 'tls.key'), k.keyPem);
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cmapi-reload-'));
  ca = await generateCa(3_600_000);
  logs.length = 0;
});
afterEach(async () => {
  await server?.shutdown();
  server = undefined;
  await rm(dir, { recursive: true, force: true });
});

async function serve(first: KeyPair): Promise<RunningServer> {
  await put(first);
  server = await startServer({
    tls: { kind: 'files', certFile: join(dir, 'tls.crt'), keyFile: join(dir, 'tls.key'), reloadIntervalMs: 50 },
    port: 0,
    host: '127.0.0.1',
    log: (l) => logs.push(JSON.parse(l) as Record<string, unknown>),
  });
  return server;
}

test('an expired pair written over a valid one is not served; the old pair stays and the log says why', async () => {
  const valid = await issueLeaf(ca, DNS_NAMES, 3_600_000);
  const s = await serve(valid);
  const expired = await issueLeaf(ca, DNS_NAMES, 1000, Date.now() - 120_000);
  await put(expired);
  await sleep(400);
  expect(await servedSerial(s.port)).toBe(serial(valid));
  expect(s.healthy()).toBe(true);
  // Logged once, not on every poll (a poll between the two writes may also see a mismatched pair).
  const rejected = logs.filter((l) => String(l.msg).includes('rejected') && /expired at/.test(String(l.error)));
  expect(rejected).toHaveLength(1);
});

test('a not-yet-valid pair is kept back, then served once its notBefore passes', async () => {
  const valid = await issueLeaf(ca, DNS_NAMES, 3_600_000);
  const s = await serve(valid);
  // issueLeaf back-dates notBefore by 60 s: this one becomes valid about 1.5 s from now.
  const future = await issueLeaf(ca, DNS_NAMES, 3_600_000, Date.now() + 61_500);
  await put(future);
  await sleep(400);
  expect(await servedSerial(s.port)).toBe(serial(valid));
  expect(logs.some((l) => String(l.msg).includes('rejected') && /not valid before/.test(String(l.error)))).toBe(true);
  await sleep(1800);
  expect(await servedSerial(s.port)).toBe(serial(future));
});

test('a mismatched pair is kept back too', async () => {
  const valid = await issueLeaf(ca, DNS_NAMES, 3_600_000);
  const s = await serve(valid);
  const other = await issueLeaf(ca, DNS_NAMES, 3_600_000);
  await put({ ...other, keyPem: valid.keyPem });
  await sleep(400);
  expect(await servedSerial(s.port)).toBe(serial(valid));
  expect(String(logs.find((l) => String(l.msg).includes('rejected'))?.error)).toMatch(/cannot be used together/);
});

test('when the served pair has expired itself, a renewed valid pair replaces it', async () => {
  const expired = await issueLeaf(ca, DNS_NAMES, 1000, Date.now() - 120_000);
  const s = await serve(expired);
  expect(s.healthy()).toBe(false);
  expect(logs.some((l) => l.level === 'warn' && String(l.error).includes('expired at'))).toBe(true);
  const renewed = await issueLeaf(ca, DNS_NAMES, 3_600_000);
  await put(renewed);
  await sleep(400);
  expect(await servedSerial(s.port)).toBe(serial(renewed));
  expect(s.healthy()).toBe(true);
});
