/**
 * The X.509 stack (@peculiar/x509, reflect-metadata) is an optional peer dependency (issue 14
 * item 5): library users do not install it, and `cmapi serve` names the install command when it is
 * missing. The last test runs the built CLI from a copy of the package with no node_modules, as a
 * library user's install would be.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { loadX509, MissingPeerError, SERVER_PEERS_INSTALL } from '../../src/server/tls/pki.js';
import pkg from '../../package.json' with { type: 'json' };

const root = new URL('../..', import.meta.url).pathname;

/** An import failure shaped as Node reports a package that is not installed. */
function notFound(name: string): Error {
  return Object.assign(new Error(`Cannot find package '${name}' imported from /app/dist/cli.js`), { code: 'ERR_MODULE_NOT_FOUND' });
}

describe('optional peer dependency of the server (issue 14 item 5)', () => {
  test('package.json: the X.509 stack is an optional peer, not a dependency', () => {
    expect((pkg as Record<string, unknown>).dependencies).toBeUndefined();
    expect(Object.keys(pkg.peerDependencies).sort()).toEqual(['@peculiar/x509', 'reflect-metadata']);
    expect(pkg.peerDependenciesMeta).toEqual({ '@peculiar/x509': { optional: true }, 'reflect-metadata': { optional: true } });
    expect(SERVER_PEERS_INSTALL).toBe('npm install @peculiar/x509 reflect-metadata');
  });

  test.each(['@peculiar/x509', 'reflect-metadata'])('a failed import of %s becomes a message with the install command', async (name) => {
    const err = await loadX509(() => Promise.reject(notFound(name))).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(MissingPeerError);
    expect((err as MissingPeerError).missing).toBe(name);
    expect((err as Error).message).toContain('npm install @peculiar/x509 reflect-metadata');
    expect((err as Error).message).toContain(`${name} is not installed`);
  });

  test('other load failures pass through unchanged (a missing transitive package is not a missing peer)', async () => {
    const other = notFound('tsyringe');
    await expect(loadX509(() => Promise.reject(other))).rejects.toBe(other);
    const boom = new Error('boom');
    await expect(loadX509(() => Promise.reject(boom))).rejects.toBe(boom);
  });

  test('installed: the real import loads', async () => {
    const x509 = await loadX509();
    expect(typeof x509.X509Certificate).toBe('function');
  });
});

describe('the built CLI without the peers installed (needs dist/: npm run build)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cmapi-nopeer-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  for (const d of ['dist', 'bin']) cpSync(join(root, d), join(dir, d), { recursive: true });
  cpSync(join(root, 'package.json'), join(dir, 'package.json'));
  mkdirSync(join(dir, 'm'));
  writeFileSync(
    join(dir, 'm', 'c.yaml'),
    'apiVersion: cert-manager.io/v1\nkind: Certificate\nmetadata: {name: c, namespace: d}\nspec: {secretName: c, dnsNames: [a.example], issuerRef: {name: i}}\n',
  );
  const cli = (...args: string[]) => spawnSync(process.execPath, [join(dir, 'bin', 'cmapi.js'), ...args], { cwd: dir, encoding: 'utf8' });

  test('cmapi serve exits 2 and names the install command', () => {
    const r = cli('serve', '--dynamic-serving', '--dynamic-serving-dns-names', 'svc', '--secure-port', '0');
    expect(r.stderr).toContain('cmapi serve: the webhook server needs the optional peer dependencies');
    expect(r.stderr).toContain('npm install @peculiar/x509 reflect-metadata');
    expect(r.status).toBe(2);
  });

  test('cmapi serve --generate-ca exits 2 the same way', () => {
    const r = cli('serve', '--generate-ca', '--dynamic-serving-ca-cert-file', 'ca.crt', '--dynamic-serving-ca-key-file', 'ca.key');
    expect(r.stderr).toContain('npm install @peculiar/x509 reflect-metadata');
    expect(r.status).toBe(2);
  });

  test('the other commands need no peer: lint runs clean', () => {
    const r = cli('lint', 'm/');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });
});
