import { execFile, spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ROOT } from './harness.js';
import { MIN_PARALLEL_BYTES } from '../../src/cli/lint/pool.js';

const run = promisify(execFile);

/**
 * A package laid out as published (bin/, dist/, package.json), built by the project's own build
 * script (scripts/build.mjs, which bundles dist/cli.js) into a scratch directory, so the test
 * neither depends on nor overwrites the working tree's dist/.
 */
let pkg = '';

beforeAll(async () => {
  pkg = mkdtempSync(join(ROOT, 'node_modules', '.cmapi-bin-test-'));
  for (const dir of ['bin', 'scripts']) mkdirSync(join(pkg, dir));
  for (const file of ['bin/cmapi.js', 'scripts/build.mjs', 'package.json']) copyFileSync(join(ROOT, file), join(pkg, file));
  symlinkSync(join(ROOT, 'src'), join(pkg, 'src'), 'dir');
  await run(process.execPath, ['scripts/build.mjs'], { cwd: pkg });
}, 120_000);

afterAll(() => {
  if (pkg) rmSync(pkg, { recursive: true, force: true });
});

/** Runs the bin in a child process; resolves with the exit code and output whatever the code. */
async function bin(args: string[], input?: string): Promise<{ code: number; stdout: string; stderr: string }> {
  const child = run(process.execPath, [join(pkg, 'bin/cmapi.js'), ...args], { cwd: ROOT });
  if (input !== undefined) {
    child.child.stdin?.end(input);
  } else child.child.stdin?.end();
  try {
    const { stdout, stderr } = await child;
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('the cmapi bin in a real process', () => {
  test('--version prints the package version', async () => {
    const { version } = (await import('../../package.json', { with: { type: 'json' } })).default as { version: string };
    expect(await bin(['--version'])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });

  test('lint exits 1 with findings, reads stdin, and runs worker threads with --jobs', async () => {
    const one = await bin(['lint', '--format', 'json', 'fixtures/lint']);
    expect(one.code).toBe(1);
    // Several files on two worker threads: the same report as one job.
    const two = await bin(['lint', '--format', 'json', '--jobs', '2', 'fixtures/lint']);
    expect(two).toEqual(one);
    // Enough text for worker threads (small runs stay on the main thread): the same report too.
    const large = Array.from(
      { length: 1500 },
      (_, i) =>
        `apiVersion: cert-manager.io/v1\nkind: Certificate\nmetadata:\n  name: c${i}\nspec:\n  secretName: s\n  dnsNames: [a${i}.example.com]\n  issuerRef: {name: ca}\n  privateKey: {algorithm: RSA, size: ${i % 9 === 0 ? 1024 : 2048}}\n`,
    ).join('---\n');
    expect(large.length).toBeGreaterThan(MIN_PARALLEL_BYTES);
    const single = await bin(['lint', '--format', 'json', '-'], large);
    expect(single.code).toBe(1);
    expect(await bin(['lint', '--format', 'json', '--jobs', '2', '-'], large)).toEqual(single);
    const clean = await bin(['lint', '-'], 'apiVersion: cert-manager.io/v1\nkind: Issuer\nmetadata: {name: s}\nspec: {selfSigned: {}}\n');
    expect(clean).toEqual({
      code: 0,
      stdout: '0 errors, 0 warnings in 1 cert-manager object of 1 file; checked against cert-manager master\n',
      stderr: '',
    });
  }, 60_000);

  test('convert and default print documents; usage errors exit 2', async () => {
    const converted = await bin(['convert', '--to', 'cert-manager.io/v1', 'test/cli/files/mixed.yaml']);
    expect(converted.code).toBe(0);
    expect(converted.stdout).toContain('  privateKey:\n    algorithm: RSA\n    size: 4096\n');
    const defaulted = await bin(['default', '--patch', 'test/cli/files/mixed.yaml']);
    expect(defaulted.code).toBe(0);
    expect(JSON.parse(defaulted.stdout)).toHaveLength(2);
    const usage = await bin(['convert', 'test/cli/files/mixed.yaml']);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('--to is required');
  }, 60_000);

  test('output into a pipe that closes early (`cmapi lint | head`) ends quietly with the exit code of the findings', async () => {
    // Regression: the write after the reader left threw an unhandled EPIPE error.
    const doc = (i: number) =>
      `apiVersion: cert-manager.io/v1\nkind: Certificate\nmetadata:\n  name: c${i}\nspec:\n  secretName: BAD_${i}\n  dnsNames: [a.example.com]\n  issuerRef: {name: ca}\n`;
    const input = Array.from({ length: 3000 }, (_, i) => doc(i)).join('---\n');
    const child = spawn(process.execPath, [join(pkg, 'bin/cmapi.js'), 'lint', '-'], { cwd: ROOT });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
    });
    // The reader takes the first chunk, then goes away, as `head -1` does.
    child.stdout.once('data', () => child.stdout.destroy());
    child.stdin.end(input);
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(code).toBe(1);
  }, 60_000);
});
