/**
 * Issue 15 §9: `convert --in-place` truncated the file, then wrote it: a kill in between left a
 * 0-byte file in 8 of 15 trials. Files are now replaced by a rename of a flushed temporary file
 * beside them, keeping mode and owner, and a run lists the files it wrote.
 */
import { chmodSync, lstatSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { writeFileAtomic } from '../../src/cli/rewrite/write-atomic.js';
import { cli } from '../cli/harness.js';

const old = (name: string) =>
  `apiVersion: cert-manager.io/v1alpha3\nkind: Certificate\nmetadata:\n  name: ${name}\nspec:\n  secretName: s\n  keySize: 2048\n  issuerRef:\n    name: ca\n`;

describe('in-place writes', () => {
  test('the file is replaced whole, keeps its mode, and no temporary file is left', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cmapi-atomic-'));
    const file = join(dir, 'a.yaml');
    writeFileSync(file, 'old\n');
    chmodSync(file, 0o640);
    const inode = statSync(file).ino;
    await writeFileAtomic(file, 'new\n');
    expect(readFileSync(file, 'utf8')).toBe('new\n');
    expect(statSync(file).mode & 0o777).toBe(0o640);
    expect(statSync(file).ino).not.toBe(inode); // a new file renamed over the old one, not rewritten in place
    expect(readdirSync(dir)).toEqual(['a.yaml']);
  });
  test('a symbolic link stays a link; its target is replaced', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cmapi-atomic-'));
    writeFileSync(join(dir, 'target.yaml'), 'old\n');
    symlinkSync('target.yaml', join(dir, 'link.yaml'));
    await writeFileAtomic(join(dir, 'link.yaml'), 'new\n');
    expect(lstatSync(join(dir, 'link.yaml')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'target.yaml'), 'utf8')).toBe('new\n');
  });
  test('when the file cannot be replaced the original is untouched and no temporary file is left', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cmapi-atomic-'));
    await expect(writeFileAtomic(join(dir, 'missing.yaml'), 'x')).rejects.toThrow();
    expect(readdirSync(dir)).toEqual([]);
  });
  test('a run over many files lists each file written; unchanged files are not written', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cmapi-atomic-'));
    for (const n of ['a', 'b', 'c']) writeFileSync(join(dir, `${n}.yaml`), old(n));
    writeFileSync(join(dir, 'other.yaml'), 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\n');
    const r = await cli(['convert', '--to', 'v1', '--in-place', '.'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n').filter(Boolean).sort()).toEqual(['wrote a.yaml', 'wrote b.yaml', 'wrote c.yaml']);
    expect(readFileSync(join(dir, 'b.yaml'), 'utf8')).toContain('  privateKey:\n    size: 2048\n');
    expect(readdirSync(dir).sort()).toEqual(['a.yaml', 'b.yaml', 'c.yaml', 'other.yaml']);
  });
  test('default --in-place writes the same way', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cmapi-atomic-'));
    writeFileSync(join(dir, 'c.yaml'), old('c').replace('v1alpha3', 'v1').replace('  keySize: 2048\n', ''));
    chmodSync(join(dir, 'c.yaml'), 0o600);
    const r = await cli(['default', '--in-place', 'c.yaml'], { cwd: dir });
    expect([r.code, r.stdout]).toEqual([0, 'wrote c.yaml\n']);
    expect(readFileSync(join(dir, 'c.yaml'), 'utf8')).toContain('    kind: Issuer\n');
    expect(statSync(join(dir, 'c.yaml')).mode & 0o777).toBe(0o600);
  });
});
